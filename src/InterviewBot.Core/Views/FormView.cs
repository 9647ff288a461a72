namespace InterviewBot.Core.Views;

/// <summary>A form: fields and a submit button. Errors are shown next to the field they concern.</summary>
public sealed record FormView(
    string Title,
    string? Intro,
    IReadOnlyList<FieldView> Fields,
    ActionButton Submit,
    ActionButton? Cancel = null,
    string? Error = null) : CardView(Title);
