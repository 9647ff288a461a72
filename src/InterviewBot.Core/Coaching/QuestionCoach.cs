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
        return new QuestionAssessment(true, QuestionRewriter.Rewrite(reading), reading.Kind, reading.Reason);
    }
}
