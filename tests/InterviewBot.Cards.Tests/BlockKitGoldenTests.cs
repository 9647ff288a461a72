using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewBot.Core.Domain;
using InterviewBot.Core.Views;

namespace InterviewBot.Cards.Tests;

/// <summary>
/// Representative Slack payloads compared with reviewed JSON in TestData/golden/blockkit. A change
/// to how a message or modal looks shows up as a diff of these files. Run with UPDATE_GOLDEN=1 to
/// rewrite them in the source folder, then review and commit the diff.
/// </summary>
public class BlockKitGoldenTests
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        // Emoji and dashes stay readable in the files; the renderer's own output is not affected.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static string SourceFolder => Path.Combine(RepoPaths.GoldenSource, "blockkit");

    private static string OutputFolder => Path.Combine(RepoPaths.GoldenOutput, "blockkit");

    public static IEnumerable<object[]> Names => Payloads.Keys.Select(k => new object[] { k });

    private static IReadOnlyDictionary<string, Func<Samples, JsonObject>> Payloads => new Dictionary<string, Func<Samples, JsonObject>>
    {
        ["checklist-recruiter-before"] = s => Message(s.WithProgress().Checklist(Audience.Recruiter, "before", withBrief: true, notice: "Note saved ✓")),
        ["checklist-recruiter-during"] = s => Message(s.WithProgress().Checklist(Audience.Recruiter, "during", withBrief: true)),
        ["modal-settings-with-errors"] = s => BlockKitRenderer.RenderModal((FormView)s.SettingsWithErrors(), Samples.CardId),
        ["summary-welcome"] = s => Message(Core.Engine.HelpCards.Welcome(s.Recruiter)),
        ["nudge-feedback"] = _ => Message(Samples.FeedbackNudge()),
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void Payload_matches_its_golden_file(string name)
    {
        var samples = new Samples();
        var actual = Stable(Payloads[name](samples), samples);

        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(SourceFolder);
            File.WriteAllText(Path.Combine(SourceFolder, name + ".json"), actual);
            return;
        }

        var path = Path.Combine(OutputFolder, name + ".json");
        Assert.True(File.Exists(path), $"No golden file blockkit/{name}.json yet: run the tests once with UPDATE_GOLDEN=1 and commit it.");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Golden_payload_is_within_every_limit(string name)
    {
        var payload = JsonNode.Parse(File.ReadAllText(Path.Combine(OutputFolder, name + ".json")))!.AsObject();

        BlockKitLimits.AssertWithin(payload, name);
    }

    private static JsonObject Message(CardView view) => BlockKitRenderer.RenderMessage(view, Samples.CardId);

    /// <summary>The payload as text, with the interview ids (new on every run) replaced by one fixed stand-in.</summary>
    private static string Stable(JsonObject payload, Samples samples) =>
        payload.ToJsonString(Indented)
            .Replace(samples.RecruiterInterview.Id.ToString(), Samples.FixedInterviewId, StringComparison.Ordinal)
            .Replace(samples.CandidateInterview.Id.ToString(), Samples.FixedInterviewId, StringComparison.Ordinal) + "\n";
}
