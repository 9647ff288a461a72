namespace InterviewBot.Core.Views;

/// <summary>A follow-up the bot sends on its own: what to do now, and the ways to answer it.</summary>
public sealed record NudgeView(
    string Title,
    string Body,
    string? Draft,
    IReadOnlyList<ActionButton> Buttons,
    IReadOnlyList<Fact>? Facts = null,
    string? Status = null,
    IReadOnlyList<Section>? Sections = null,
    IReadOnlyList<FieldView>? Fields = null) : CardView(Title);
