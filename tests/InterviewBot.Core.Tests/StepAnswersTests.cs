using InterviewBot.Core.Playbooks;

namespace InterviewBot.Core.Tests;

public class StepAnswersTests
{
    private static readonly PlaybookStep OneField = PlaybookCatalog.Default.Recruiter.FindStep("salary-early")!;
    private static readonly PlaybookStep ThreeFields = PlaybookCatalog.Default.Candidate.FindStep("career-story")!;

    [Fact]
    public void A_one_field_answer_is_kept_as_plain_text_and_read_back()
    {
        var stored = StepAnswers.Write(OneField, new Dictionary<string, string> { ["text"] = "  shared 85–95k; candidate expects 90k \n" });

        Assert.Equal("shared 85–95k; candidate expects 90k", stored);
        Assert.Equal("shared 85–95k; candidate expects 90k", StepAnswers.Read(OneField, stored)["text"]);
    }

    [Fact]
    public void A_multi_field_answer_reads_back_field_by_field()
    {
        var answers = new Dictionary<string, string>
        {
            ["situation"] = "Checkout errors at \"Zoë's Shop\" cost sales",
            ["action"] = "Traced it to a retry bug;\nrewrote the client {twice}",
            ["result"] = " Failed payments fell from 4% to 0.5% ",
        };

        var read = StepAnswers.Read(ThreeFields, StepAnswers.Write(ThreeFields, answers));

        Assert.Equal(3, read.Count);
        Assert.Equal(answers["situation"], read["situation"]);
        Assert.Equal(answers["action"], read["action"]);
        Assert.Equal("Failed payments fell from 4% to 0.5%", read["result"]);
    }

    [Fact]
    public void Empty_fields_of_a_multi_field_answer_are_left_out()
    {
        var stored = StepAnswers.Write(ThreeFields, new Dictionary<string, string> { ["situation"] = "Slow builds", ["action"] = "  ", ["result"] = "" });

        var read = StepAnswers.Read(ThreeFields, stored);

        Assert.Equal("Slow builds", Assert.Single(read).Value);
        Assert.False(read.ContainsKey("action"));
    }

    [Fact]
    public void An_answer_with_nothing_in_it_is_not_kept()
    {
        Assert.Null(StepAnswers.Write(OneField, new Dictionary<string, string> { ["text"] = "   " }));
        Assert.Null(StepAnswers.Write(ThreeFields, new Dictionary<string, string> { ["situation"] = "", ["action"] = " " }));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Nothing_stored_reads_as_no_answers(string? stored)
    {
        Assert.Empty(StepAnswers.Read(OneField, stored));
        Assert.Empty(StepAnswers.Read(ThreeFields, stored));
    }

    [Fact]
    public void Plain_text_stored_for_a_multi_field_step_shows_in_its_first_field()
    {
        var read = StepAnswers.Read(ThreeFields, "An answer typed before the step had three boxes");

        Assert.Equal("An answer typed before the step had three boxes", read["situation"]);
    }
}
