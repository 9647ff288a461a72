using InterviewBot.Core.Coaching;
using static InterviewBot.Core.Views.Markup;

namespace InterviewBot.Core.Engine;

/// <summary>
/// "Check this question" on any message (Slack's message shortcut): the question coach's verdict on
/// its text – open, or closed with why and an open rewrite – as a small form the person can edit and
/// check again. Nothing is stored: it is a second opinion, not a planned question.
/// </summary>
public static class QuestionCheck
{
    /// <summary>The form's one field: the question, as given or as edited.</summary>
    public const string KeyQuestion = Conversations.Shortcuts.QuestionKey;

    private static readonly QuestionCoach Coach = new();

    public static void Show(Turn turn)
    {
        var question = (turn.Submit?.Value(KeyQuestion) ?? "").Trim();
        if (question.Length > PlannedQuestion.MaxLength) question = question[..PlannedQuestion.MaxLength];
        turn.ShowInPlace(Form(question, Verdict(question)));
    }

    /// <summary>What the coach says, in the words the checklist uses for planned questions.</summary>
    public static string Verdict(string question)
    {
        var assessment = Coach.Assess(question);
        if (question.Length == 0) return assessment.Reason;
        if (!assessment.IsClosed) return $"{Bold("Open question")} ✓ – {assessment.Reason}";
        var rewrite = assessment.Suggestion is { } open ? $" Try instead: {Italic(open)}" : "";
        return $"{Bold("Closed question")} – {assessment.Reason}{rewrite}";
    }

    private static FormView Form(string question, string verdict) => new(
        "Check this question",
        verdict,
        [new FieldView(KeyQuestion, "Question", FieldInputKind.MultilineText, question, "e.g. Tell me about a project you are proud of", Required: true, MaxLength: PlannedQuestion.MaxLength)],
        ActionButton.For("Check again", Verbs.CheckQuestion, primary: true));
}
