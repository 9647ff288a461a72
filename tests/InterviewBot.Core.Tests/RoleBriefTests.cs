namespace InterviewBot.Core.Tests;

public class RoleBriefTests
{
    private static readonly DateTime Now = Samples.Now;
    private readonly RoleBrief _brief = new(Samples.Workspace.Id, "  Backend engineer ", Now);

    [Theory]
    [InlineData("Backend engineer")]
    [InlineData("backend engineer")]
    [InlineData("  BACKEND   Engineer  ")]
    public void The_same_role_typed_differently_finds_the_same_brief(string typed) =>
        Assert.Equal(RoleBrief.KeyOf("Backend engineer"), RoleBrief.KeyOf(typed));

    [Theory]
    [InlineData("Frontend engineer")]
    [InlineData("Backend engineers")]
    [InlineData("Backendengineer")]
    public void A_different_role_has_a_different_brief(string other) =>
        Assert.NotEqual(RoleBrief.KeyOf("Backend engineer"), RoleBrief.KeyOf(other));

    // BUG (RoleBrief.KeyOf, Domain/RoleBrief.cs:48): only ' ' is treated as spacing, so a tab or a
    // non-breaking space (common when a job title is pasted from a web page) gives a different key
    // and the recruiter silently gets an empty brief for a role they already described.
    // Fix: split on all white space, Split((char[]?)null, RemoveEmptyEntries), as
    // CommandParser.Normalize and HelpCards.Shorten already do.
    [Theory]
    [InlineData("Backend\u00A0engineer")]
    [InlineData("Backend\tengineer")]
    public void Spacing_pasted_from_a_web_page_finds_the_same_brief(string typed) =>
        Assert.Equal(RoleBrief.KeyOf("Backend engineer"), RoleBrief.KeyOf(typed));

    [Fact]
    public void A_brief_keeps_the_role_as_typed_and_its_key()
    {
        Assert.Equal("Backend engineer", _brief.RoleTitle);
        Assert.Equal(RoleBrief.KeyOf("backend engineer"), _brief.RoleKey);
        Assert.Empty(_brief.Fields);
    }

    [Fact]
    public void Set_keeps_the_trimmed_text_and_replaces_an_earlier_one()
    {
        _brief.Set("salary", "  80k ", Now);
        _brief.Set("salary", " 85,000–95,000 EUR ", Now.AddHours(1));

        Assert.Equal("85,000–95,000 EUR", _brief["salary"]);
        Assert.Single(_brief.Fields);
        Assert.Equal(Now.AddHours(1), _brief.UpdatedUtc);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Setting_a_part_to_nothing_removes_it(string? value)
    {
        _brief.Set("salary", "85k", Now);
        _brief.Set("remote", "Two office days", Now);

        _brief.Set("salary", value, Now);

        Assert.Null(_brief["salary"]);
        Assert.Equal(["remote"], _brief.Fields.Keys);
    }

    [Fact]
    public void A_part_that_was_never_filled_reads_as_nothing() => Assert.Null(_brief["plans"]);

    [Fact]
    public void A_part_may_be_up_to_the_limit_but_not_longer()
    {
        _brief.Set("reality", new string('r', RoleBrief.MaxFieldLength), Now);

        var error = Assert.Throws<DomainException>(() => _brief.Set("reality", new string('x', RoleBrief.MaxFieldLength + 1), Now));

        Assert.Contains("2000", error.Message, StringComparison.Ordinal);
        Assert.Equal(new string('r', RoleBrief.MaxFieldLength), _brief["reality"]);
    }
}
