using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewBot.Slack.Inbound;
using Json.Schema;

namespace InterviewBot.Slack.Tests;

/// <summary>The app manifest is what Slack accepts (schema 1.0.0) and matches what the code serves.</summary>
public sealed class ManifestTests
{
    private static readonly string ManifestPath = Path.Combine(RepoRoot.Path, "manifests", "slack", "manifest.yaml");

    [Fact]
    public void The_manifest_is_valid_against_Slacks_manifest_schema_1_0_0()
    {
        var options = new BuildOptions { Dialect = Dialect.Draft07, SchemaRegistry = new SchemaRegistry() };
        var schema = JsonSchema.FromFile(Path.Combine(RepoRoot.Path, "tests", "schemas", "slack-manifest", "manifest.schema.1.0.0.json"), options);

        var results = schema.Evaluate(JsonSerializer.SerializeToElement(Manifest()), new EvaluationOptions { OutputFormat = OutputFormat.List });

        var errors = (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
        Assert.True(results.IsValid, "manifest.yaml is not a valid Slack app manifest:\n" + string.Join("\n", errors));
    }

    [Fact]
    public void The_manifest_points_at_the_endpoints_and_events_the_bot_serves()
    {
        var manifest = Manifest();

        Assert.EndsWith(SlackEndpoints.CommandsPath, manifest["features"]!["slash_commands"]![0]!["url"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("/interview", manifest["features"]!["slash_commands"]![0]!["command"]!.GetValue<string>());
        Assert.EndsWith(SlackEndpoints.InteractionsPath, manifest["settings"]!["interactivity"]!["request_url"]!.GetValue<string>(), StringComparison.Ordinal);
        // The time zone menu's options (block_suggestion) are asked for at the Select Menus URL: the same endpoint.
        Assert.EndsWith(SlackEndpoints.InteractionsPath, manifest["settings"]!["interactivity"]!["message_menu_options_url"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.EndsWith(SlackEndpoints.EventsPath, manifest["settings"]!["event_subscriptions"]!["request_url"]!.GetValue<string>(), StringComparison.Ordinal);
        var events = manifest["settings"]!["event_subscriptions"]!["bot_events"]!.AsArray().Select(e => e!.GetValue<string>());
        Assert.Equal(["app_home_opened", "app_mention", "app_uninstalled", "message.im", "tokens_revoked", "user_change"], events.Order());
        var scopes = manifest["oauth_config"]!["scopes"]!["bot"]!.AsArray().Select(s => s!.GetValue<string>()).ToList();
        Assert.Superset(new HashSet<string> { "commands", "chat:write", "im:write", "im:history", "users:read", "app_mentions:read" }, scopes.ToHashSet());
        // conversations.info, to tell a team channel from a group DM before a workspace switch.
        Assert.Superset(new HashSet<string> { "channels:read", "groups:read" }, scopes.ToHashSet());
        Assert.True(manifest["features"]!["app_home"]!["home_tab_enabled"]!.GetValue<bool>());
        // The install link asks for exactly the manifest's scopes, and Slack sends the browser back to the redirect endpoint.
        Assert.Equal(Install.SlackScopes.Bot.Order(), scopes.Order());
        var redirects = manifest["oauth_config"]!["redirect_urls"]!.AsArray().Select(u => u!.GetValue<string>());
        Assert.Contains(redirects, u => u.EndsWith(SlackInstallEndpoints.RedirectPath, StringComparison.Ordinal));
        var shortcuts = manifest["features"]!["shortcuts"]!.AsArray().Select(s => (s!["type"]!.GetValue<string>(), s["callback_id"]!.GetValue<string>()));
        Assert.Equal([("global", SlackInbox.NewPhoneScreen), ("message", SlackInbox.CheckQuestion)], shortcuts.Order());
    }

    /// <summary>The YAML as JSON, with YAML's booleans and numbers kept as such.</summary>
    private static JsonObject Manifest() => (JsonObject)YamlJson.ParseFile(ManifestPath)!;
}
