using System.Text.Json.Nodes;
using InterviewBot.Core.Conversations;
using InterviewBot.Core.Domain;
using InterviewBot.Core.Engine;
using InterviewBot.Core.FollowUp;
using InterviewBot.TeamsPackage.Tests.Support;
using InterviewBot.Tools.TeamsPackage;

namespace InterviewBot.TeamsPackage.Tests;

/// <summary>
/// manifests/teams/manifest.json: valid against Microsoft's v1.29 schema once the app id is in, a bot
/// in personal and team scopes, and command lists whose every title is something the bot understands.
/// </summary>
public sealed class ManifestTests
{
    private static readonly Guid SampleAppId = Guid.Parse("2f3c1b1e-7a0d-4c5e-9a43-1f2e3d4c5b6a");

    private static string ManifestText => File.ReadAllText(Path.Combine(RepoRoot.Path, "manifests", "teams", "manifest.json"));

    private static JsonObject Filled(string? domain = null) => TeamsAppPackage.FillManifest(ManifestText, SampleAppId, domain);

    [Fact]
    public void With_the_app_id_filled_in_the_manifest_is_valid_against_the_Teams_1_29_schema()
    {
        var manifest = Filled();

        TeamsSchema.AssertValid(manifest);
        Assert.Equal("1.29", manifest["manifestVersion"]!.GetValue<string>());
    }

    [Fact]
    public void With_a_domain_the_manifest_names_it_and_stays_valid()
    {
        var manifest = Filled("interviewbot.contoso.com");

        TeamsSchema.AssertValid(manifest);
        Assert.Equal(["interviewbot.contoso.com"], manifest["validDomains"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.StartsWith("https://interviewbot.contoso.com/", manifest["developer"]!["privacyUrl"]!.GetValue<string>());
    }

    [Fact]
    public void The_schema_check_catches_a_bad_manifest()
    {
        var manifest = Filled();
        manifest["bots"]![0]!["scopes"] = new JsonArray("everywhere");

        Assert.NotEmpty(TeamsSchema.Errors(manifest));
    }

    [Fact]
    public void The_committed_manifest_leaves_only_the_bot_id_to_fill_in()
    {
        var raw = JsonNode.Parse(ManifestText)!;

        Assert.Equal(TeamsAppPackage.AppIdPlaceholder, raw["bots"]![0]!["botId"]!.GetValue<string>());
        Assert.True(Guid.TryParse(raw["id"]!.GetValue<string>(), out _), "the Teams app id is a fixed GUID");
        Assert.Equal(["/bots/0/botId"], TeamsSchema.Errors(raw).Select(e => e.Split(':')[0]).Distinct());
    }

    [Fact]
    public void The_bot_is_offered_in_personal_chat_and_in_teams_with_a_command_list_for_each()
    {
        var bot = Filled()["bots"]![0]!;

        Assert.Equal(["personal", "team"], bot["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal(["personal", "team"], bot["commandLists"]!.AsArray().SelectMany(l => l!["scopes"]!.AsArray().Select(s => s!.GetValue<string>())));
        Assert.Equal(SampleAppId.ToString(), bot["botId"]!.GetValue<string>());
    }

    [Fact]
    public void Every_personal_command_is_one_the_bot_understands()
    {
        foreach (var title in Titles("personal"))
            Assert.True(CommandParser.Parse(title) is not null, $"The personal command \"{title}\" is not a command the bot understands.");
    }

    [Fact]
    public void Every_team_command_is_one_the_bot_acts_on_in_a_channel()
    {
        var unknown = ChannelReply("what's up?");
        foreach (var title in Titles("team"))
        {
            var reply = ChannelReply(title);
            if (title == "help") Assert.Contains("use this channel", reply, StringComparison.Ordinal); // help lists the channel commands
            else Assert.True(reply != unknown, $"The team command \"{title}\" gets the bot's answer to anything it does not know.");
        }
    }

    [Fact]
    public void The_main_commands_are_all_in_the_personal_list()
    {
        var titles = Titles("personal");

        Assert.Contains("help", titles);
        Assert.Contains("new interview", titles);
        Assert.Contains("prep", titles);
        Assert.Contains("my interviews", titles);
        Assert.Contains("settings", titles);
    }

    private static List<string> Titles(string scope) =>
        Filled()["bots"]![0]!["commandLists"]!.AsArray()
            .Single(l => l!["scopes"]!.AsArray().Any(s => s!.GetValue<string>() == scope))!["commands"]!.AsArray()
            .Select(c => c!["title"]!.GetValue<string>())
            .ToList();

    /// <summary>What the bot says in a team channel to <paramref name="text"/>.</summary>
    private static string ChannelReply(string text)
    {
        var now = DateTime.UtcNow;
        var workspace = new Workspace(Platforms.Teams, "tenant-contoso", now);
        var person = new Person(workspace.Id, "29:user-riley", "Riley Recruiter", now);
        var message = new InboundMessage(new WorkspaceKey(Platforms.Teams, "tenant-contoso"), new ChatUser("29:user-riley", "Riley Recruiter"),
            "19:team-recruiting@thread.tacv2", ConversationKind.TeamChannel, text, null);
        var turn = new Turn(workspace, person, message, now);

        TeamChannelFlow.Handle(turn);

        return string.Join('\n', turn.Result().Replies.Select(r => r.Text));
    }
}
