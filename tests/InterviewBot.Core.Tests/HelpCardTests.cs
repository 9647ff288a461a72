using InterviewBot.Core.FollowUp;

namespace InterviewBot.Core.Tests;

/// <summary>The help card's list of what a team channel understands is the team channel's own, so it cannot fall behind.</summary>
public class HelpCardTests
{
    private static readonly Person Someone = new(Guid.NewGuid(), "U1", "Sam", DateTime.UnixEpoch);

    private static Section TeamChannelSection() => HelpCards.Help(Someone).Sections.Single(s => s.Heading.StartsWith("In a team channel", StringComparison.Ordinal));

    [Theory]
    [InlineData("use this channel")]
    [InlineData("digest daily")]
    [InlineData("digest weekly")]
    [InlineData("digest off")]
    [InlineData("names on")]
    [InlineData("names off")]
    [InlineData("default zone", "Lisbon")]
    [InlineData("holiday add", "2027-01-07 UA Orthodox Christmas")]
    [InlineData("holiday remove", "2027-01-07 UA")]
    [InlineData("holidays", "UA")]
    [InlineData("calendar keywords", "phone screen, intro call")]
    public void The_help_card_names_each_switch_a_team_channel_understands(string command, string argument = "")
    {
        Assert.True(TeamChannelFlow.IsSwitch($"{command} {argument}".Trim()), $"a team channel no longer understands {command}");

        Assert.Contains(TeamChannelSection().Lines, line => Bolds(line).Any(b => b.StartsWith(command, StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_command_the_help_card_shows_for_team_channels_works_typed_as_shown()
    {
        var shown = TeamChannelSection().Lines.SelectMany(Bolds).ToList();

        Assert.NotEmpty(shown);
        Assert.All(shown, command => Assert.True(TeamChannelFlow.IsSwitch(command), $"\"{command}\" is on the help card but is not a switch"));
    }

    /// <summary>The bold parts of a line: the commands, as the card shows them.</summary>
    private static IEnumerable<string> Bolds(string line) =>
        line.Split(Markup.BoldStart).Skip(1).Select(part => part[..part.IndexOf(Markup.BoldEnd, StringComparison.Ordinal)]);
}
