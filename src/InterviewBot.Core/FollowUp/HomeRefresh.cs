using Microsoft.Extensions.Logging;

namespace InterviewBot.Core.FollowUp;

/// <summary>
/// Keeps each person's home view (Slack's App Home) current: whatever changes what it shows – a
/// booking, a reminder sent or answered, a follow-up moving on or closing – marks the people it
/// concerns, and once the change is saved (<see cref="Commit"/>) their home is published again through
/// their platform. A platform without a home (Teams) says so and costs nothing; a home that cannot be
/// published is logged and never undoes what was saved.
/// </summary>
public sealed partial class HomeRefresh(
    IWorkspaces workspaces,
    IPeople people,
    IConversationAddresses addresses,
    IEnumerable<IChatTransport> transports,
    HomeDashboard dashboard,
    TimeProvider time,
    ILogger<HomeRefresh> logger)
{
    private readonly HashSet<(Guid WorkspaceId, Guid PersonId)> _changed = [];

    /// <summary>What <paramref name="personId"/>'s home shows has changed (nothing when null: a team-channel post).</summary>
    public void Changed(Guid workspaceId, Guid? personId)
    {
        if (personId is { } id) _changed.Add((workspaceId, id));
    }

    /// <summary>Every party of <paramref name="interview"/> who is a person the bot knows.</summary>
    public void Changed(Interview interview)
    {
        ArgumentNullException.ThrowIfNull(interview);
        Changed(interview.WorkspaceId, interview.Recruiter.PersonId);
        Changed(interview.WorkspaceId, interview.Candidate.PersonId);
    }

    /// <summary>Publishes the home of everyone marked since the last call; run after the save.</summary>
    public async Task PublishAsync(CancellationToken cancellationToken = default)
    {
        var changed = _changed.ToList();
        _changed.Clear();
        // No platform of this host has a home (Teams only): nobody's address needs looking up.
        if (!transports.Any(t => t.HasHome)) return;
        foreach (var (workspaceId, personId) in changed)
        {
            try
            {
                var address = await addresses.FindPersonalAsync(personId, cancellationToken);
                var transport = address is null ? null : transports.FirstOrDefault(t => t.Platform == address.Platform);
                if (address is null || transport is not { HasHome: true } || address.WorkspaceId != workspaceId) continue;
                var workspace = await workspaces.GetAsync(workspaceId, cancellationToken);
                var person = await people.GetAsync(workspaceId, personId, cancellationToken);
                if (workspace is null || person is null) continue;
                var home = await dashboard.BuildAsync(workspace, person, time.GetUtcNow().UtcDateTime, allInterviews: false, cancellationToken);
                await transport.PublishHomeAsync(ChatDestination.Stored(address), new OutboundMessage(null, home, Guid.Empty), cancellationToken);
            }
            catch (DeliveryException failure)
            {
                HomeNotPublished(logger, personId, failure.Message);
            }
        }
    }

    [LoggerMessage(EventId = 20, Level = LogLevel.Warning, Message = "The home view of person {PersonId} could not be published: {Reason}")]
    private static partial void HomeNotPublished(ILogger logger, Guid personId, string reason);
}
