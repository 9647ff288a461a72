using InterviewBot.Core.FollowUp;

namespace InterviewBot.Core.Tests;

/// <summary>Naming the hiring manager in chat: <c>hiring manager …</c> with a name and e-mail, or a Slack mention.</summary>
public class HiringManagerTextTests
{
    [Theory]
    [InlineData("hiring manager Sam Patel", "Sam Patel")]
    [InlineData("Hiring manager: Sam Patel sam@example.com", "Sam Patel sam@example.com")]
    [InlineData("/hiring manager <@U024BE7LH>", "<@U024BE7LH>")]
    public void The_command_keeps_what_follows_as_typed(string text, string argument)
    {
        var command = CommandParser.Parse(text);

        Assert.Equal(new Command(CommandKind.HiringManager, argument), command);
    }

    [Fact]
    public void A_message_that_only_mentions_hiring_managers_is_no_command() =>
        Assert.Null(CommandParser.Parse("hiring managers are busy this week"));

    [Theory]
    [InlineData("Sam Patel", "Sam Patel", null, null)]
    [InlineData("Sam Patel sam@example.com", "Sam Patel", "sam@example.com", null)]
    [InlineData("<mailto:sam@example.com|sam@example.com> Sam Patel", "Sam Patel", "sam@example.com", null)]
    [InlineData("<@U024BE7LH>", "", null, "U024BE7LH")]
    [InlineData("<@U024BE7LH|sam>", "sam", null, "U024BE7LH")]
    public void Who_is_meant_is_read_from_a_name_an_email_or_a_Slack_mention(string text, string name, string? email, string? userId)
    {
        var manager = HiringManagerText.Parse(text)!;

        Assert.Equal((name, email, userId), (manager.Name, manager.Email, manager.PlatformUserId));
    }

    [Fact]
    public void Nothing_but_an_email_names_nobody() => Assert.Null(HiringManagerText.Parse("sam@example.com"));
}
