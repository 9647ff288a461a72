using System.Web;
using InterviewBot.Core.Playbooks;

namespace InterviewBot.Core.Tests;

public class TemplateTextTests
{
    private const string SearchUrl = "https://github.com/search?q={candidate}&type=users";

    private static Dictionary<string, string?> Values(params (string Name, string? Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value);

    [Theory]
    [InlineData("Zoë Müller", "Zo%C3%AB%20M%C3%BCller")]
    [InlineData("Tom & Jerry", "Tom%20%26%20Jerry")]
    [InlineData("Dwayne \"The Rock\" Johnson", "Dwayne%20%22The%20Rock%22%20Johnson")]
    [InlineData("Seán O'Brien", "Se%C3%A1n%20O%27Brien")]
    [InlineData("a+b=c?d#e", "a%2Bb%3Dc%3Fd%23e")]
    public void Names_put_into_a_link_are_url_encoded(string name, string encoded)
    {
        var url = TemplateText.Fill(SearchUrl, Values(("candidate", name)), forUrl: true);

        Assert.Equal($"https://github.com/search?q={encoded}&type=users", url);
    }

    [Theory]
    [InlineData("Zoë Müller")]
    [InlineData("Tom & Jerry")]
    [InlineData("Dwayne \"The Rock\" Johnson")]
    [InlineData("x&type=orgs")]
    public void The_search_page_receives_exactly_the_name_and_the_rest_of_the_link_stays_intact(string name)
    {
        var url = TemplateText.Fill(SearchUrl, Values(("candidate", name)), forUrl: true);

        var query = HttpUtility.ParseQueryString(new Uri(url).Query);
        Assert.Equal(name, query["q"]);
        Assert.Equal("users", query["type"]);
    }

    [Fact]
    public void In_text_values_are_written_plainly()
    {
        var text = TemplateText.Fill("Hi {candidate}, thanks for the call about {role}.",
            Values(("candidate", "Zoë Müller"), ("role", "R&D \"lead\"")));

        Assert.Equal("Hi Zoë Müller, thanks for the call about R&D \"lead\".", text);
    }

    [Fact]
    public void Values_are_trimmed_in_text_and_links()
    {
        var values = Values(("candidate", "  Zoë  "));

        Assert.Equal("Hi Zoë!", TemplateText.Fill("Hi {candidate}!", values));
        Assert.Equal("https://x.test/?q=Zo%C3%AB", TemplateText.Fill("https://x.test/?q={candidate}", values, forUrl: true));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_missing_value_leaves_a_visible_hint_in_text(string? company)
    {
        var text = TemplateText.Fill("News about {company}", Values(("company", company)));

        Assert.Equal("News about [company]", text);
    }

    [Fact]
    public void A_placeholder_nobody_supplied_leaves_a_visible_hint_in_text() =>
        Assert.Equal("Hi [recruiter]", TemplateText.Fill("Hi {recruiter}", Values()));

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void A_missing_value_is_left_out_of_a_link(string? company)
    {
        var url = TemplateText.Fill("https://www.crunchbase.com/textsearch?q={company}", Values(("company", company)), forUrl: true);

        Assert.Equal("https://www.crunchbase.com/textsearch?q=", url);
    }

    [Fact]
    public void A_value_that_looks_like_a_placeholder_is_not_filled_again()
    {
        var text = TemplateText.Fill("Hi {candidate}", Values(("candidate", "{role}"), ("role", "Backend engineer")));

        Assert.Equal("Hi {role}", text);
    }

    [Fact]
    public void Text_without_placeholders_is_unchanged()
    {
        const string text = "Prices { like this } and [brackets] stay.";

        Assert.Equal(text, TemplateText.Fill(text, Values(("candidate", "Zoë"))));
    }
}
