using System.Text.Json;
using InterviewBot.Core.Domain;
using InterviewBot.Core.Nudges;
using InterviewBot.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewBot.Cluster.Tests.Support;

/// <summary>
/// Writes waiting nudges straight into the database, with everything the bot needs to deliver them:
/// Teams tenants (workspaces), recruiters with the conversation reference of their 1:1 chat (pointing
/// at the stand-in connector), and one booked phone screen per nudge. Each nudge is the "call starting"
/// card of a call that started five minutes ago, due since then, under the key the bot's own planner
/// gives it: when it fires, the dispatcher plans the interview again, finds exactly this nudge still
/// wanted, and sends it. The tenants have every other kind of nudge turned off, so nothing else is
/// planned along the way.
/// </summary>
/// <remarks>
/// The bot keeps Teams' rate limits itself (7 messages a second per chat, 50 a second per tenant, per
/// process), so the nudges are spread over <see cref="Tenants"/> tenants and ten per recruiter's chat;
/// otherwise the limits, not the cluster, would set the pace.
/// </remarks>
public static class NudgeSeed
{
    public const int Tenants = 25;
    public const int NudgesPerChat = 10;

    /// <summary>Creates the schema (the bot's migrations) and <paramref name="count"/> nudges due now; answers their ids.</summary>
    public static async Task<IReadOnlyList<Guid>> SeedAsync(string connectionString, string serviceUrl, int count)
    {
        var settings = new DatabaseSettings { Provider = PersistenceProviders.Postgres, ConnectionString = connectionString };
        await using var services = new ServiceCollection().AddInterviewBotPersistence(settings).BuildServiceProvider();
        await services.MigrateInterviewBotDatabaseAsync();

        var now = DateTime.UtcNow;
        var start = now.AddMinutes(10);
        var onlyCallStarting = NudgeKindSet.Of(Enum.GetValues<NudgeKind>().Where(k => k != NudgeKind.CallStarting));
        var chats = (count + NudgesPerChat - 1) / NudgesPerChat;
        var ids = new List<Guid>(count);

        var workspaces = Enumerable.Range(0, Tenants).Select(t =>
        {
            var workspace = new Workspace(Platforms.BotFramework, $"tenant-{t:00}", now);
            workspace.TurnOffNudges(onlyCallStarting);
            return workspace;
        }).ToList();
        await SaveAsync(connectionString, db => db.Workspaces.AddRange(workspaces));

        for (var first = 0; first < chats; first += 100)
        {
            await SaveAsync(connectionString, db =>
            {
                for (var chat = first; chat < Math.Min(chats, first + 100); chat++)
                {
                    var workspace = workspaces[chat % Tenants];
                    var userId = $"29:recruiter-{chat:0000}";
                    var conversationId = $"a:chat-{chat:0000}";
                    var recruiter = new Person(workspace.Id, userId, $"Recruiter {chat:0000}", now);
                    db.People.Add(recruiter);
                    db.ConversationAddresses.Add(new ConversationAddress(workspace.Id, recruiter.Id, Platforms.BotFramework, conversationId,
                        isPersonal: true, Reference(serviceUrl, workspace.ExternalId, userId, recruiter.DisplayName, conversationId), now));

                    for (var n = 0; n < NudgesPerChat && ids.Count < count; n++)
                    {
                        var interview = new Interview(workspace.Id, recruiter.Id, Audience.Recruiter,
                            new Party(recruiter.DisplayName, null, recruiter.Id), new Party($"Candidate {chat:0000}-{n}"),
                            "Backend engineer", null, start, start.AddMinutes(30), "Europe/Berlin", now);
                        var key = PlannedNudge.KeyFor(interview.Id, NudgeKind.CallStarting, NudgeRecipient.Recruiter, "1");
                        var nudge = new Nudge(workspace.Id, interview.Id, recruiter.Id, NudgeKind.CallStarting, NudgeRecipient.Recruiter,
                            key, 1, start.AddMinutes(-15), now);
                        db.Interviews.Add(interview);
                        db.Nudges.Add(nudge);
                        ids.Add(nudge.Id);
                    }
                }
            });
        }
        return ids;
    }

    /// <summary>How many of the nudges are in each state.</summary>
    public static async Task<IReadOnlyDictionary<NudgeState, int>> StatesAsync(string connectionString)
    {
        await using var db = Context(connectionString);
        return await db.Nudges.GroupBy(n => n.State).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
    }

    /// <summary>
    /// A Bot Framework ConversationReference of a Teams 1:1 chat, as the bot stores it (its JSON), with
    /// the stand-in connector as the service URL.
    /// </summary>
    private static string Reference(string serviceUrl, string tenantId, string userId, string name, string conversationId) =>
        JsonSerializer.Serialize(new
        {
            user = new { id = userId, name },
            bot = new { id = "28:interviewbot", name = "InterviewBot" },
            conversation = new { isGroup = false, conversationType = "personal", id = conversationId, tenantId },
            channelId = "msteams",
            locale = "en-US",
            serviceUrl,
        });

    private static async Task SaveAsync(string connectionString, Action<InterviewBotDbContext> add)
    {
        await using var db = Context(connectionString);
        add(db);
        await db.SaveChangesAsync();
    }

    private static PostgresInterviewBotDbContext Context(string connectionString) =>
        new(new DbContextOptionsBuilder<PostgresInterviewBotDbContext>().UseNpgsql(connectionString).Options);
}
