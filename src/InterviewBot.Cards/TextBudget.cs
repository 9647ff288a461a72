namespace InterviewBot.Cards;

/// <summary>
/// How long a text may be on a card. Cards are first rendered without limits; only when a card
/// would break Teams' size limit is it rendered again with tighter budgets (see
/// <see cref="CardSizeGuard"/>). Read-only texts are cut before anything the user can edit,
/// because a cut input value would be saved back cut.
/// </summary>
/// <param name="Zones">
/// How many zones a time zone picker lists (the ones nearest the person's come first): every zone of
/// the world takes most of a card, so a form holding much typed text lists fewer before that text is cut.
/// </param>
internal readonly record struct TextBudget(int Text, int Input, int Zones = int.MaxValue)
{
    public const string Ellipsis = "…";

    public static readonly TextBudget Unlimited = new(int.MaxValue, int.MaxValue);

    /// <summary>How many zones a picker keeps at the least.</summary>
    public const int FewestZones = 100;

    /// <summary>The budgets tried in turn, loosest first; the last ones also cut input values.</summary>
    public static readonly IReadOnlyList<TextBudget> Steps =
    [
        Unlimited,
        new(1000, int.MaxValue),
        new(400, int.MaxValue),
        new(150, int.MaxValue),
        new(80, int.MaxValue),
        new(80, int.MaxValue, FewestZones),
        new(80, 1000, FewestZones),
        new(80, 300, FewestZones),
    ];

    /// <summary>A read-only text (title, fact, note line…), cut with "…" when over budget.</summary>
    public string Cut(string text) => Shorten(text, Text);

    /// <summary>An input's prefilled value, cut only by the last resort budgets.</summary>
    public string CutInput(string text) => Shorten(text, Input);

    public bool CutsInput(string text) => text.Length > Input;

    private static string Shorten(string text, int max)
    {
        if (text.Length <= max) return text;
        var keep = Math.Max(0, max - Ellipsis.Length);
        // Never split a surrogate pair: half an emoji is invalid UTF-16, which JSON writers reject or mangle.
        if (keep > 0 && char.IsHighSurrogate(text[keep - 1])) keep--;
        return text[..keep].TrimEnd() + Ellipsis;
    }
}
