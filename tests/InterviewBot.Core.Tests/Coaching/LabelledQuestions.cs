using InterviewBot.Core.Coaching;

namespace InterviewBot.Core.Tests.Coaching;

/// <summary>One line of Data/questions*.tsv: what a careful reader says the question invites.</summary>
public sealed record LabelledQuestion(ClosedKind Kind, string Text)
{
    public bool IsClosed => Kind != ClosedKind.Open;

    public static IReadOnlyList<LabelledQuestion> Load(string file) =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Coaching", "Data", file))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(Parse)
            .ToList();

    private static LabelledQuestion Parse(string line)
    {
        var parts = line.Split('\t');
        if (parts.Length != 2) throw new FormatException($"Expected label<TAB>question: {line}");
        var kind = parts[0] switch
        {
            "open" => ClosedKind.Open,
            "yesno" => ClosedKind.YesNo,
            "choice" => ClosedKind.Choice,
            "fact" => ClosedKind.SingleFact,
            _ => throw new FormatException($"Unknown label '{parts[0]}' in: {line}"),
        };
        return new LabelledQuestion(kind, parts[1]);
    }

    /// <summary>
    /// The ways people really type a question: lower case, no question mark, shouting, fillers,
    /// doubled spaces, curly apostrophes; plus cut-off and gappy versions that must not break the coach.
    /// </summary>
    public static IEnumerable<string> Variants(string question, bool includeBroken)
    {
        yield return question.ToLowerInvariant();
        yield return question.TrimEnd('?', '!', '.');
        yield return question.ToUpperInvariant();
        yield return "So, " + question;
        yield return "Quick one: " + question;
        yield return question + "!!";
        yield return "  " + question.Replace(" ", "   ", StringComparison.Ordinal) + "  ";
        yield return question.Replace('\'', '\u2019');
        if (!includeBroken) yield break;
        var words = question.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i <= words.Length; i++)
        {
            yield return string.Join(' ', words.Take(i));
            yield return string.Join(' ', words.Skip(i - 1));
            yield return string.Join(' ', words.Where((_, j) => j != i - 1));
        }
    }
}
