using InterviewBot.Core.Views;

namespace InterviewBot.Cards.Tests;

/// <summary>
/// View texts as Teams markdown and Slack mrkdwn: what a person typed is escaped for each syntax;
/// only the bot's marks become emphasis. (How Microsoft's renderer then draws them: UserTextRenderingTests.)
/// </summary>
public class TextEscapingTests
{
    [Theory]
    [InlineData("[Verify](https://evil.example) ![x](y) **b** *i* _u_ ~~s~~ `c` <https://a.example>", "\\[Verify\\](https://evil.example) !\\[x\\](y) \\*\\*b\\*\\* \\*i\\* \\_u\\_ \\~\\~s\\~\\~ \\`c\\` \\<https://a.example>")]
    [InlineData("# heading\n> quote\n- item\n+ item\n2024. A year\n7) seven\n    indented\n===\n| a | b |\n:--|", "\\# heading\n\\> quote\n\\- item\n\\+ item\n2024\\. A year\n7\\) seven\nindented\n\\===\n\\| a | b |\n\\:--|")]
    [InlineData("R&D &amp; &#60; snake_case America/New_York \\", "R&D \\&amp; \\&#60; snake_case America/New_York \\\\")]
    [InlineData("Zoë O'Brien – 5 - 3 (2026)", "Zoë O'Brien – 5 - 3 (2026)")]
    public void Teams_markdown_shows_typed_text_as_typed(string typed, string markdown) =>
        Assert.Equal(markdown, AdaptiveCardRenderer.Markdown(typed));

    [Fact]
    public void Teams_markdown_turns_the_bots_marks_into_emphasis_around_the_words()
    {
        Assert.Equal("Type *help* or  **my \\[interviews\\]** now", AdaptiveCardRenderer.Markdown($"Type {Markup.Italic("help")} or {Markup.Bold(" my [interviews] ")}now"));
        Assert.Equal("Here:\n```\n{\"a\": \"**b**\"}\n```", AdaptiveCardRenderer.Markdown($"Here:{Markup.CodeBlock("{\"a\": \"**b**\"}")}"));
        Assert.Equal("````\n``` inside\n````", AdaptiveCardRenderer.Markdown(Markup.CodeBlock("``` inside")));
    }

    [Fact]
    public void Slack_mrkdwn_escapes_what_slack_reserves_and_turns_marks_into_its_emphasis()
    {
        Assert.Equal("&lt;!here&gt; &amp; &lt;https://evil.example|click&gt;", BlockKitRenderer.Mrkdwn("<!here> & <https://evil.example|click>"));
        Assert.Equal("Type _help_ or *my interviews* – 5 * 3", BlockKitRenderer.Mrkdwn($"Type {Markup.Italic("help")} or {Markup.Bold("my interviews")} – 5 * 3"));
        Assert.Equal("x\n```\n&lt;json&gt;\n```", BlockKitRenderer.Mrkdwn("x\n" + Markup.CodeBlock("<json>")));
        Assert.Equal("Type help", BlockKitRenderer.PlainText($"Type {Markup.Italic("help")}"));
    }
}
