namespace InterviewBot.Core.Views;

/// <summary>
/// A person's own dashboard (Slack's App Home): what is coming up, what waits on them, and the ways
/// to start something new. Each item carries its own buttons; a follow-up's buttons answer the nudge
/// card it stands for, so they carry that card's id.
/// </summary>
public sealed record HomeView(
    string Title,
    string? Subtitle,
    IReadOnlyList<HomeSection> Sections,
    IReadOnlyList<ActionButton> Buttons) : CardView(Title);

/// <summary>A heading, its items, and what to say when there are none.</summary>
public sealed record HomeSection(string Heading, IReadOnlyList<HomeItem> Items, string Empty);

/// <summary>One line of the dashboard and its buttons; <see cref="CardId"/>: the card those buttons answer, when not the home itself.</summary>
public sealed record HomeItem(string Text, IReadOnlyList<ActionButton> Buttons, Guid? CardId = null);
