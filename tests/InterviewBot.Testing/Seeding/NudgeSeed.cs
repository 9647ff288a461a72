using InterviewBot.Core;
using InterviewBot.Core.Domain;
using InterviewBot.Core.FollowUp;
using InterviewBot.Core.Nudges;
using InterviewBot.Core.Ports;
using InterviewBot.Persistence;
using InterviewBot.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Testing;

/// <summary>
/// Fills a host's database (SQLite or PostgreSQL), before the host starts, with phone screens that are
/// under way right now, booked by recruiters who each have a 1:1 chat with the bot on the stand-in
/// connector. Each call's "call starting" card is due now, so they all fall due at once.
/// </summary>
/// <remarks>
/// The rows are written by the app's own code, not by hand: the domain's constructors, the Teams
/// channel's address (<see cref="TeamsAddresses"/>, the Bot Framework ConversationReference of the
/// recruiter's chat as the pipeline stores it on every message), and <see cref="Commit"/>, which plans
/// the nudges and commits them exactly as booking through the interviews API does. Only the scheduler is
/// left out: the nudges are committed but have no timers, which is what a crash between the commit
/// and the scheduler call leaves behind. The host's startup recovery (<c>NudgeRecovery</c>) then gives
/// every waiting nudge its timer, so the nudges due now all fire together when the host starts (on
/// several hosts of a cluster at once, each must still fire once). (The interviews API with the dev
/// clock would not do: its recruiters have no chat to be reached in until they write to the bot, and
/// the dev clock's offset is lost when the process is killed.)
/// </remarks>
public static class NudgeSeed
{
    public const string BotId = "28:bot-interviewbot";

    /// <summary>
    /// <paramref name="calls"/> calls under way, spread evenly over <paramref name="tenants"/> tenants,
    /// <paramref name="callsPerChat"/> booked by each recruiter; answers the ids of the nudges due now (one
    /// "call starting" card per call). Later nudges of the same calls (call done, feedback) are stored too,
    /// due in an hour or more, unless <paramref name="onlyCallStarting"/> turns every other kind off in
    /// the tenants, so that the "call starting" cards are all there is.
    /// </summary>
    public static async Task<IReadOnlyList<Guid>> CallsUnderWayAsync(DatabaseSettings database, string serviceUrl, int calls, int tenants,
        int callsPerChat = 1, bool onlyCallStarting = false)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddInterviewBotCore();
        services.AddInterviewBotPersistence(database);
        services.AddSingleton<INudgeScheduler, NoTimers>();
        await using var provider = services.BuildServiceProvider();
        await provider.MigrateInterviewBotDatabaseAsync();

        var now = provider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var otherKinds = NudgeKindSet.Of(Enum.GetValues<NudgeKind>().Where(k => k != NudgeKind.CallStarting));
        var workspaceIds = new Guid[tenants];
        await using (var scope = provider.CreateAsyncScope())
        {
            var workspaces = scope.ServiceProvider.GetRequiredService<IWorkspaces>();
            for (var t = 0; t < tenants; t++)
            {
                var workspace = new Workspace(Platforms.Teams, TenantId(t), now) { Name = $"Tenant {t + 1}" };
                if (onlyCallStarting) workspace.TurnOffNudges(otherKinds);
                workspaces.Add(workspace);
                workspaceIds[t] = workspace.Id;
            }
            await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        }

        // A hundred chats to a unit of work, committed at once, as many turns' worth.
        var chats = (calls + callsPerChat - 1) / callsPerChat;
        const int perScope = 100;
        for (var first = 0; first < chats; first += perScope)
        {
            await using var scope = provider.CreateAsyncScope();
            var sp = scope.ServiceProvider;
            for (var chat = first; chat < Math.Min(chats, first + perScope); chat++)
            {
                var tenant = chat % tenants;
                var workspace = (await sp.GetRequiredService<IWorkspaces>().GetAsync(workspaceIds[tenant]))!;
                var recruiter = new Person(workspace.Id, $"29:recruiter-{chat}", $"Recruiter {chat}", now);
                sp.GetRequiredService<IPeople>().Add(recruiter);
                var message = PersonalMessage(serviceUrl, TenantId(tenant), chat);
                sp.GetRequiredService<IConversationAddresses>().Add(new ConversationAddress(workspace.Id, recruiter.Id, Platforms.Teams,
                    message.Conversation.Id, isPersonal: true, TeamsAddresses.ReferenceOf(message), now));

                for (var call = chat * callsPerChat; call < Math.Min(calls, (chat + 1) * callsPerChat); call++)
                {
                    sp.GetRequiredService<IInterviews>().Add(new Interview(workspace.Id, recruiter.Id, Audience.Recruiter,
                        new Party(recruiter.DisplayName, null, recruiter.Id), new Party($"Candidate {call}"), "Backend engineer", "Contoso",
                        now.AddMinutes(-5), now.AddHours(2), "UTC", now));
                }
            }
            await sp.GetRequiredService<Commit>().SaveAsync(CancellationToken.None);
        }

        var stored = await StoredNudge.ReadAsync(database);
        var dueNow = stored.Where(n => n.Value.Kind == NudgeKind.CallStarting && n.Value.IsWaiting).Select(n => n.Key).ToList();
        if (dueNow.Count != calls)
            throw new InvalidOperationException($"Seeded {calls} calls but found {dueNow.Count} call-starting nudges waiting.");
        return dueNow;
    }

    public static string TenantId(int tenant) => $"tenant-{tenant + 1}";

    /// <summary>A message the recruiter wrote in their 1:1 chat, as Teams delivers it: what the address book keeps the reference of.</summary>
    private static Activity PersonalMessage(string serviceUrl, string tenantId, int recruiter) => new()
    {
        Type = ActivityTypes.Message,
        Id = $"user-activity-{recruiter}",
        ServiceUrl = serviceUrl,
        ChannelId = "msteams",
        Locale = "en-GB",
        Text = "help",
        From = new ChannelAccount { Id = $"29:recruiter-{recruiter}", Name = $"Recruiter {recruiter}", AadObjectId = Guid.NewGuid().ToString() },
        Recipient = new ChannelAccount { Id = BotId, Name = "InterviewBot" },
        Conversation = new ConversationAccount { Id = $"a:personal-{tenantId}-{recruiter}", ConversationType = "personal", TenantId = tenantId },
    };

    /// <summary>The scheduler a crash never reached: the nudges are committed, their timers are not.</summary>
    private sealed class NoTimers : INudgeScheduler
    {
        public Task ScheduleAsync(Guid nudgeId, DateTime dueUtc, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task CancelAsync(Guid nudgeId, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task WakeAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;
    }
}
