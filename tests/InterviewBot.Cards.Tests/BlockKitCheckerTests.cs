using System.Text.Json.Nodes;

namespace InterviewBot.Cards.Tests;

/// <summary>
/// The limits checker is the only contract there is for Block Kit, so it must itself be checked:
/// a valid payload passes, and each thing Slack would reject is caught.
/// </summary>
public class BlockKitCheckerTests
{
    private static JsonObject Message() => BlockKitRenderer.RenderMessage(CardCatalog.Get("checklist/recruiter/during/worked/brief"), Samples.CardId);

    private static JsonObject Modal() => BlockKitRenderer.RenderModal(CardCatalog.EveryKindOfField(), Samples.CardId);

    private static JsonObject First(JsonObject payload, string type) => BlockKitJson.OfType(payload, type)[0];

    private static JsonObject FirstElement(JsonObject payload, string elementType) =>
        BlockKitJson.OfType(payload, "input").Select(i => i["element"]!.AsObject()).First(e => (string?)e["type"] == elementType);

    private static readonly Dictionary<string, Func<JsonObject>> Broken = new()
    {
        ["51 blocks"] = () => With(Message(), m => { while (m["blocks"]!.AsArray().Count <= 50) m["blocks"]!.AsArray().Add(new JsonObject { ["type"] = "divider" }); }),
        ["101 modal blocks"] = () => With(Modal(), m => { while (m["blocks"]!.AsArray().Count <= 100) m["blocks"]!.AsArray().Add(new JsonObject { ["type"] = "divider" }); }),
        ["an image block"] = () => With(Message(), m => m["blocks"]!.AsArray().Add(new JsonObject { ["type"] = "image", ["image_url"] = "https://x/y.png", ["alt_text"] = "x" })),
        ["section text over 3000"] = () => With(Message(), m => First(m, "section")["text"]!["text"] = new string('x', 3001)),
        ["empty section text"] = () => With(Message(), m => First(m, "section")["text"]!["text"] = ""),
        ["header over 150"] = () => With(Message(), m => First(m, "header")["text"]!["text"] = new string('h', 151)),
        ["mrkdwn header"] = () => With(Message(), m => First(m, "header")["text"]!["type"] = "mrkdwn"),
        ["unescaped <"] = () => With(Message(), m => First(m, "section")["text"]!["text"] = "<@U123> hi"),
        ["unescaped &"] = () => With(Message(), m => First(m, "section")["text"]!["text"] = "a & b"),
        ["button text over 75"] = () => With(Message(), m => BlockKitJson.Buttons(m)[0]["text"]!["text"] = new string('b', 76)),
        ["button value over 2000"] = () => With(Message(), m => BlockKitJson.Buttons(m)[0]["value"] = new string('v', 2001)),
        ["url over 3000"] = () => With(Message(), m => BlockKitJson.Buttons(m)[0]["url"] = "https://x.example/" + new string('u', 3000)),
        ["url that is no url"] = () => With(Message(), m => BlockKitJson.Buttons(m)[0]["url"] = "not a url"),
        ["button style positive"] = () => With(Message(), m => BlockKitJson.Buttons(m)[0]["style"] = "positive"),
        ["action_id used twice"] = () => With(Message(), m => BlockKitJson.Buttons(m)[1]["action_id"] = (string?)BlockKitJson.Buttons(m)[0]["action_id"]),
        ["action_id over 255"] = () => With(Message(), m => BlockKitJson.Buttons(m)[0]["action_id"] = new string('a', 256)),
        ["block_id used twice"] = () => With(Message(), m => BlockKitJson.OfType(m, "input")[1]["block_id"] = (string?)BlockKitJson.OfType(m, "input")[0]["block_id"]),
        ["block_id over 255"] = () => With(Message(), m => First(m, "input")["block_id"] = new string('b', 256)),
        ["26 buttons in one block"] = () => With(Message(), m => { var e = First(m, "actions")["elements"]!.AsArray(); for (var i = 0; e.Count <= 25; i++) e.Add(BlockKitJson.Buttons(m)[0].DeepClone().AsObject().Also(b => b["action_id"] = $"x{i}")); }),
        ["11 fields"] = () => With(Message(), m => { var f = m["blocks"]!.AsArray().First(b => b!["fields"] is not null)!["fields"]!.AsArray(); while (f.Count <= 10) f.Add(f[0]!.DeepClone()); }),
        ["field over 2000"] = () => With(Message(), m => m["blocks"]!.AsArray().First(b => b!["fields"] is not null)!["fields"]![0]!["text"] = new string('f', 2001)),
        ["11 context elements"] = () => With(Message(), m => { var e = First(m, "context")["elements"]!.AsArray(); while (e.Count <= 10) e.Add(e[0]!.DeepClone()); }),
        ["input without label"] = () => With(Message(), m => First(m, "input").Remove("label")),
        ["input without block_id"] = () => With(Message(), m => First(m, "input").Remove("block_id")),
        ["label over 2000"] = () => With(Message(), m => First(m, "input")["label"]!["text"] = new string('l', 2001)),
        ["initial value over max_length"] = () => With(Modal(), m => FirstElement(m, "plain_text_input")["initial_value"] = new string('i', 121)),
        ["max_length over 3000"] = () => With(Modal(), m => FirstElement(m, "plain_text_input")["max_length"] = 3001),
        ["placeholder over 150"] = () => With(Modal(), m => FirstElement(m, "plain_text_input")["placeholder"]!["text"] = new string('p', 151)),
        ["impossible date"] = () => With(Modal(), m => FirstElement(m, "datepicker")["initial_date"] = "2026-02-30"),
        ["impossible time"] = () => With(Modal(), m => FirstElement(m, "timepicker")["initial_time"] = "25:00"),
        ["decimal in a whole-number input"] = () => With(Modal(), m => FirstElement(m, "number_input")["initial_value"] = "4.5"),
        ["number input without is_decimal_allowed"] = () => With(Modal(), m => FirstElement(m, "number_input").Remove("is_decimal_allowed")),
        ["initial option not an option"] = () => With(Modal(), m => FirstElement(m, "static_select")["initial_option"]!["value"] = "45"),
        ["initial options not options"] = () => With(Modal(), m => FirstElement(m, "multi_static_select")["initial_options"]![0]!["text"]!["text"] = "Sunday"),
        ["option text over 75"] = () => With(Modal(), m => FirstElement(m, "static_select")["options"]![0]!["text"]!["text"] = new string('o', 76)),
        ["option value over 150"] = () => With(Modal(), m => FirstElement(m, "static_select")["options"]![1]!["value"] = new string('o', 151)),
        ["11 checkboxes"] = () => With(Modal(), m =>
        {
            var e = FirstElement(m, "multi_static_select");
            e["type"] = "checkboxes";
            for (var i = 0; e["options"]!.AsArray().Count <= 10; i++) e["options"]!.AsArray().Add(new JsonObject { ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = $"c{i}" }, ["value"] = $"c{i}" });
        }),
        ["unknown element"] = () => With(Modal(), m => FirstElement(m, "datepicker")["type"] = "datetimepicker"),
        ["unexpected property"] = () => With(Message(), m => First(m, "section")["accessory"] = new JsonObject { ["type"] = "image" }),
        ["modal title over 24"] = () => With(Modal(), m => m["title"]!["text"] = new string('t', 25)),
        ["modal without submit"] = () => With(Modal(), m => m.Remove("submit")),
        ["private_metadata over 3000"] = () => With(Modal(), m => m["private_metadata"] = new string('m', 3001)),
        ["message without text"] = () => With(Message(), m => m.Remove("text")),
        ["half an emoji"] = () => With(Message(), m => First(m, "header")["text"]!["text"] = "Hi \uD83D"),
    };

    public static IEnumerable<object[]> BrokenNames => Broken.Keys.Select(k => new object[] { k });

    [Fact]
    public void Rendered_payloads_pass()
    {
        Assert.Empty(BlockKitLimits.Check(Message()));
        Assert.Empty(BlockKitLimits.Check(Modal()));
    }

    [Theory]
    [MemberData(nameof(BrokenNames))]
    public void What_Slack_would_reject_is_caught(string name)
    {
        Assert.NotEmpty(BlockKitLimits.Check(Broken[name]()));
    }

    private static JsonObject With(JsonObject payload, Action<JsonObject> breakIt)
    {
        breakIt(payload);
        return payload;
    }
}

internal static class JsonObjectExtensions
{
    public static JsonObject Also(this JsonObject obj, Action<JsonObject> change)
    {
        change(obj);
        return obj;
    }
}
