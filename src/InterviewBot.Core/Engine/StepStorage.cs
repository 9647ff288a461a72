using System.Globalization;
using InterviewBot.Core.Coaching;
using InterviewBot.Core.Playbooks;

namespace InterviewBot.Core.Engine;

/// <summary>
/// Keeps a step's answer where the playbook says it belongs (checklist, notes, questions, role
/// brief, feedback date, intents, brag list) and returns a one-line notice for the user.
/// </summary>
public sealed class StepStorage(InterviewAccess access, IStories stories)
{
    private static readonly QuestionCoach Questions = new();
    private static readonly SalaryCoach Salary = new();

    /// <param name="appendLines">From chat: list answers add to what is there instead of replacing it.</param>
    public async Task<string?> StoreAsync(Turn turn, Interview interview, PlaybookStep step,
        IReadOnlyDictionary<string, string> values, bool appendLines, CancellationToken ct)
    {
        var entry = interview.Entry(turn.Person.Id, step.Id);
        var now = turn.NowUtc;
        var tooLong = values.Values.FirstOrDefault(v => v.Length > Note.MaxLength);
        if (tooLong is not null) throw new DomainException($"Answers can be up to {Note.MaxLength} characters; that one has {tooLong.Length}. Nothing was changed.");

        switch (step.Store)
        {
            case StepStore.Notes:
                var text = values.Values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
                if (text is null) return "Nothing to save – the box was empty.";
                interview.AddNote(turn.Person.Id, step.Id, text, now);
                entry.Mark(true, now);
                return "Note saved ✓";

            case StepStore.Questions:
                return SaveQuestions(turn, interview, entry, values.Values.First(), appendLines);

            case StepStore.Intents:
                var questions = interview.QuestionsBy(turn.Person.Id).ToList();
                for (var i = 0; i < questions.Count; i++)
                {
                    if (values.TryGetValue($"q{i}", out var intent)) questions[i].Intend(intent);
                }
                entry.Mark(questions.Any(q => q.Intent is not null), now);
                return questions.Count == 0
                    ? "Plan some questions first – then say what each one is for."
                    : $"Intents saved for {questions.Count(q => q.Intent is not null)} of {questions.Count} questions ✓";

            case StepStore.RoleBrief:
                var brief = await access.BriefAsync(turn, interview, create: true, ct);
                brief!.SetAll(values, now);
                var missing = StepProgress.MissingFromBrief(step, brief);
                entry.Mark(missing.Count == 0, now);
                var saved = $"Role brief for {interview.Role} saved ✓ – it will show on every call for this role.";
                // Said in plain words, so a half-filled brief is not mistaken for a done step.
                return missing.Count == 0 ? saved : $"{saved} The step stays open until it has: {string.Join("; ", missing.Select(f => f.Label))}.";

            case StepStore.FeedbackDate:
                var date = values.GetValueOrDefault("date");
                if (!string.IsNullOrWhiteSpace(date))
                {
                    if (!DateOnly.TryParse(date, CultureInfo.InvariantCulture, out var promised))
                        throw new DomainException($"\"{date}\" is not a date. Use the date picker.");
                    interview.PromiseFeedbackBy(promised, now);
                }
                // Both boxes are kept on the entry; a promised date alone is enough to count as done.
                entry.Save(StepAnswers.Write(step, values), now);
                if (interview.FeedbackDueDate is not null && !entry.Done) entry.Mark(true, now);
                return interview.FeedbackDueDate is { } due ? $"Feedback promised by {due.ToString("ddd d MMM", CultureInfo.InvariantCulture)} ✓" : "Saved ✓";
        }

        if (step.Coach == StepCoach.AskedQuestions)
        {
            entry.Keep(values.GetValueOrDefault("asked"), now);
            var asked = DraftWriter.Lines((values.GetValueOrDefault("asked") ?? "").Replace(',', '\n')).Count();
            return $"{asked} asked ✓";
        }
        if (step.Action == StepAction.Draft) return SaveDraft(turn, interview, step, entry, values);

        // The salary step keeps a number, not a wish for one: "open to discussion" is not saved, and an earlier number stays.
        if (step.Coach == StepCoach.SalaryCoach && values.Values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v)) is { } answer
            && Salary.Assess(answer) is { Amounts.Count: 0 } none)
            return "Nothing saved – there is no number in that yet. " + none.Advice;

        var stored = StepAnswers.Write(step, values);
        entry.Save(stored, now);
        if (stored is null) return "Cleared.";
        return step.Coach switch
        {
            StepCoach.SalaryCoach => Salary.Assess(values.Values.First()).IsRange ? "Saved – but that sounds like a range; see the tip below." : "Your number is saved ✓",
            StepCoach.StoryBuilder => await KeepStoryAsync(turn, interview, step, values, ct),
            StepCoach.Journal => "Saved to your journal ✓",
            _ => "Saved ✓",
        };
    }

    private static string SaveQuestions(Turn turn, Interview interview, ChecklistEntry entry, string text, bool appendLines)
    {
        var lines = DraftWriter.Lines(text);
        if (appendLines) lines = interview.QuestionsBy(turn.Person.Id).Select(q => q.Format()).Concat(lines);
        var list = lines.ToList();
        interview.ReplaceQuestions(turn.Person.Id, list, turn.NowUtc);
        entry.Mark(list.Count > 0, turn.NowUtc);
        var closed = interview.QuestionsBy(turn.Person.Id).Count(q => Questions.Assess(q.Text).IsClosed);
        var saved = list.Count == 1 ? "1 question saved ✓" : $"{list.Count} questions saved ✓";
        return closed == 0 ? saved : $"{saved} – {closed} can be answered in a word; see the suggestions.";
    }

    /// <summary>
    /// Changed fields mean a new draft, written from them; unchanged fields mean the user edited the
    /// draft itself, and the edit is kept until the fields change again.
    /// </summary>
    private static string SaveDraft(Turn turn, Interview interview, PlaybookStep step, ChecklistEntry entry, IReadOnlyDictionary<string, string> values)
    {
        // The boxes showed what the notes prefilled: compared with that, an untouched box is unchanged.
        var before = DraftSources.Answers(step, StepAnswers.Read(step, entry.Value), interview, turn.Person);
        var fields = step.Fields.ToDictionary(f => f.Id, f => values.GetValueOrDefault(f.Id) ?? "");
        var fieldsChanged = step.Fields.Any(f => (before.GetValueOrDefault(f.Id) ?? "").Trim() != fields[f.Id].Trim());
        var kept = new Dictionary<string, string>(fields);
        if (!fieldsChanged)
        {
            var placeholders = ChecklistCardBuilder.Placeholders(interview, turn.Person);
            var written = DraftWriter.Write(step, placeholders, fields, interview.CounterpartName(turn.Person.Id));
            for (var i = 0; i < written.Count; i++)
            {
                var key = StepAnswers.DraftKeyFor(i);
                var sent = values.GetValueOrDefault(key);
                if (!string.IsNullOrWhiteSpace(sent) && sent.Trim() != written[i].Text.Trim()) kept[key] = sent;
            }
        }
        entry.Keep(StepAnswers.Write(step, kept), turn.NowUtc);
        return fieldsChanged ? "Draft updated from your answers ✓" : "Draft saved ✓";
    }

    /// <summary>
    /// A complete STAR answer goes to the brag list. A story that shares two of its three parts with one
    /// already there is that story reworded, and is updated; anything else is a new story next to the others.
    /// </summary>
    private async Task<string> KeepStoryAsync(Turn turn, Interview interview, PlaybookStep step, IReadOnlyDictionary<string, string> values, CancellationToken ct)
    {
        var parts = step.Fields.Select(f => values.GetValueOrDefault(f.Id)?.Trim() ?? "").ToList();
        if (parts.Count < 3 || parts.Any(p => p.Length == 0)) return "Saved ✓ – fill all three parts and I'll polish it into a story.";
        var list = await stories.ListAsync(turn.Workspace.Id, turn.Person.Id, ct);
        var same = list.FirstOrDefault(s => Shared(s, parts) >= 2);
        if (same is not null)
        {
            if (Shared(same, parts) < 3) same.Update(parts[0], parts[1], parts[2], turn.NowUtc);
            return "Story polished and updated in your brag list ✓";
        }
        stories.Add(new Story(turn.Workspace.Id, turn.Person.Id, parts[0], parts[1], parts[2], interview.Id, turn.NowUtc));
        var count = list.Count + 1;
        return $"Story polished and kept in your brag list ✓ ({count} {(count == 1 ? "story" : "stories")}) – write another over this one to add it too.";
    }

    private static int Shared(Story story, IReadOnlyList<string> parts) =>
        new[] { story.Situation, story.Action, story.Result }.Zip(parts).Count(p => string.Equals(p.First.Trim(), p.Second, StringComparison.OrdinalIgnoreCase));
}
