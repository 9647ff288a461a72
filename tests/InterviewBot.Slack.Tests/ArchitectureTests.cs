using System.Text.Json.Nodes;
using System.Xml.Linq;
using InterviewBot.Slack.Api;
using Microsoft.Extensions.Configuration;

namespace InterviewBot.Slack.Tests;

/// <summary>The Slack channel depends on the core and the card renderers only – never on another channel or a Slack library.</summary>
public sealed class ArchitectureTests
{
    [Fact]
    public void The_Slack_project_references_only_the_core_and_the_cards()
    {
        var project = XDocument.Load(Path.Combine(RepoRoot.Path, "src", "InterviewBot.Slack", "InterviewBot.Slack.csproj"));

        var projects = project.Descendants("ProjectReference").Select(p => Path.GetFileNameWithoutExtension(p.Attribute("Include")!.Value.Replace('\\', '/'))).Order();
        var packages = project.Descendants().Where(e => e.Name.LocalName is "PackageReference" or "PackageDownload" or "Reference").Select(e => e.Attribute("Include")!.Value);

        Assert.Equal(["InterviewBot.Cards", "InterviewBot.Core"], projects);
        Assert.DoesNotContain(packages, p => p.StartsWith("Microsoft.Bot", StringComparison.OrdinalIgnoreCase) || p.Contains("Slack", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_compiled_Slack_assembly_knows_nothing_of_Teams_or_Bot_Builder()
    {
        var referenced = typeof(SlackApi).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(referenced, r => r.StartsWith("Microsoft.Bot", StringComparison.Ordinal) || r == "InterviewBot.Teams" || r == "InterviewBot.Persistence");
    }

    [Fact]
    public void The_settings_sample_describes_every_Slack_setting_and_leaves_Slack_off()
    {
        var path = Path.Combine(RepoRoot.Path, "appsettings.sample.json");
        var slack = JsonNode.Parse(File.ReadAllText(path))!["Slack"]!.AsObject();

        foreach (var key in new[] { "SigningSecret", "BotToken", "AppToken", "ApiBaseUrl", "ClientId", "ClientSecret" })
        {
            Assert.True(slack.ContainsKey(key), $"The sample has no Slack:{key}.");
            Assert.False(string.IsNullOrWhiteSpace(slack["// " + key]?.GetValue<string>()), $"Slack:{key} has no description.");
        }
        var settings = SlackSettings.From(new ConfigurationBuilder().AddJsonFile(path).Build());
        settings.Validate();
        Assert.True(settings.IsOff);
        Assert.Equal(SlackSettings.DefaultApiBaseUrl, settings.ApiBaseUrl);
    }
}
