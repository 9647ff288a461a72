using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace InterviewBot.Host.Tests;

/// <summary>
/// What an operator builds and runs: the host's container settings (read with <c>dotnet msbuild -getProperty</c>,
/// since the base image cannot be pulled here) and the compose files in <c>deploy/</c>, valid against the
/// Compose Specification's schema and in step with the image – its name, port, user and data folder.
/// </summary>
public sealed class DeploymentTests
{
    private static readonly string Deploy = Path.Combine(RepoRoot.Path, "deploy");
    private static readonly Lazy<Task<JsonObject>> Container = new(ReadContainerSettingsAsync);

    /// <summary>
    /// The schema names draft-07 as <c>https://json-schema.org/draft-07/schema</c>, an alias JsonSchema.Net does not
    /// know; it is read as the draft-07 schema it is, by its canonical id.
    /// </summary>
    private static readonly Lazy<JsonSchema> ComposeSchema = new(() =>
    {
        var text = JsonNode.Parse(File.ReadAllText(RepoRoot.Schema("compose-spec.json")))!.AsObject();
        text["$schema"] = "http://json-schema.org/draft-07/schema#";
        return JsonSchema.FromText(text.ToJsonString(), new BuildOptions { Dialect = Dialect.Draft07, SchemaRegistry = new SchemaRegistry() });
    });

    [Fact]
    public async Task The_image_runs_as_a_non_root_user_on_one_port_with_the_database_in_the_users_home()
    {
        var container = await Container.Value;
        var properties = container["Properties"]!;

        Assert.Equal("interviewbot", properties["ContainerRepository"]!.GetValue<string>());
        Assert.Equal("app", properties["ContainerUser"]!.GetValue<string>());
        Assert.Equal("8080", Assert.Single(Items(container, "ContainerPort"))["Identity"]!.GetValue<string>());
        var environment = Items(container, "ContainerEnvironmentVariable").ToDictionary(e => e["Identity"]!.GetValue<string>(), e => e["Value"]!.GetValue<string>());
        Assert.Equal("http://+:8080", environment["ASPNETCORE_URLS"]);
        Assert.StartsWith("Data Source=" + DataVolume(container) + "/", environment["ConnectionStrings__InterviewBot"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("compose.yaml")]
    [InlineData("compose.sqlite.yaml")]
    public void Each_compose_file_is_valid_against_the_Compose_Specification(string file)
    {
        var compose = YamlJson.ParseFile(Path.Combine(Deploy, file))!;
        var schema = ComposeSchema.Value;

        var errors = SchemaErrors.Of(schema, compose);

        Assert.True(errors.Count == 0, $"{file} breaks the Compose Specification:\n" + string.Join('\n', errors.Take(30)));
    }

    [Fact]
    public async Task The_cluster_file_runs_two_hosts_of_the_image_on_PostgreSQL_behind_one_port_with_health_checks()
    {
        var container = await Container.Value;
        var services = YamlJson.ParseFile(Path.Combine(Deploy, "compose.yaml"))!["services"]!.AsObject();
        var hosts = services.Where(s => s.Value!["image"]?.GetValue<string>() == "interviewbot:latest").Select(s => s.Value!).ToList();

        Assert.Equal(2, hosts.Count);
        Assert.All(hosts, host =>
        {
            Assert.Equal("Postgres", host["environment"]!["Database__Provider"]!.GetValue<string>());
            Assert.Contains("Host=db;", host["environment"]!["ConnectionStrings__InterviewBot"]!.GetValue<string>(), StringComparison.Ordinal);
            AssertHealthCheckCallsHealthz(host, container);
            Assert.Null(host["ports"]); // only the proxy is published
        });
        var published = services.Where(s => s.Value!["ports"] is not null).ToList();
        Assert.Equal("proxy", Assert.Single(published).Key);
        var nginx = File.ReadAllText(Path.Combine(Deploy, "nginx.conf"));
        foreach (var (name, _) in services.Where(s => hosts.Contains(s.Value!))) Assert.Contains($"server {name}:8080", nginx, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_SQLite_file_keeps_the_users_home_with_the_database_on_a_volume()
    {
        var container = await Container.Value;
        var host = Assert.Single(YamlJson.ParseFile(Path.Combine(Deploy, "compose.sqlite.yaml"))!["services"]!.AsObject()).Value!;

        Assert.Equal("interviewbot:latest", host["image"]!.GetValue<string>());
        Assert.Contains(host["volumes"]!.AsArray(), v => v!.GetValue<string>().EndsWith(":" + DataVolume(container), StringComparison.Ordinal));
        Assert.EndsWith(":8080", Assert.Single(host["ports"]!.AsArray())!.GetValue<string>(), StringComparison.Ordinal);
        AssertHealthCheckCallsHealthz(host, container);
    }

    private static void AssertHealthCheckCallsHealthz(JsonNode host, JsonObject container)
    {
        var test = string.Join(' ', host["healthcheck"]!["test"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Contains("GET /healthz", test, StringComparison.Ordinal);
        Assert.Contains("/dev/tcp/127.0.0.1/" + Assert.Single(Items(container, "ContainerPort"))["Identity"]!.GetValue<string>(), test, StringComparison.Ordinal);
    }

    private static string DataVolume(JsonObject container) =>
        Items(container, "ContainerLabel").Single(l => l["Identity"]!.GetValue<string>() == "io.interviewbot.data-volume")["Value"]!.GetValue<string>();

    private static IEnumerable<JsonNode> Items(JsonObject container, string name) => container["Items"]![name]!.AsArray().Select(i => i!);

    /// <summary>The container settings as MSBuild evaluates them for a publish (what /t:PublishContainer would use).</summary>
    private static async Task<JsonObject> ReadContainerSettingsAsync()
    {
        var start = new ProcessStartInfo("dotnet",
            ["msbuild", Path.Combine(RepoRoot.Path, "src", "InterviewBot.Host", "InterviewBot.Host.csproj"), "-nologo",
                "-getProperty:ContainerRepository", "-getProperty:ContainerUser", "-getItem:ContainerPort", "-getItem:ContainerEnvironmentVariable",
                "-getItem:ContainerLabel"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, "dotnet msbuild -getProperty failed:\n" + output + await process.StandardError.ReadToEndAsync());
        return JsonNode.Parse(output, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true })!.AsObject();
    }
}
