using InterviewBot.Core.Conversations;
using InterviewBot.Core.Engine;
using InterviewBot.Core.Nudges;
using static InterviewBot.Core.Views.Markup;

namespace InterviewBot.Core.FollowUp;

/// <summary>
/// What the bot does in a shared channel or group chat: it keeps interview details out, but a team
/// can make a team channel its place for overdue-feedback alerts and the digest, and choose whether
/// candidate names may appear there. Those switches change the whole workspace, so they work only in
/// a team channel – never in a group chat or a direct message, where anyone could move the alerts to
/// themselves – and every change is announced for everyone, naming who made it: where it was typed,
/// and in the workspace's team channel too when that is another one. The same goes for the workspace's
/// calendar: the default zone of people the bot has not talked to, and days off added for countries
/// (<see cref="WorkspaceCalendarFlow"/>); listing those days works anywhere.
/// </summary>
public static class TeamChannelFlow
{
    /// <summary>
    /// Everything a team channel understands, one line each: the switch in bold, then what it does. The
    /// help card lists these lines and a shared chat's answer to anything else says them, so a switch is
    /// in both or in neither; each line's bold words are typed as they stand (see <see cref="Switches"/>).
    /// </summary>
    public static readonly IReadOnlyList<string> Help =
    [
        $"{Bold("use this channel")} – overdue-feedback alerts and the digest come here",
        $"{Bold("digest daily")}, {Bold("digest weekly")}, {Bold("digest off")}; {Bold("names on")} / {Bold("names off")} – candidate names in channel posts (off by default)",
        $"{Bold("default zone Lisbon")} – the workspace's time zone (a city or an IANA name), for people I have not talked to yet",
        $"{Bold("holiday add 2027-01-07 UA Orthodox Christmas")}, {Bold("holiday remove 2027-01-07 UA")}, {Bold("holidays UA")} – days off for countries my holiday calendar lacks",
        $"{Bold("calendar keywords phone screen, intro call")} – the words in an event's title that make it a phone screen when I read calendars ({Bold("calendar keywords default")} goes back to mine)",
    ];

    /// <summary>The switches that take words after them, in their one spelling; the help lines show each with an example.</summary>
    private static readonly string[] Switches = ["default zone", "holiday add", "holiday remove", "holidays", "calendar keywords"];

    /// <summary>True when <paramref name="text"/> is one of the workspace switches, which get their answer wherever they are typed.</summary>
    public static bool IsSwitch(string? text) => SwitchOf(text) is not null;

    public static void Handle(Turn turn)
    {
        var found = SwitchOf(turn.Message.Text);
        if (found is not { } command)
        {
            turn.Say("I keep interview details out of shared chats. Open a 1:1 chat with me to book, prepare for or follow up on a phone screen. " +
                "In a team channel you can type:\n" + string.Join('\n', Help));
            return;
        }
        if (command.Name == "holidays")
        {
            WorkspaceCalendarFlow.List(turn, command.Argument); // only reads: fine anywhere
            return;
        }
        if (command.Name == "calendar keywords" && command.Argument.Length == 0)
        {
            turn.Say(Keywords(turn.Workspace)); // only reads: fine anywhere
            return;
        }
        if (turn.Message.Conversation != ConversationKind.TeamChannel)
        {
            var what = command.Name switch
            {
                "default zone" or "holiday add" or "holiday remove" => "changes the calendar",
                "calendar keywords" => "changes what counts as a phone screen in everyone's calendar",
                _ => "changes channel posts",
            };
            turn.Say($"{Bold(command.Name)} {what} for the whole workspace, so it only works in a team channel, not in a group chat or a direct message.");
            return;
        }

        switch (command.Name)
        {
            case "use this channel": UseThisChannel(turn); break;
            case "names on" or "names off": Names(turn, command.Name == "names on"); break;
            case "default zone": WorkspaceCalendarFlow.DefaultZone(turn, command.Argument); break;
            case "holiday add": WorkspaceCalendarFlow.Add(turn, command.Argument); break;
            case "holiday remove": WorkspaceCalendarFlow.Remove(turn, command.Argument); break;
            case "calendar keywords": PhoneScreenKeywords(turn, command.Argument); break;
            default: Digest(turn, command.Name); break;
        }
    }

    /// <summary>A switch in its one spelling ("team channel" is "use this channel") with what follows it as typed.</summary>
    private sealed record Switch(string Name, string Argument);

    private static Switch? SwitchOf(string? text)
    {
        var normalized = CommandParser.Normalize(text);
        switch (normalized)
        {
            case "use this channel" or "team channel" or "use this channel for updates": return new("use this channel", "");
            case "names on" or "names off" or "digest daily" or "digest weekly" or "digest off": return new(normalized, "");
        }
        var words = (text ?? "").Trim().TrimStart('/').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        foreach (var name in Switches)
        {
            var length = name.Count(c => c == ' ') + 1;
            if (words.Length >= length && string.Join(' ', words[..length]).Equals(name, StringComparison.OrdinalIgnoreCase))
                return new(name, string.Join(' ', words[length..]));
        }
        return null;
    }

    private static void PhoneScreenKeywords(Turn turn, string argument)
    {
        var reset = argument.Trim().Equals("default", StringComparison.OrdinalIgnoreCase);
        turn.Workspace.UsePhoneScreenKeywords(reset ? [] : argument.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        var text = $"{Who(turn)} changed the words that make a calendar event a phone screen. {Keywords(turn.Workspace)}";
        Announce(turn, text, text);
    }

    private static string Keywords(Workspace workspace) =>
        $"I treat an event as a phone screen when its title has one of: {string.Join(", ", workspace.PhoneScreenKeywordList.Select(k => $"\"{k}\""))}" +
        (workspace.PhoneScreenKeywords is null ? " (my defaults)." : ".") +
        $" Change them in the team channel with {Bold("calendar keywords")} and words separated by commas.";

    private static void UseThisChannel(Turn turn)
    {
        var workspace = turn.Workspace;
        var here = turn.Message.ConversationId;
        var before = workspace.TeamConversationId;
        // The channel keeps the zone of whoever chose it; someone whose zone the bot does not know leaves it in the default zone.
        workspace.UseTeamChannel(here, turn.Person.TimeZoneSource == TimeZoneSource.Workspace ? null : turn.Person.TimeZoneId);
        var names = workspace.NamesInChannelPosts
            ? $"Candidate names are on for its posts; type {Bold("names off")} to hide them."
            : $"Candidate names stay out of posts unless someone types {Bold("names on")}.";
        turn.Announce($"{Who(turn)} made this the team channel: overdue-feedback alerts and the {Cadence(workspace)} come to this channel ({turn.Person.TimeZoneId}). {names}");
        if (before is not null && before != here)
            turn.Announce($"{Who(turn)} moved overdue-feedback alerts and the digest elsewhere: they no longer come here.", before);
    }

    private static void Names(Turn turn, bool on)
    {
        turn.Workspace.ShowNamesInChannelPosts(on);
        var who = Who(turn);
        Announce(turn,
            on ? $"{who} turned candidate names on for the workspace's channel posts. Type {Bold("names off")} to hide them again."
               : $"{who} turned candidate names off: the workspace's channel posts name the role, not the candidate.",
            on ? $"{who} turned candidate names on for posts in this channel. Type {Bold("names off")} to hide them again."
               : $"{who} turned candidate names off: posts in this channel name the role, not the candidate.");
    }

    private static void Digest(Turn turn, string command)
    {
        var workspace = turn.Workspace;
        var cadence = command switch { "digest daily" => DigestCadence.Daily, "digest weekly" => DigestCadence.Weekly, _ => DigestCadence.Off };
        workspace.ScheduleDigest(cadence, workspace.DigestAt, workspace.DigestDay);
        var who = Who(turn);
        if (cadence == DigestCadence.Off)
        {
            Announce(turn, $"{who} turned the team digest off.", $"{who} turned the team digest off.");
            return;
        }
        Announce(turn,
            workspace.TeamConversationId is null
                ? $"{who} chose the {Cadence(workspace)}; it starts once a team channel is chosen with {Bold("use this channel")}."
                : $"{who} chose the {Cadence(workspace)} for the team channel.",
            $"{who} chose the {Cadence(workspace)} for this channel.");
    }

    /// <summary>
    /// Announces a change where it was typed – <paramref name="inTeamChannel"/> when that is the team
    /// channel, else <paramref name="elsewhere"/> – and in the team channel too when that is another one.
    /// </summary>
    internal static void Announce(Turn turn, string elsewhere, string inTeamChannel)
    {
        var teamChannel = turn.Workspace.TeamConversationId;
        if (teamChannel == turn.Message.ConversationId)
        {
            turn.Announce(inTeamChannel);
            return;
        }
        turn.Announce(elsewhere);
        if (teamChannel is not null) turn.Announce(inTeamChannel, teamChannel);
    }

    /// <summary>Who made a change, as the platform names them.</summary>
    internal static string Who(Turn turn) =>
        string.IsNullOrWhiteSpace(turn.Message.User.DisplayName) ? "Someone" : turn.Message.User.DisplayName.Trim();

    private static string Cadence(Domain.Workspace workspace) => workspace.DigestCadence switch
    {
        DigestCadence.Weekly => $"weekly digest ({workspace.DigestDay}s at {workspace.DigestAt:HH\\:mm})",
        DigestCadence.Off => "digest (currently off)",
        _ => $"daily digest ({workspace.DigestAt:HH\\:mm} on working days)",
    };
}
