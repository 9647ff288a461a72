using static InterviewBot.Core.Views.Markup;

namespace InterviewBot.Core.Engine;

/// <summary>The cards that explain the bot: welcome, help, and the answer to something it did not understand.</summary>
public static class HelpCards
{
    private static readonly Section Commands = new("What you can type",
    [
        $"{Bold("new interview")} – book a phone screen with a candidate (recruiters)",
        $"{Bold("prep")} – prepare for a phone screen you have with a company (candidates)",
        $"{Bold("my interviews")} – upcoming and recent calls",
        $"{Bold("open 2")} – open a call by its number in {Bold("my interviews")}; it becomes your current interview",
        $"{Bold("before")}, {Bold("during")}, {Bold("after")} – the checklist for your current interview",
        $"{Bold("note")} {Italic("text")} – add a note to your current interview",
        $"{Bold("hiring manager")} {Italic("name")} – whose decision you wait for on your current interview (recruiters)",
        $"{Bold("my stories")} – your brag list of STAR stories; {Bold("my journal")} – your reflections after calls",
        $"{Bold("hand over to @name")} – give your open interviews to a colleague (recruiters)",
        $"{Bold("settings")} – time zone and working hours, for reminders at sensible times",
        $"{Bold("zone")} {Italic("city")} – change your time zone, e.g. {Bold("zone Lisbon")}; {Bold("zone")} alone says which one I use",
        $"{Bold("cancel")} – stop a question I am waiting for you to answer in chat",
        $"{Bold("help")} – this card",
    ]);

    /// <summary>The welcome's one pointer to everything else, so the help card is where the commands are.</summary>
    private static readonly Section GettingStarted = new("To get started",
    [
        "Tap a button below: New interview if you are hiring, Prepare for a call if you are the candidate.",
        $"Type {Bold("help")} any time for everything I understand.",
    ]);

    /// <summary>The team channel's own list, so the card cannot fall behind what a channel understands.</summary>
    private static readonly Section InTeamChannels = new("In a team channel (mention me there)", FollowUp.TeamChannelFlow.Help);

    /// <summary>The ways to start, the same on the welcome, the help card and the home view.</summary>
    public static IReadOnlyList<ActionButton> StartButtons =>
    [
        ActionButton.For("New interview", Verbs.NewInterview, primary: true),
        ActionButton.For("Prepare for a call", Verbs.NewPrep),
        ActionButton.For("My interviews", Verbs.ListInterviews),
        ActionButton.For("Settings", Verbs.ShowSettings),
    ];

    public static SummaryView Welcome(Person person) => new(
        $"Hi {person.DisplayName}, I'm InterviewBot",
        "I coach both sides of a phone screen – before, during and after the call – and I make sure the follow-up happens.",
        [],
        [
            new Section("Recruiters", ["Prepare in minutes, run a structured call, and never forget to send feedback."]),
            new Section("Candidates", ["Practise your story, prepare questions, know your number, and follow up at the right time."]),
            GettingStarted,
        ],
        StartButtons);

    /// <summary>The hello in a team channel: what the bot will post there, and that names stay out.</summary>
    public static SummaryView TeamWelcome() => new(
        "Hi team, I'm InterviewBot",
        "I coach recruiters and candidates through phone screens in 1:1 chats.",
        [],
        [
            new Section("In this channel", ["I can post overdue-feedback alerts and a digest of calls and turnaround.",
                "Candidate names, notes and scores stay out of channel posts unless your workspace turns that on."]),
            new Section("To get started", [$"Open a 1:1 chat with me and type {Bold("help")}."]),
        ],
        []);

    private static readonly Section YourData = new("Your data",
    [
        $"{Bold("export my data")} – everything I hold about you, as JSON in this chat",
        $"{Bold("forget me")} – delete everything I hold about you (I ask first)",
        $"{Bold("delete interview")} – delete your current interview and everything on it (if you created it)",
    ]);

    public static SummaryView Help(Person person) => new(
        "How I can help",
        $"Times are shown in {person.TimeZoneId}. Change it in settings.",
        [],
        [Commands, InTeamChannels, YourData],
        StartButtons);

    public static string NotUnderstoodText(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? "I got an empty message. Here is what I can do:"
            : $"I'm not sure what you mean by \"{Shorten(text, 80)}\". Here is what I can do:";

    public static SummaryView NotUnderstood(string? text) => new(
        "Try one of these",
        null,
        [],
        [Commands],
        StartButtons);

    public static SummaryView Dismissed() => new("Closed", $"Type {Italic("help")} whenever you need me.", [], [], []);

    internal static string Shorten(string text, int max)
    {
        var oneLine = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return oneLine.Length <= max ? oneLine : oneLine[..(max - 1)] + "…";
    }
}
