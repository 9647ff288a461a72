namespace InterviewBot.Core.Tests;

/// <summary>The bot's own emphasis travels as marks around literal text; nothing else in a text is formatting.</summary>
public class MarkupTests
{
    [Fact]
    public void A_text_splits_into_runs_of_one_style()
    {
        var text = $"Type {Markup.Italic("help")} or {Markup.Bold("**prep**")} – 5 * 3";

        Assert.Equal(
            [
                new MarkupRun(MarkupStyle.Plain, "Type "), new MarkupRun(MarkupStyle.Italic, "help"), new MarkupRun(MarkupStyle.Plain, " or "),
                new MarkupRun(MarkupStyle.Bold, "**prep**"), new MarkupRun(MarkupStyle.Plain, " – 5 * 3"),
            ],
            Markup.Runs(text));
        Assert.Equal("Type help or **prep** – 5 * 3", Markup.Plain(text));
    }

    [Fact]
    public void A_text_cut_inside_a_bold_part_keeps_its_words_as_plain_text()
    {
        var cut = Markup.Bold("Backend engineer")[..8];

        Assert.Equal([new MarkupRun(MarkupStyle.Plain, "Backend")], Markup.Runs(cut));
    }

    [Fact]
    public void Emphasis_does_not_nest()
    {
        Assert.Equal([new MarkupRun(MarkupStyle.Bold, "a b")], Markup.Runs(Markup.Bold("a " + Markup.Italic("b"))));
    }
}
