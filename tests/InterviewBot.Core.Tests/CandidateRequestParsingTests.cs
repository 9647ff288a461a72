using InterviewBot.Core.Privacy;

namespace InterviewBot.Core.Tests;

/// <summary>How a privacy admin's request about a candidate is typed, and which candidates it is about.</summary>
public class CandidateRequestParsingTests
{
    [Theory]
    [InlineData("privacy export jordan.lee@mail.example", CommandKind.PrivacyExport, "jordan.lee@mail.example")]
    [InlineData("/Privacy  EXPORT   Jordan   Lee ", CommandKind.PrivacyExport, "Jordan   Lee")]
    [InlineData("privacy erase Jordan Lee", CommandKind.PrivacyErase, "Jordan Lee")]
    [InlineData("privacy erase", CommandKind.PrivacyHelp, "")]
    [InlineData("privacy", CommandKind.PrivacyHelp, "")]
    public void A_privacy_request_keeps_whom_it_is_about_as_typed(string text, CommandKind kind, string about) =>
        Assert.Equal(new Command(kind, about), CommandParser.Parse(text));

    [Theory]
    [InlineData("privacy policy?")]
    [InlineData("privacyexport jordan")]
    public void Other_sentences_starting_with_privacy_are_not_a_request(string text) => Assert.Null(CommandParser.Parse(text));

    [Theory]
    [InlineData("jordan.lee@mail.example", "Someone Else", "Jordan.Lee@Mail.Example")]
    [InlineData("<mailto:jordan.lee@mail.example|jordan.lee@mail.example>", "Someone Else", "jordan.lee@mail.example")]
    [InlineData("jordan   LEE", "Jordan Lee", null)]
    [InlineData(" Jordan Lee ", "  jordan\tlee", "other@mail.example")]
    [InlineData("Zoë Jones", "Zoe\u0308 Jones", null)]
    public void A_candidate_matches_by_e_mail_ignoring_case_or_by_name_ignoring_case_and_spacing(string typed, string name, string? email) =>
        Assert.True(CandidateQuery.Parse(typed)!.Matches(name, email));

    [Theory]
    [InlineData("jordan.lee@mail.example", "Jordan Lee", "jordan.lee@mail.example.org")]
    [InlineData("Jordan", "Jordan Lee", null)]
    [InlineData("Jordan Lee", "Jordan Leeds", "jordan.lee@mail.example")]
    public void A_part_of_a_name_or_address_is_not_a_match(string typed, string name, string? email) =>
        Assert.False(CandidateQuery.Parse(typed)!.Matches(name, email));

    [Fact]
    public void Privacy_admins_are_the_listed_platform_user_ids_exactly()
    {
        var admins = new PrivacyAdmins(["29:abc", " U0ADMIN , U0OTHER", null, ""]);

        Assert.Equal(3, admins.Count);
        Assert.True(admins.Includes("29:abc"));
        Assert.True(admins.Includes("U0OTHER"));
        Assert.False(admins.Includes("29:ABC"));
        Assert.False(PrivacyAdmins.None.Includes(""));
    }
}
