using System.Globalization;
using InterviewBot.Core.Coaching;
using InterviewBot.Core.Playbooks;

namespace InterviewBot.Core.Engine;

/// <summary>The candidate's question bank: tick questions by topic, add your own, and they join your list.</summary>
public sealed class QuestionBankFlow(InterviewAccess access, QuestionBank bank)
{
    private const string Own = "own";

    public async Task ShowAsync(Turn turn, CancellationToken ct)
    {
        var interview = await access.LoadFromCardAsync(turn, ct);
        var mine = interview.QuestionsBy(turn.Person.Id).Select(q => q.Text).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var fields = bank.Topics.Select(t => new FieldView(
            TopicField(t), t.Title, FieldInputKind.Checkboxes,
            string.Join(',', t.Questions.Select((q, i) => (q, i)).Where(x => mine.Contains(x.q)).Select(x => x.i.ToString(CultureInfo.InvariantCulture))),
            Choices: t.Questions.Select((q, i) => new Choice(q, i.ToString(CultureInfo.InvariantCulture))).ToList())).ToList();
        fields.Add(new FieldView(Own, "Your own questions (one per line)", FieldInputKind.MultilineText, MaxLength: 2000));
        turn.ShowInPlace(new FormView("Question bank", "Tick the questions you want to ask; they join your list for this call.", fields,
            ActionButton.For("Add to my questions", Verbs.AddFromBank, true, (Verbs.KeyInterview, interview.Id.ToString())),
            ActionButton.For("Close", Verbs.Dismiss)));
    }

    public async Task AddAsync(Turn turn, CancellationToken ct)
    {
        var interview = await access.LoadFromCardAsync(turn, ct);
        var picked = new List<string>();
        foreach (var topic in bank.Topics)
        {
            foreach (var value in (turn.Submit!.Value(TopicField(topic)) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (int.TryParse(value, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < topic.Questions.Count) picked.Add(topic.Questions[i]);
            }
        }
        picked.AddRange(DraftWriter.Lines(turn.Submit!.Value(Own)));

        var existing = interview.QuestionsBy(turn.Person.Id).ToList();
        var added = picked.Where(p => existing.All(e => !e.Text.Equals(p, StringComparison.OrdinalIgnoreCase))).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var step = access.Playbook(interview, turn.Person).Steps.First(s => s.Store == StepStore.Questions);
        if (added.Count > 0)
        {
            interview.AppendQuestions(turn.Person.Id, added, turn.NowUtc);
            interview.Entry(turn.Person.Id, step.Id).Mark(true, turn.NowUtc);
        }
        var notice = added.Count switch
        {
            0 => "Nothing new to add – those are already on your list.",
            1 => "1 question added ✓",
            _ => $"{added.Count} questions added ✓",
        };
        await access.ShowStepPhaseAsync(turn, interview, step, notice, ct);
    }

    private static string TopicField(QuestionTopic topic) => $"bank.{topic.Id}";
}
