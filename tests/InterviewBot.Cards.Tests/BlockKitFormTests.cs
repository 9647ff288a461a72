using System.Text.Json.Nodes;
using InterviewBot.Core.Engine;
using InterviewBot.Core.Views;
using static InterviewBot.Cards.Tests.BlockKitJson;

namespace InterviewBot.Cards.Tests;

/// <summary>What a person filling in a form in Slack sees, as a modal and as a message.</summary>
public class BlockKitFormTests
{
    private readonly Samples _samples = new();

    private static IEnumerable<JsonObject> BothWays(FormView form) =>
        [BlockKitRenderer.RenderModal(form, Samples.CardId), BlockKitRenderer.RenderMessage(form, Samples.CardId)];

    [Fact]
    public void Every_field_error_is_shown_right_under_its_input_in_a_modal_and_in_a_message()
    {
        var form = CardCatalog.EveryKindOfField();

        foreach (var payload in BothWays(form))
        {
            foreach (var field in form.Fields)
            {
                var next = Next(payload, Input(payload, field.Id));
                if (field.Error is null)
                {
                    Assert.True(next is null || (string?)next["type"] == "input", $"{field.Id} has no error, yet something follows it");
                    continue;
                }
                Assert.Equal("context", (string?)next!["type"]);
                Assert.Contains(field.Error, Text(next), StringComparison.Ordinal);
                Assert.StartsWith("⚠️", Text(next), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void The_form_wide_error_is_at_the_top_before_any_field()
    {
        var form = CardCatalog.EveryKindOfField();
        var modal = BlockKitRenderer.RenderModal(form, Samples.CardId);
        var message = BlockKitRenderer.RenderMessage(form, Samples.CardId);

        Assert.Equal("⚠️ *Please fix the fields marked below.*", Text(Blocks(modal)[0]));
        Assert.Equal("header", (string?)Blocks(message)[0]["type"]);
        Assert.Equal("⚠️ *Please fix the fields marked below.*", Text(Blocks(message)[1]));
    }

    [Fact]
    public void The_settings_form_sent_back_with_errors_shows_each_next_to_its_field()
    {
        var modal = BlockKitRenderer.RenderModal((FormView)_samples.SettingsWithErrors(), Samples.CardId);

        Assert.Equal("⚠️ The working day must end after it starts.", Text(Next(modal, Input(modal, "workdayEnd"))!));
        Assert.Equal("workdayEnd", (string?)Next(modal, Input(modal, "workdayStart"))!["block_id"]);
        // The times the person entered stay in the pickers, so only what is wrong needs fixing.
        Assert.Equal("18:00", (string?)Element(modal, "workdayStart")["initial_time"]);
        // A zone it does not know cannot be shown as picked: the picker stays empty, with the reason under it.
        Assert.Null(Element(modal, "timeZone")["initial_option"]);
        Assert.Contains("Mars/Olympus", Text(Next(modal, Input(modal, "timeZone"))!), StringComparison.Ordinal);
    }

    [Fact]
    public void Required_fields_are_not_optional_and_the_others_are()
    {
        var form = (FormView)_samples.CardFromTurn(_samples.Recruiter, InterviewForms.ShowNewInterview);

        foreach (var payload in BothWays(form))
        {
            Assert.All(form.Fields, f => Assert.Equal(!f.Required, (bool?)Input(payload, f.Id)["optional"]));
            Assert.False((bool?)Input(payload, "candidate")["optional"]);
            Assert.True((bool?)Input(payload, "candidateEmail")["optional"]);
            Assert.Equal("Candidate name", (string?)Input(payload, "candidate")["label"]!["text"]);
        }
    }

    [Fact]
    public void Each_kind_of_field_gets_the_slack_input_for_it_prefilled()
    {
        var modal = BlockKitRenderer.RenderModal((FormView)_samples.CardFromTurn(_samples.Recruiter, InterviewForms.ShowNewInterview), Samples.CardId);

        Assert.Equal("datepicker", (string?)Element(modal, "date")["type"]);
        Assert.Equal("timepicker", (string?)Element(modal, "time")["type"]);
        Assert.Equal("Berlin", (string?)Element(modal, "timeZone")["initial_option"]!["value"]);
        var length = Element(modal, "minutes");
        Assert.Equal("static_select", (string?)length["type"]);
        Assert.Equal("30", (string?)length["initial_option"]!["value"]);
        var about = Element(modal, "briefAbout");
        Assert.Equal("plain_text_input", (string?)about["type"]);
        Assert.True((bool?)about["multiline"]);
        Assert.Equal(120, (int?)Element(modal, "candidate")["max_length"]);
        Assert.Equal("e.g. Jordan Lee", (string?)Element(modal, "candidate")["placeholder"]!["text"]);
        Assert.All(OfType(modal, "input").Where(i => (string?)i["block_id"] != "timeZone"), i => Assert.Equal("v", (string?)i["element"]!["action_id"]));
        Assert.Equal(BlockKitRenderer.ZoneActionId, (string?)Element(modal, "timeZone")["action_id"]);
    }

    [Fact]
    public void Working_days_are_a_multi_select_and_reminders_are_checkboxes_with_the_chosen_ones_ticked()
    {
        var modal = BlockKitRenderer.RenderModal((FormView)_samples.CardFromTurn(_samples.Recruiter, SettingsFlow.Show), Samples.CardId);

        var days = Element(modal, "workingDays");
        Assert.Equal("multi_static_select", (string?)days["type"]);
        Assert.Equal(7, days["options"]!.AsArray().Count);
        Assert.Equal(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"], days["initial_options"]!.AsArray().Select(o => (string?)o!["value"]));
        var reminders = Element(modal, "reminders");
        Assert.Equal("checkboxes", (string?)reminders["type"]);
        Assert.NotEmpty(reminders["initial_options"]!.AsArray());
    }

    [Fact]
    public void Numbers_dates_and_times_Slack_cannot_hold_are_left_empty_and_the_error_says_what_was_wrong()
    {
        var modal = BlockKitRenderer.RenderModal(CardCatalog.EveryKindOfField(), Samples.CardId);

        Assert.Equal("45", (string?)Element(modal, "number2")["initial_value"]);
        Assert.False((bool?)Element(modal, "number2")["is_decimal_allowed"]);
        Assert.Null(Element(modal, "number")["initial_value"]);
        Assert.Null(Element(modal, "date")["initial_date"]);
        Assert.Null(Element(modal, "time")["initial_time"]);
        Assert.Contains("\"2026-02-30\" is not a date.", Text(Next(modal, Input(modal, "date"))!), StringComparison.Ordinal);
    }

    [Fact]
    public void A_modal_has_our_callback_id_the_submit_label_and_cancel_as_its_close_button()
    {
        var form = (FormView)_samples.CardFromTurn(_samples.Candidate, InterviewForms.ShowNewPrep);
        var modal = BlockKitRenderer.RenderModal(form, Samples.CardId);

        Assert.Equal("modal", (string?)modal["type"]);
        Assert.Equal("interviewbot", (string?)modal["callback_id"]);
        Assert.Equal("Start preparing", (string?)modal["submit"]!["text"]);
        Assert.Equal("Cancel", (string?)modal["close"]!["text"]);
        Assert.DoesNotContain(Blocks(modal), b => (string?)b["type"] == "actions");
    }

    [Fact]
    public void A_form_without_cancel_closes_with_Close_and_a_long_title_is_cut_but_shown_in_full_above()
    {
        var form = new FormView("Feedback for Jordan Lee is due today", null, [new FieldView("x", "X")], ActionButton.For("Send it now, please, right away", "s"));
        var modal = BlockKitRenderer.RenderModal(form, Samples.CardId);

        Assert.Equal("Close", (string?)modal["close"]!["text"]);
        var title = (string)modal["title"]!["text"]!;
        Assert.Equal(BlockKitRenderer.MaxModalTitle, title.Length);
        Assert.EndsWith("…", title, StringComparison.Ordinal);
        Assert.Equal(form.Title, Text(Blocks(modal)[0]));
        Assert.True(((string)modal["submit"]!["text"]!).Length <= 24);
        BlockKitLimits.AssertWithin(modal, "long title");
    }

    [Fact]
    public void A_form_posted_as_a_message_has_Submit_as_the_primary_button_and_Cancel_next_to_it()
    {
        var form = (FormView)_samples.CardFromTurn(_samples.Candidate, InterviewForms.ShowNewPrep);
        var message = BlockKitRenderer.RenderMessage(form, Samples.CardId);

        var buttons = Buttons(message);
        Assert.Equal(["Start preparing", "Cancel"], buttons.Select(Label));
        Assert.Equal("primary", (string?)buttons[0]["style"]);
        Assert.Null(buttons[1]["style"]);
        Assert.Equal(Verbs.Dismiss, BlockKitRenderer.ReadButton((string)buttons[1]["value"]!)!.Verb);
        Assert.Equal("actions", (string?)Blocks(message)[^1]["type"]);
    }

    [Fact]
    public void A_prefilled_text_longer_than_Slack_takes_is_cut_with_a_note_under_it()
    {
        var long5000 = string.Concat(Enumerable.Repeat("Notes that go on. ", 300));
        var form = new FormView("Notes", null, [new FieldView("notes", "Notes", FieldInputKind.MultilineText, long5000, MaxLength: 4000, Error: "Too long.")],
            ActionButton.For("Save", "s"));

        foreach (var payload in BothWays(form))
        {
            var element = Element(payload, "notes");
            Assert.Equal(3000, (int?)element["max_length"]);
            var shown = (string)element["initial_value"]!;
            Assert.InRange(shown.Length, 2900, 3000);
            Assert.EndsWith("…", shown, StringComparison.Ordinal);
            Assert.StartsWith(shown[..^1].TrimEnd(), long5000, StringComparison.Ordinal);
            var note = Next(payload, Input(payload, "notes"))!;
            Assert.Contains("too long", Text(note), StringComparison.Ordinal);
            Assert.Equal("⚠️ Too long.", Text(Next(payload, note)!));
            BlockKitLimits.AssertWithin(payload, "long value");
        }
    }

    [Fact]
    public void Many_checkboxes_become_a_multi_select_and_a_long_choice_keeps_its_rest_in_the_description()
    {
        var question = "What should the person in this role have achieved after the first three months, and how will you know?";
        var form = new FormView("Bank", null,
        [
            new FieldView("few", "Few", FieldInputKind.Checkboxes, "0", Choices: [new Choice(question, "0"), new Choice("Short one", "1")]),
            new FieldView("many", "Many", FieldInputKind.Checkboxes, "3,11", Choices: Enumerable.Range(0, 12).Select(i => new Choice($"Question {i}", $"{i}")).ToList()),
        ], ActionButton.For("Add", Verbs.AddFromBank));

        var modal = BlockKitRenderer.RenderModal(form, Samples.CardId);

        var few = Element(modal, "few");
        Assert.Equal("checkboxes", (string?)few["type"]);
        var option = few["options"]![0]!;
        var text = (string)option["text"]!["text"]!;
        Assert.InRange(text.Length, 1, 75);
        Assert.Equal(question, text + " " + (string?)option["description"]!["text"]);
        Assert.Equal("0", (string?)few["initial_options"]![0]!["value"]);
        var many = Element(modal, "many");
        Assert.Equal("multi_static_select", (string?)many["type"]);
        Assert.Equal(["3", "11"], many["initial_options"]!.AsArray().Select(o => (string?)o!["value"]));
        BlockKitLimits.AssertWithin(modal, "checkboxes");
    }

    [Fact]
    public void The_real_question_bank_renders_within_limits_with_every_question_readable()
    {
        var bank = Core.Coaching.QuestionBank.Default;
        var fields = bank.Topics.Select(t => new FieldView($"bank.{t.Id}", t.Title, FieldInputKind.Checkboxes,
            Choices: t.Questions.Select((q, i) => new Choice(q, $"{i}")).ToList())).ToList();
        var form = new FormView("Question bank", "Tick the questions you want to ask.", fields, ActionButton.For("Add to my questions", Verbs.AddFromBank, true));

        foreach (var payload in BothWays(form))
        {
            BlockKitLimits.AssertWithin(payload, "question bank");
            var shown = OfType(payload, "input").SelectMany(i => i["element"]!["options"]!.AsArray())
                .Select(o => ((string)o!["text"]!["text"]! + " " + (string?)o["description"]?["text"]).Trim()).ToList();
            Assert.Equal(bank.Topics.SelectMany(t => t.Questions), shown);
        }
    }
}
