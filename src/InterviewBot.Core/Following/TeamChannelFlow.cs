using InterviewBot.Core.Conversations;
using InterviewBot.Core.Engine;
using InterviewBot.Core.Nudges;
using static InterviewBot.Core.Views.Markup;

namespace InterviewBot.Core.Following;

/// <summary>
/// What the bot does in a shared channel or group chat: it keeps interview details out, but a team
/// can make a team channel its place for overdue-feedback alerts and the digest, and choose whether
/// candidate names may appear there. Those switches change the whole workspace, so they work only in
/// a team channel – never in a group chat or a direct message, where anyone could move the alerts to
/// themselves – and every change is announced for everyone, naming who made it: where it was typed,
/// and in the workspace's team channel too when that is another one.
/// </summary>
public static class TeamChannelFlow
{
    private static readonly string Commands =
        $"In a team channel you can type: {Bold("use this channel")} (alerts and the digest come here), " +
        $"{Bold("digest daily")}, {Bold("digest weekly")} or {Bold("digest off")}, and {Bold("names on")} or {Bold("names off")} (candidate names in posts; off by default).";

    /// <summary>True when <paramref name="text"/> is one of the workspace switches, which get their answer wherever they are typed.</summary>
    public static bool IsSwitch(string? text) => SwitchOf(CommandParser.Normalize(text)) is not null;

    public static void Handle(Turn turn)
    {
        var command = SwitchOf(CommandParser.Normalize(turn.Message.Text));
        if (command is null)
        {
            turn.Say("I keep interview details out of shared chats. Open a 1:1 chat with me to book, prepare for or follow up on a phone screen. " + Commands);
            return;
        }
        if (turn.Message.Conversation != ConversationKind.TeamChannel)
        {
            turn.Say($"{Bold(command)} changes channel posts for the whole workspace, so it only works in a team channel, not in a group chat or a direct message.");
            return;
        }

        switch (command)
        {
            case "use this channel": UseThisChannel(turn); break;
            case "names on" or "names off": Names(turn, command == "names on"); break;
            default: Digest(turn, command); break;
        }
    }

    /// <summary>The switch in its one spelling ("team channel" is "use this channel"), or null.</summary>
    private static string? SwitchOf(string normalized) => normalized switch
    {
        "use this channel" or "team channel" or "use this channel for updates" => "use this channel",
        "names on" or "names off" or "digest daily" or "digest weekly" or "digest off" => normalized,
        _ => null,
    };

    private static void UseThisChannel(Turn turn)
    {
        var workspace = turn.Workspace;
        var here = turn.Message.ConversationId;
        var before = workspace.TeamConversationId;
        workspace.UseTeamChannel(here, turn.Person.TimeZoneId);
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
    private static void Announce(Turn turn, string elsewhere, string inTeamChannel)
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
    private static string Who(Turn turn) =>
        string.IsNullOrWhiteSpace(turn.Message.User.DisplayName) ? "Someone" : turn.Message.User.DisplayName.Trim();

    private static string Cadence(Domain.Workspace workspace) => workspace.DigestCadence switch
    {
        DigestCadence.Weekly => $"weekly digest ({workspace.DigestDay}s at {workspace.DigestAt:HH\\:mm})",
        DigestCadence.Off => "digest (currently off)",
        _ => $"daily digest ({workspace.DigestAt:HH\\:mm} on working days)",
    };
}
