namespace InterviewBot.Core.Views;

/// <summary>
/// A card as the engine means it, independent of Teams or Slack. Renderers in InterviewBot.Cards
/// turn each kind into Adaptive Card or Block Kit JSON.
/// </summary>
public abstract record CardView(string Title);

/// <summary>A button that comes back to the bot as an action with <see cref="Verb"/> and <see cref="Data"/>.</summary>
public sealed record ActionButton(string Label, string Verb, IReadOnlyDictionary<string, string>? Data = null, bool Primary = false)
{
    public static ActionButton For(string label, string verb, bool primary = false, params (string Key, string Value)[] data) =>
        new(label, verb, data.ToDictionary(d => d.Key, d => d.Value), primary);
}

/// <summary>A button that opens a web page.</summary>
public sealed record LinkButton(string Label, string Url);

public sealed record Fact(string Label, string Value);

/// <summary>A titled block of text or bullet lines.</summary>
public sealed record Section(string Heading, IReadOnlyList<string> Lines);

public enum FieldInputKind
{
    Text,
    MultilineText,
    Date,
    Time,
    Number,
    Choice,
    MultiChoice,

    /// <summary>Several choices shown as tick boxes (a short list the user ticks through).</summary>
    Checkboxes,

    /// <summary>
    /// A person of the workspace: Slack's user picker (its answer reaches the core as an @mention), and
    /// where a platform has none a text field for a name or an @mention.
    /// </summary>
    Person,

    /// <summary>
    /// A time zone, picked by city from every zone (<see cref="FieldView.Choices"/>, the person's own first): Adaptive
    /// Cards filter the list as the person types; Slack, which takes at most 100 options, asks the bot for
    /// the zones that match what was typed. The value is a zone's <see cref="CityZone.Key"/> or IANA id.
    /// </summary>
    TimeZone,
}

/// <summary>An input on a form or a checklist item.</summary>
public sealed record FieldView(
    string Id,
    string Label,
    FieldInputKind Kind = FieldInputKind.Text,
    string? Value = null,
    string? Placeholder = null,
    bool Required = false,
    int? MaxLength = null,
    IReadOnlyList<Choice>? Choices = null,
    string? Error = null);

public sealed record Choice(string Title, string Value);
