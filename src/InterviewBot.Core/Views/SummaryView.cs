namespace InterviewBot.Core.Views;

/// <summary>Facts, sections and buttons: help, welcome, confirmations, interview lists.</summary>
public sealed record SummaryView(
    string Title,
    string? Subtitle,
    IReadOnlyList<Fact> Facts,
    IReadOnlyList<Section> Sections,
    IReadOnlyList<ActionButton> Buttons,
    IReadOnlyList<LinkButton>? Links = null) : CardView(Title);
