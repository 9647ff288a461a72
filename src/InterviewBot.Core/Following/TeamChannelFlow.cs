using InterviewBot.Core.Engine;
using InterviewBot.Core.Nudges;

namespace InterviewBot.Core.Following;

/// <summary>
/// What the bot does in a shared channel or group chat: it keeps interview details out, but a team
/// can make the channel its place for overdue-feedback alerts and the digest, and choose whether
/// candidate names may appear there.
/// </summary>
public static class TeamChannelFlow
{
    private const string Commands =
        "In a team channel you can type: **use this channel** (alerts and the digest come here), " +
        "**digest daily**, **digest weekly** or **digest off**, and **names on** or **names off** (candidate names in posts; off by default).";

    public static void Handle(Turn turn)
    {
        var workspace = turn.Workspace;
        switch (CommandParser.Normalize(turn.Message.Text))
        {
            case "use this channel" or "team channel" or "use this channel for updates":
                workspace.UseTeamChannel(turn.Message.ConversationId, turn.Person.TimeZoneId);
                turn.TeamSettingsChanged = true;
                turn.Say($"Done: overdue-feedback alerts and the {Cadence(workspace)} come to this channel ({turn.Person.TimeZoneId}). " +
                    "Candidate names stay out of posts unless someone types **names on**.");
                break;
            case "names on":
                workspace.ShowNamesInChannelPosts(true);
                turn.Say("Candidate names will now appear in this workspace's channel posts. Type **names off** to hide them again.");
                break;
            case "names off":
                workspace.ShowNamesInChannelPosts(false);
                turn.Say("Channel posts will name the role, not the candidate.");
                break;
            case "digest daily" or "digest weekly" or "digest off":
                var cadence = turn.Message.Text!.Contains("daily", StringComparison.OrdinalIgnoreCase) ? DigestCadence.Daily
                    : turn.Message.Text.Contains("weekly", StringComparison.OrdinalIgnoreCase) ? DigestCadence.Weekly : DigestCadence.Off;
                workspace.ScheduleDigest(cadence, workspace.DigestAt, workspace.DigestDay);
                turn.TeamSettingsChanged = true;
                turn.Say(cadence == DigestCadence.Off ? "The team digest is off." : $"The {Cadence(workspace)} it is.");
                break;
            default:
                turn.Say("I keep interview details out of shared chats. Open a 1:1 chat with me to book, prepare for or follow up on a phone screen. " + Commands);
                break;
        }
    }

    private static string Cadence(Domain.Workspace workspace) => workspace.DigestCadence switch
    {
        DigestCadence.Weekly => $"weekly digest ({workspace.DigestDay}s at {workspace.DigestAt:HH\\:mm})",
        DigestCadence.Off => "digest (currently off)",
        _ => $"daily digest ({workspace.DigestAt:HH\\:mm} on working days)",
    };
}
