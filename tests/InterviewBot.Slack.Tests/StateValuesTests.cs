using System.Text.Json.Nodes;
using InterviewBot.Slack.Inbound;

namespace InterviewBot.Slack.Tests;

/// <summary>What a person entered in a modal or message reaches the engine in the forms it expects, whatever the element.</summary>
public sealed class StateValuesTests
{
    [Fact]
    public void Each_element_type_is_read_where_Slack_keeps_its_value()
    {
        var state = JsonNode.Parse("""
        {
          "candidate": { "v": { "type": "plain_text_input", "value": "Jordan Lee" } },
          "date":      { "v": { "type": "datepicker", "selected_date": "2026-12-02" } },
          "time":      { "v": { "type": "timepicker", "selected_time": "14:30" } },
          "minutes":   { "v": { "type": "static_select", "selected_option": { "text": { "type": "plain_text", "text": "45 minutes" }, "value": "45" } } },
          "days":      { "v": { "type": "multi_static_select", "selected_options": [ { "value": "Monday" }, { "value": "Tuesday" } ] } },
          "reminders": { "v": { "type": "checkboxes", "selected_options": [ { "value": "Prep" }, { "value": "Feedback" } ] } },
          "score":     { "v": { "type": "number_input", "value": "4" } },
          "nothing":   { "v": { "type": "checkboxes", "selected_options": [] } }
        }
        """);

        var values = SlackStateValues.Read(state);

        Assert.Equal("Jordan Lee", values["candidate"]);
        Assert.Equal("2026-12-02", values["date"]);
        Assert.Equal("14:30", values["time"]);
        Assert.Equal("45", values["minutes"]);
        Assert.Equal("Monday,Tuesday", values["days"]);
        Assert.Equal("Prep,Feedback", values["reminders"]);
        Assert.Equal("4", values["score"]);
        Assert.Equal("", values["nothing"]);
    }

    [Fact]
    public void An_empty_input_or_a_missing_state_gives_no_value()
    {
        var state = JsonNode.Parse("""{ "candidate": { "v": { "type": "plain_text_input", "value": null } }, "date": { "v": { "type": "datepicker", "selected_date": null } } }""");

        Assert.Empty(SlackStateValues.Read(state));
        Assert.Empty(SlackStateValues.Read(null));
    }
}
