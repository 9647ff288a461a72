using InterviewBot.Core.Domain;
using InterviewBot.Core.Views;

namespace InterviewBot.Cards.Tests;

/// <summary>
/// Representative cards compared with reviewed JSON in TestData/golden (<see cref="GoldenFiles"/>).
/// </summary>
public class GoldenTests
{
    public static IEnumerable<object[]> Names => Views.Keys.Select(k => new object[] { k });

    private static IReadOnlyDictionary<string, Func<Samples, CardView>> Views => new Dictionary<string, Func<Samples, CardView>>
    {
        ["checklist-recruiter-before"] = s => s.WithProgress().Checklist(Audience.Recruiter, "before", withBrief: true, notice: "Note saved ✓"),
        ["checklist-recruiter-during"] = s => s.WithProgress().Checklist(Audience.Recruiter, "during", withBrief: true),
        ["checklist-candidate-after"] = s => s.WithProgress().Checklist(Audience.Candidate, "after", withBrief: false),
        ["form-settings-with-errors"] = s => s.SettingsWithErrors(),
        ["summary-welcome"] = s => Core.Engine.HelpCards.Welcome(s.Recruiter),
        ["nudge-feedback"] = _ => Samples.FeedbackNudge(),
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void Card_matches_its_golden_file(string name)
    {
        var samples = new Samples();
        var card = AdaptiveCardRenderer.Render(Views[name](samples), Samples.CardId);

        GoldenFiles.AssertMatches("", name, GoldenFiles.Stable(card, samples));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Golden_card_is_valid(string name)
    {
        var card = GoldenFiles.Read("", name);

        AdaptiveCardSchema.AssertValid(card, name);
    }
}
