using System.Text.RegularExpressions;

namespace InterviewBot.Core.Tests;

/// <summary>The invite code as a candidate types it, and as the bot keeps it (only a hash).</summary>
public sealed class InviteCodeTests
{
    [Fact]
    public void A_new_code_is_eight_crockford_characters_shown_in_two_halves()
    {
        var codes = Enumerable.Range(0, 50).Select(_ => InviteCode.NewCode()).ToList();

        Assert.All(codes, c => Assert.Matches(new Regex("^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$"), c));
        Assert.True(codes.Distinct().Count() > 45, "codes are random");
    }

    [Theory]
    [InlineData("K7Q4-MX2P", "K7Q4MX2P")]
    [InlineData("k7q4mx2p", "K7Q4MX2P")]
    [InlineData(" k7q4 mx2p ", "K7Q4MX2P")]
    [InlineData("`K7Q4-MX2P`", "K7Q4MX2P")]
    [InlineData("O1IL-o1il", "01110111")]
    public void A_typed_code_is_read_in_any_case_with_or_without_the_dash_and_with_look_alikes(string typed, string read) =>
        Assert.Equal(read, InviteCode.Read(typed));

    [Theory]
    [InlineData("")]
    [InlineData("K7Q4-MX2")]
    [InlineData("K7Q4-MX2PP")]
    [InlineData("K7Q4-MX2U")]
    [InlineData("K7Q4-MX2!")]
    public void Something_that_cannot_be_a_code_is_not_read_as_one(string typed) => Assert.Null(InviteCode.Read(typed));

    [Fact]
    public void Only_a_hash_is_kept_and_every_spelling_of_the_code_finds_it()
    {
        var code = InviteCode.NewCode();
        var hash = InviteCode.Hash(code);

        Assert.DoesNotContain(code.Replace("-", "", StringComparison.Ordinal), hash, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(hash, InviteCode.Hash(code.ToLowerInvariant().Replace("-", "", StringComparison.Ordinal)));
        Assert.NotEqual(hash, InviteCode.Hash(InviteCode.NewCode()));
    }
}
