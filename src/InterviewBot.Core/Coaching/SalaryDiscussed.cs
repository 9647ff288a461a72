using System.Text.RegularExpressions;

namespace InterviewBot.Core.Coaching;

/// <summary>
/// Finds the candidate's expectation in what a recruiter wrote after the salary talk, e.g.
/// "shared 85–95k; candidate expects 90k" or "currently earns 85k, wants 100k": the range the
/// recruiter shared and what the candidate earns now are not the expectation.
/// </summary>
internal static partial class SalaryDiscussed
{
    private static readonly HashSet<string> Shared = ["shared", "share", "told", "tell", "our", "budget", "offered", "offer", "we", "mentioned", "gave", "explained", "i"];
    private static readonly HashSet<string> Current = ["currently", "current", "now", "earns", "earning", "makes", "making", "today", "paid", "gets", "getting"];
    private static readonly HashSet<string> Continuing = ["maybe", "perhaps", "possibly", "or", "up", "to", "and", "flexible", "negotiable", "gross", "net", "bonus"];

    public static SalarySpan? Expectation(string discussed)
    {
        var clauses = Clauses(discussed);
        var candidates = clauses
            .Select(c => (Text: c, Words: Words(c)))
            .Where(c => c.Words.Overlaps(SalaryWords.Wanted) || !(c.Words.Overlaps(Shared) || c.Words.Overlaps(Current)))
            .Select(c => (c.Words, Span: SalaryCoach.Span(c.Text)))
            .Where(c => c.Span is not null)
            .ToList();
        if (candidates.Count == 0) return null;
        return (candidates.LastOrDefault(c => c.Words.Overlaps(SalaryWords.Wanted)).Span ?? candidates[^1].Span)!;
    }

    /// <summary>Split at ";", a full stop, a new line or ", "; a piece that goes on with "maybe 100k" joins the one before.</summary>
    private static List<string> Clauses(string text)
    {
        var clauses = new List<string>();
        foreach (var piece in Splitter().Split(text))
        {
            if (string.IsNullOrWhiteSpace(piece)) continue;
            if (clauses.Count > 0 && SalaryReader.Tokenize(piece).FirstOrDefault() is { } first && Continuing.Contains(first.Text)) clauses[^1] += ", " + piece;
            else clauses.Add(piece);
        }
        return clauses;
    }

    private static HashSet<string> Words(string clause) =>
        SalaryReader.Tokenize(clause).Where(t => !t.IsNumber && t.Currency is null).Select(t => t.Text).ToHashSet();

    [GeneratedRegex(@"[;\n]|\.\s|,\s")]
    private static partial Regex Splitter();
}
