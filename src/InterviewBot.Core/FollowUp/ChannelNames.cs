namespace InterviewBot.Core.FollowUp;

/// <summary>
/// What a post to the team channel may say about an interview. Only interviews a recruiter runs for
/// the workspace appear there at all: a person's own prep is private to them, whatever the settings.
/// The candidate is named only when the workspace turned names on, and never when they have a chat
/// account in the workspace (an internal candidate): their colleagues read that channel.
/// </summary>
public sealed class ChannelNames
{
    private readonly bool _namesOn;
    private readonly HashSet<string> _people;

    private ChannelNames(bool namesOn, HashSet<string> people)
    {
        _namesOn = namesOn;
        _people = people;
    }

    /// <summary>Booked by a recruiter for the workspace (not a person's own prep): the only kind a channel post may mention.</summary>
    public static bool IsTeamInterview(Interview interview) => interview.OwnerSide == Audience.Recruiter;

    /// <summary>The workspace's setting, with the names of everyone in it when names are on.</summary>
    public static async Task<ChannelNames> ForAsync(Workspace workspace, IPeople people, CancellationToken ct)
    {
        if (!workspace.NamesInChannelPosts) return new ChannelNames(false, []);
        var names = await people.ListNamesAsync(workspace.Id, ct);
        return new ChannelNames(true, names.Select(Normalize).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>True when a channel post may carry the candidate's name.</summary>
    public bool MayName(Interview interview) =>
        _namesOn && IsTeamInterview(interview) && interview.Candidate.PersonId is null && !_people.Contains(Normalize(interview.Candidate.Name));

    /// <summary>Case and runs of white space do not make a different person: "sam  CANDIDATE" is "Sam Candidate".</summary>
    private static string Normalize(string name) =>
        string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
