namespace InterviewBot.Core.Tests;

/// <summary>What people type is stored and shown without characters that hide or disguise text.</summary>
public class UserTextTests
{
    [Theory]
    [InlineData("Bob \u202Egpj.exe", "Bob gpj.exe")]
    [InlineData("Bob \u2067evil\u2069 \u202Aa\u202Bb\u202Cc\u202Dd", "Bob evil abcd")]
    [InlineData("NUL\u0000 BEL\u0007 ESC\u001B[2J DEL\u007F C1\u009B", "NUL BEL ESC[2J DEL C1")]
    [InlineData("two\nlines\r\nand\ttab", "two lines and tab")]
    [InlineData("line\u2028sep\u2029para\u0085next", "line sep para next")]
    [InlineData("Zoë O'Brien 📊 – دانا", "Zoë O'Brien 📊 – دانا")]
    public void A_single_line_field_keeps_only_what_shows_on_one_line(string typed, string stored) =>
        Assert.Equal(stored, UserText.SingleLine(typed));

    [Fact]
    public void Multi_line_text_keeps_newlines_and_tabs_only()
    {
        Assert.Equal("a\nb\nc\n\td", UserText.MultiLine("a\r\nb\rc\u2028\td\u0007\u202E\u0000"));
    }

    [Fact]
    public void The_bots_own_emphasis_marks_cannot_be_typed()
    {
        var typed = Markup.Bold("not from the bot");

        Assert.Equal("not from the bot", UserText.SingleLine(typed));
        Assert.Equal("not from the bot", UserText.MultiLine(typed));
    }

    [Fact]
    public void A_lone_half_of_an_emoji_becomes_a_replacement_character()
    {
        Assert.Equal("a\uFFFDb\uFFFD", UserText.SingleLine("a\uD83Db\uDE00"));
        Assert.Equal("😀", UserText.MultiLine("\uD83D\uDE00"));
    }
}
