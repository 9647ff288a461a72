using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace InterviewBot.Cards.Tests;

/// <summary>
/// Microsoft's Adaptive Cards renderer and markdown-it, set up by the local chat page's own
/// <c>markdown.js</c>, run by Node.js in jsdom (<c>Rendering/render.js</c>): what a person reading
/// the card in the page would see. Needs Node.js, the page's npm packages (restored by the DevTools project's
/// build) and jsdom (restored by this project's build).
/// </summary>
internal static class PageRenderer
{
    private static readonly string Harness = Path.Combine(RepoPaths.Root, "tests", "InterviewBot.Cards.Tests", "Rendering");
    private static readonly string PageScripts = Path.Combine(RepoPaths.Root, "src", "InterviewBot.DevTools", "LocalChat", "web");

    private static readonly Lazy<string?> Missing = new(FindMissing);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static bool IsAvailable => Missing.Value is null;

    /// <summary>Under CI the rendering tests must run: anything missing fails them instead of skipping them.</summary>
    public static bool IsRequired => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string MissingReason => $"{Missing.Value} Under CI=true this test fails instead of skipping.";

    /// <summary>Renders each item (a card or a chat text) and reports what a reader meets.</summary>
    public static IReadOnlyList<Rendered> Render(IReadOnlyList<(string Name, JsonObject? Card, string? Text)> items)
    {
        Assert.True(IsAvailable, MissingReason);
        var input = Path.Combine(Path.GetTempPath(), $"interviewbot-cards-{Guid.NewGuid():N}.json");
        try
        {
            var array = new JsonArray(items.Select(i => (JsonNode)new JsonObject
            {
                ["name"] = i.Name,
                [i.Card is null ? "text" : "card"] = i.Card is null ? i.Text : i.Card.DeepClone(),
            }).ToArray());
            File.WriteAllText(input, array.ToJsonString());
            var (exit, output, error) = Run("node", Harness, Path.Combine(Harness, "render.js"), input, PageScripts);
            Assert.True(exit == 0, $"render.js failed ({exit}): {error}");
            return JsonSerializer.Deserialize<List<Rendered>>(output, Json)!;
        }
        finally
        {
            File.Delete(input);
        }
    }

    private static string? FindMissing()
    {
        try
        {
            if (Run("node", Harness, "--version").Exit != 0) return "Node.js does not run.";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "Node.js is not installed (node is not on PATH).";
        }
        if (!Directory.Exists(Path.Combine(Harness, "node_modules", "jsdom")))
            return $"jsdom is not restored in {Harness}: build this test project with Node.js and npm installed (it runs npm ci there).";
        if (!File.Exists(Path.Combine(PageScripts, "node_modules", "adaptivecards", "dist", "adaptivecards.min.js")))
            return $"The local chat page's scripts are not restored in {PageScripts}: build src/InterviewBot.DevTools (or the host) with Node.js installed.";
        return null;
    }

    private static (int Exit, string Output, string Error) Run(string file, string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', arguments)} did not finish in 60 s.");
        }
        return (process.ExitCode, output.Result, error.Result);
    }
}

/// <summary>What a reader meets in one rendered card or text.</summary>
internal sealed record Rendered(string Name, string Text, IReadOnlyList<RenderedLink> Links, IReadOnlyList<RenderedElement> Formatted);

internal sealed record RenderedLink(string Text, string? Href);

internal sealed record RenderedElement(string Tag, string Text);

/// <summary>A fact that needs Node.js and the page's scripts: skipped with the reason when they are missing, except under CI=true.</summary>
public sealed class PageRendererFactAttribute : FactAttribute
{
    public PageRendererFactAttribute()
    {
        if (!PageRenderer.IsAvailable && !PageRenderer.IsRequired) Skip = PageRenderer.MissingReason;
    }
}
