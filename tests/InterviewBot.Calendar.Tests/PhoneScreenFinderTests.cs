using InterviewBot.Core.Calendar;

namespace InterviewBot.Calendar.Tests;

public sealed class PhoneScreenFinderTests
{
    [Theory]
    [InlineData("Phone screen - Jordan Lee", "Jordan Lee")]
    [InlineData("Phone screen – Anne-Marie Dubois", "Anne-Marie Dubois")]
    [InlineData("Phone interview: Priya Nair", "Priya Nair")]
    [InlineData("Screening call with Sam Okafor", "Sam Okafor")]
    [InlineData("Recruiter call", "Sam Okafor")]
    public void The_candidate_is_the_name_in_the_title_else_the_first_attendee_who_is_not_the_owner(string title, string expected)
    {
        var found = new FeedEvent("k", "u", title, DateTime.UtcNow, DateTime.UtcNow.AddMinutes(30), "UTC", false, ["Rita Recruiter", "Sam Okafor"]);

        Assert.True(PhoneScreenFinder.Default.IsPhoneScreen(found));
        Assert.Equal(expected, PhoneScreenFinder.Default.GuessCandidate(found, "Rita Recruiter"));
    }

    [Fact]
    public void A_title_without_a_keyword_is_no_phone_screen()
    {
        var found = new FeedEvent("k", "u", "Team lunch", DateTime.UtcNow, DateTime.UtcNow.AddMinutes(30), "UTC", false, []);

        Assert.False(PhoneScreenFinder.Default.IsPhoneScreen(found));
    }
}
