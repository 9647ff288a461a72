using InterviewBot.Core.Nudges;

namespace InterviewBot.Core.Conversations;

/// <summary>
/// Who is talking, in which workspace: found by the ids the platform proved, and created the first
/// time they are seen – for a chat turn and for a booking made through the interviews API alike.
/// Someone the bot knows no zone of is in the workspace's default zone until they tell it theirs.
/// </summary>
public sealed class Participants(IWorkspaces workspaces, IPeople people, WorkingTimes times)
{
    /// <param name="keepProfileCurrent">
    /// A chat turn carries the person's current name, zone and directory id, which are taken over;
    /// a booking through the API names the recruiter only when they are new.
    /// </param>
    public async Task<(Workspace Workspace, Person Person)> FindOrCreateAsync(WorkspaceKey key, ChatUser user, DateTime nowUtc,
        bool keepProfileCurrent, CancellationToken cancellationToken = default)
    {
        var workspace = await FindOrCreateWorkspaceAsync(key, nowUtc, cancellationToken);
        var person = await people.FindAsync(workspace.Id, user.PlatformUserId, cancellationToken);
        if (person is null)
        {
            var name = string.IsNullOrWhiteSpace(user.DisplayName) ? (keepProfileCurrent ? "there" : user.PlatformUserId) : user.DisplayName.Trim();
            person = await people.FindOrAddAsync(new Person(workspace.Id, user.PlatformUserId, name, nowUtc), cancellationToken);
        }
        // Also for someone just found: another turn may have added them a moment ago under an older name.
        if (keepProfileCurrent && !string.IsNullOrWhiteSpace(user.DisplayName))
        {
            person.Rename(user.DisplayName);
        }
        times.Follow(workspace, person);
        if (keepProfileCurrent)
        {
            person.AdoptDetectedTimeZone(user.TimeZoneId);
            if (user.DirectoryId is not null && person.DirectoryId != user.DirectoryId) person.DirectoryId = user.DirectoryId;
        }
        return (workspace, person);
    }

    public async Task<Workspace> FindOrCreateWorkspaceAsync(WorkspaceKey key, DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        var workspace = await workspaces.FindAsync(key.Platform, key.ExternalId, cancellationToken);
        return workspace ?? await workspaces.FindOrAddAsync(new Workspace(key.Platform, key.ExternalId, nowUtc), cancellationToken);
    }

    /// <summary>The workspace and person if both are known; nothing is created.</summary>
    public async Task<Person?> FindAsync(WorkspaceKey key, string platformUserId, CancellationToken cancellationToken = default)
    {
        var workspace = await workspaces.FindAsync(key.Platform, key.ExternalId, cancellationToken);
        return workspace is null ? null : await people.FindAsync(workspace.Id, platformUserId, cancellationToken);
    }
}
