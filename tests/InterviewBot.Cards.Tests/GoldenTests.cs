using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewBot.Core.Domain;
using InterviewBot.Core.Views;

namespace InterviewBot.Cards.Tests;

/// <summary>
/// Representative cards compared with reviewed JSON in TestData/golden. A change to how a card
/// looks shows up as a diff of these files. Run with UPDATE_GOLDEN=1 to rewrite them in the
/// source folder, then review and commit the diff.
/// </summary>
public class GoldenTests
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        // Emoji and dashes stay readable in the files; the renderer's own output is not affected.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

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
        var actual = Stable(card, samples);

        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(RepoPaths.GoldenSource);
            File.WriteAllText(Path.Combine(RepoPaths.GoldenSource, name + ".json"), actual);
            return;
        }

        var path = Path.Combine(RepoPaths.GoldenOutput, name + ".json");
        Assert.True(File.Exists(path), $"No golden file {name}.json yet: run the tests once with UPDATE_GOLDEN=1 and commit it.");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Golden_card_is_valid(string name)
    {
        var card = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.GoldenOutput, name + ".json")))!;

        AdaptiveCardSchema.AssertValid(card, name);
    }

    /// <summary>The card as text, with the interview ids (new on every run) replaced by one fixed stand-in.</summary>
    private static string Stable(JsonObject card, Samples samples) =>
        card.ToJsonString(Indented)
            .Replace(samples.RecruiterInterview.Id.ToString(), Samples.FixedInterviewId, StringComparison.Ordinal)
            .Replace(samples.CandidateInterview.Id.ToString(), Samples.FixedInterviewId, StringComparison.Ordinal) + "\n";
}
