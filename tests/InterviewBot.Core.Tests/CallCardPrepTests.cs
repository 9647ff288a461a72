using InterviewBot.Core.Playbooks;

namespace InterviewBot.Core.Tests;

/// <summary>
/// Prep carried into the call, and pace: what was written before the call shows on the call card, what
/// was written during it on the after card, and the pitch gets a spoken-length estimate.
/// </summary>
public class CallCardPrepTests
{
    private static readonly DateTime Now = Samples.Now;
    private readonly Person _recruiter = Samples.Person("Rita Recruiter");
    private readonly Person _candidate = Samples.Person("Chris Candidate");

    private static ChecklistView Card(Interview interview, Person viewer, string phaseId)
    {
        var playbook = PlaybookCatalog.Default.For(interview.SideOf(viewer.Id)!.Value);
        return ChecklistCardBuilder.Build(interview, viewer, playbook, playbook.FindPhase(phaseId)!, null);
    }

    private static void Answer(Interview interview, Person person, string stepId, params (string Field, string Value)[] values)
    {
        var step = PlaybookCatalog.Default.For(interview.SideOf(person.Id)!.Value).FindStep(stepId)!;
        interview.Entry(person.Id, stepId).Save(StepAnswers.Write(step, values.ToDictionary(v => v.Field, v => v.Value)), Now);
    }

    private static Section SectionOf(ChecklistView card, string heading) => Assert.Single(card.Sections!, s => s.Heading == heading);

    [Fact]
    public void The_recruiters_call_card_shows_the_resume_notes_and_what_they_learned_looking_beyond()
    {
        var screen = Samples.Screen(_recruiter);
        screen.AddNote(_recruiter.Id, "resume-homework", "2019–2021 gap – ask why", Now);
        Answer(screen, _recruiter, "look-beyond", ("text", "maintains a small open-source parser"), ("github", "zoem"));

        var card = Card(screen, _recruiter, "during");

        Assert.Equal(["2019–2021 gap – ask why"], SectionOf(card, "Resume notes").Lines);
        Assert.Equal(["maintains a small open-source parser"], SectionOf(card, "Looked up").Lines);
    }

    [Fact]
    public void The_candidates_call_card_shows_what_they_learned_researching_the_company()
    {
        var prep = Samples.Prep(_candidate);
        Answer(prep, _candidate, "research", ("text", "raised a Series B in May; new office in Lisbon"));

        var card = Card(prep, _candidate, "during");

        Assert.Equal(["raised a Series B in May; new office in Lisbon"], SectionOf(card, "What I learned about Acme & Sons").Lines);
    }

    [Fact]
    public void The_recruiters_after_card_shows_the_call_notes_and_the_follow_ups()
    {
        var screen = Samples.Screen(_recruiter);
        screen.AddNote(_recruiter.Id, "take-notes", "Strong: clear examples from the payments project", Now);
        Answer(screen, _recruiter, "listen-actively", ("lines", "the migration – ask what broke\nwhy they left the last team"));

        var card = Card(screen, _recruiter, "after");

        Assert.Equal(["Strong: clear examples from the payments project"], SectionOf(card, "Call notes").Lines);
        Assert.Equal(["the migration – ask what broke", "why they left the last team"], SectionOf(card, "Follow-ups").Lines);
    }

    [Fact]
    public void The_recruiters_call_card_reminds_them_to_pause_for_questions() =>
        Assert.Contains("pause", Card(Samples.Screen(_recruiter), _recruiter, "during").Subtitle, StringComparison.OrdinalIgnoreCase);

    [Fact]
    public void A_short_pitch_gets_a_spoken_length_estimate_without_a_warning()
    {
        var screen = Samples.Screen(_recruiter);
        Answer(screen, _recruiter, "pitch-the-role", ("text", "small team, real ownership of the billing service, no on-call at night"));

        var saved = Card(screen, _recruiter, "during").Items.Single(i => i.StepId == "pitch-the-role").Saved;

        Assert.StartsWith("About 5 seconds to say", saved, StringComparison.Ordinal);
        Assert.DoesNotContain("90 seconds", saved, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pitch_over_90_seconds_gets_advice_to_cut_it_and_pause()
    {
        var screen = Samples.Screen(_recruiter);
        // 300 words: two minutes at about 150 words a minute.
        Answer(screen, _recruiter, "pitch-the-role", ("text", string.Join(' ', Enumerable.Repeat("we ship billing features every week", 50))));

        var saved = Card(screen, _recruiter, "during").Items.Single(i => i.StepId == "pitch-the-role").Saved;

        Assert.StartsWith("About 2 minutes to say", saved, StringComparison.Ordinal);
        Assert.Contains("over 90 seconds", saved, StringComparison.Ordinal);
        Assert.Contains("pause", saved, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(null, "Backend engineer")]
    [InlineData("Zalando, Berlin", "Zalando, Berlin")]
    public void Web_LinkedIn_and_talk_searches_add_where_they_work_or_else_the_role_to_the_name(string? where, string expected)
    {
        var screen = Samples.Screen(_recruiter);
        if (where is not null) Answer(screen, _recruiter, "look-beyond", ("where", where));

        var links = Card(screen, _recruiter, "before").Items.Single(i => i.StepId == "look-beyond").Links;

        foreach (var label in new[] { "Web search", "LinkedIn", "Talks and videos" })
        {
            var query = Uri.UnescapeDataString(new Uri(links.Single(l => l.Label == label).Url).Query);
            Assert.Contains("Zoë Müller", query, StringComparison.Ordinal);
            Assert.Contains(expected, query, StringComparison.Ordinal);
        }
    }
}
