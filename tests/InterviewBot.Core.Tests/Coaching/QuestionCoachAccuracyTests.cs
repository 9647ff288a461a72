using InterviewBot.Core.Coaching;
using Xunit.Abstractions;

namespace InterviewBot.Core.Tests.Coaching;

/// <summary>
/// Accuracy on the labelled sets. questions.tsv is what the rules were built and tuned on;
/// questions-holdout.tsv was written before the coach and never used for tuning, so it is the
/// honest estimate for questions the coach has never seen. The holdout prints only its totals.
/// </summary>
public class QuestionCoachAccuracyTests(ITestOutputHelper output)
{
    // When these were set the coach read 524/524 of the main set and 62/62 of the holdout (closed vs
    // open). The floors sit a little under that: a change that makes the coach worse fails, while a
    // deliberate trade-off of one or two questions (1.6 % each on the small holdout) does not.
    // Issue 19 added 27 questions to the main set and 20 to the holdout (written before the change):
    // before it 542/551 and 74/82, after it 551/551 and 82/82.
    private const double MainFloor = 0.98;
    private const double HoldoutFloor = 0.95;

    private readonly QuestionCoach _coach = new();

    [Fact]
    public void The_main_set_is_big_enough_and_covers_every_label()
    {
        var set = LabelledQuestion.Load("questions.tsv");
        Assert.True(set.Count >= 150, $"only {set.Count} questions");
        Assert.All(Enum.GetValues<ClosedKind>(), kind => Assert.Contains(set, q => q.Kind == kind));
    }

    [Fact]
    public void Closed_or_open_is_right_on_the_main_set()
    {
        var (closedOpen, kind) = Measure("questions.tsv", showMisses: true);
        Assert.True(closedOpen >= MainFloor, $"closed/open accuracy {closedOpen:P1} is under {MainFloor:P0}");
        Assert.True(kind >= MainFloor - 0.03, $"kind accuracy {kind:P1}");
    }

    [Fact]
    public void Closed_or_open_is_right_on_the_held_out_set()
    {
        var (closedOpen, _) = Measure("questions-holdout.tsv", showMisses: false);
        Assert.True(closedOpen >= HoldoutFloor, $"closed/open accuracy {closedOpen:P1} is under {HoldoutFloor:P0}");
    }

    [Theory]
    [InlineData("questions.tsv")]
    [InlineData("questions-holdout.tsv")]
    public void Every_closed_question_gets_an_open_rewrite_and_every_open_one_none(string file)
    {
        foreach (var question in LabelledQuestion.Load(file))
        {
            var assessment = _coach.Assess(question.Text);
            if (!assessment.IsClosed)
            {
                Assert.Null(assessment.Suggestion);
                continue;
            }
            Assert.False(string.IsNullOrWhiteSpace(assessment.Suggestion), question.Text);
            var again = _coach.Assess(assessment.Suggestion!);
            Assert.False(again.IsClosed, $"\"{question.Text}\" → \"{assessment.Suggestion}\" is itself {again.Kind}");
        }
    }

    [Fact]
    public void Typed_variants_of_every_labelled_question_never_break_the_coach()
    {
        var checkedCount = 0;
        foreach (var question in LabelledQuestion.Load("questions.tsv").Concat(LabelledQuestion.Load("questions-holdout.tsv")))
        {
            foreach (var variant in LabelledQuestion.Variants(question.Text, includeBroken: true))
            {
                var assessment = _coach.Assess(variant);
                checkedCount++;
                Assert.False(string.IsNullOrWhiteSpace(assessment.Reason), variant);
                Assert.Equal(assessment.IsClosed, assessment.Kind != ClosedKind.Open);
                if (assessment.IsClosed) Assert.False(_coach.Assess(assessment.Suggestion!).IsClosed, $"{variant} → {assessment.Suggestion}");
                else Assert.Null(assessment.Suggestion);
            }
        }
        output.WriteLine($"{checkedCount} typed variants assessed without a failure");
    }

    [Fact]
    public void Lower_case_no_question_mark_shouting_and_fillers_do_not_change_the_verdict_on_the_main_set()
    {
        var changed = new List<string>();
        var total = 0;
        foreach (var question in LabelledQuestion.Load("questions.tsv"))
        {
            var verdict = _coach.Assess(question.Text).IsClosed;
            foreach (var variant in LabelledQuestion.Variants(question.Text, includeBroken: false))
            {
                total++;
                if (_coach.Assess(variant).IsClosed != verdict) changed.Add(variant);
            }
        }
        output.WriteLine($"verdict kept on {total - changed.Count}/{total} typed variants");
        foreach (var c in changed) output.WriteLine("  changed: " + c);
        Assert.True(changed.Count <= total / 100, $"{changed.Count} of {total} variants changed the verdict");
    }

    private (double ClosedOpen, double Kind) Measure(string file, bool showMisses)
    {
        var set = LabelledQuestion.Load(file);
        var rightClosedOpen = 0;
        var rightKind = 0;
        foreach (var question in set)
        {
            var assessment = _coach.Assess(question.Text);
            if (assessment.IsClosed == question.IsClosed) rightClosedOpen++;
            else if (showMisses) output.WriteLine($"  miss: {question.Kind} read as {assessment.Kind}: {question.Text}");
            if (assessment.Kind == question.Kind) rightKind++;
        }
        var closedOpen = (double)rightClosedOpen / set.Count;
        var kind = (double)rightKind / set.Count;
        output.WriteLine($"{file}: closed vs open {rightClosedOpen}/{set.Count} = {closedOpen:P1}; kind (open/yes-no/choice/fact) {rightKind}/{set.Count} = {kind:P1}");
        return (closedOpen, kind);
    }
}
