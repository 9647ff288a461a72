namespace InterviewBot.Core.Tests;

public class CommandParserTests
{
    [Theory]
    [InlineData("help", CommandKind.Help)]
    [InlineData("Help!", CommandKind.Help)]
    [InlineData("HELP?!", CommandKind.Help)]
    [InlineData("?", CommandKind.Help)]
    [InlineData("What can you do?", CommandKind.Help)]
    [InlineData("  NEW   interview ", CommandKind.NewInterview)]
    [InlineData("/new interview", CommandKind.NewInterview)]
    [InlineData("New phone screen.", CommandKind.NewInterview)]
    [InlineData("/prep", CommandKind.Prep)]
    [InlineData("Prepare", CommandKind.Prep)]
    [InlineData("my interviews?", CommandKind.ListInterviews)]
    [InlineData("My   Interviews", CommandKind.ListInterviews)]
    [InlineData("/settings", CommandKind.Settings)]
    [InlineData("Never mind.", CommandKind.Cancel)]
    [InlineData("cancel", CommandKind.Cancel)]
    public void Commands_are_understood_whatever_the_case_spacing_slash_or_punctuation(string text, CommandKind kind)
    {
        var command = CommandParser.Parse(text);

        Assert.NotNull(command);
        Assert.Equal(kind, command.Kind);
    }

    [Theory]
    [InlineData("before", "before")]
    [InlineData("During!", "during")]
    [InlineData("/after", "after")]
    [InlineData("call card", "during")]
    [InlineData("Checklist", "")]
    public void Phase_commands_name_the_phase_to_show(string text, string phase) =>
        Assert.Equal(new Command(CommandKind.Phase, phase), CommandParser.Parse(text));

    [Theory]
    [InlineData("note: Ask about the 2019 GAP at ACME.", "Ask about the 2019 GAP at ACME.")]
    [InlineData("Note: Strong on Kafka", "Strong on Kafka")]
    [InlineData("NOTE Wants remote 3 days", "Wants remote 3 days")]
    [InlineData("/note:   Team of SIX   ", "Team of SIX")]
    [InlineData("note:no space", "no space")]
    public void A_note_keeps_its_text_as_typed(string text, string note) =>
        Assert.Equal(new Command(CommandKind.Note, note), CommandParser.Parse(text));

    [Theory]
    [InlineData("open 2", "2")]
    [InlineData("open #2", "2")]
    [InlineData("Open  #12!", "12")]
    [InlineData("/open 3", "3")]
    public void Open_takes_the_number_from_the_list(string text, string number) =>
        Assert.Equal(new Command(CommandKind.Open, number), CommandParser.Parse(text));

    [Theory]
    [InlineData("what's the weather")]
    [InlineData("helpme")]
    [InlineData("note")]
    [InlineData("notes are below")]
    [InlineData("new grad, two years at Acme")]
    [InlineData("After the call I felt good")]
    [InlineData("Tell me about the hardest bug -> depth of debugging")]
    public void Anything_else_is_not_a_command_so_it_can_be_an_answer(string text) =>
        Assert.Null(CommandParser.Parse(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\t")]
    public void Empty_input_is_not_a_command(string? text) =>
        Assert.Null(CommandParser.Parse(text));

    [Theory]
    [InlineData("  /My   Interviews?! ", "my interviews")]
    [InlineData("?", "?")]
    [InlineData("", "")]
    public void Normalize_lowers_case_and_drops_slash_spacing_and_trailing_punctuation(string text, string normalized) =>
        Assert.Equal(normalized, CommandParser.Normalize(text));
}
