using System.Text.Json.Nodes;
using InterviewBot.Core.Domain;
using InterviewBot.Core.Views;

namespace InterviewBot.Cards.Tests;

/// <summary>
/// Representative Slack payloads compared with reviewed JSON in TestData/golden/blockkit (<see cref="GoldenFiles"/>).
/// </summary>
public class BlockKitGoldenTests
{
    private const string Folder = "blockkit";

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

        GoldenFiles.AssertMatches(Folder, name, GoldenFiles.Stable(Payloads[name](samples), samples));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Golden_payload_is_within_every_limit(string name)
    {
        var payload = GoldenFiles.Read(Folder, name).AsObject();

        BlockKitLimits.AssertWithin(payload, name);
    }

    private static JsonObject Message(CardView view) => BlockKitRenderer.RenderMessage(view, Samples.CardId);
}
