namespace InterviewBot.Core.Coaching;

/// <summary>
/// Flags planned interview questions that can be answered in a word – yes/no, a choice between
/// named options, or one fact – and suggests an open rewrite built from the question's own words.
/// Rule-based and stateless: it reads the question the way a listener would (see
/// <see cref="QuestionReader"/>), so it copes with lower case, missing question marks, fillers
/// ("So,", "Quick one:") and several sentences (the one that asks is judged).
/// </summary>
public sealed class QuestionCoach
{
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static",
        Justification = "An instance API on purpose: callers hold a coach, and a later one can carry settings such as a team's own word lists.")]
    public QuestionAssessment Assess(string question)
    {
        var sentences = QuestionText.Sentences(question ?? "");
        if (sentences.Count == 0) return new QuestionAssessment(false, null, ClosedKind.Open, Reasons.Empty);

        var reading = QuestionReader.Read(sentences);
        if (!reading.IsClosed) return new QuestionAssessment(false, null, ClosedKind.Open, reading.Reason);
        var rewrite = QuestionRewriter.Rewrite(reading);
        return new QuestionAssessment(true, LeadingContext(sentences) is { } context ? $"{context} {rewrite}" : rewrite, reading.Kind, reading.Reason);
    }

    /// <summary>
    /// "We are a small team." before the question sets it up, and the rewrite keeps it: the statements
    /// (at most two) right before the sentence that asks, without fillers such as "OK.".
    /// </summary>
    private static string? LeadingContext(IReadOnlyList<Sentence> sentences)
    {
        var asking = QuestionReader.AskingIndex(sentences);
        var kept = new List<string>();
        for (var i = asking - 1; i >= 0 && kept.Count < 2; i--)
        {
            if (sentences[i].Asks || QuestionReader.HasOpening(sentences[i].Words)) break;
            var words = WordList.StripFillers(sentences[i].Words);
            if (words.WithoutBreaks().Count < 2) continue;
            var text = words.Joined();
            kept.Insert(0, char.ToUpperInvariant(text[0]) + text[1..] + ".");
        }
        return kept.Count == 0 ? null : string.Join(' ', kept);
    }
}
