using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace InterviewBot.DevTools.LocalChat;

/// <summary>
/// <c>GET /</c>: the chat page, and <c>GET /local/assets/…</c>: its own script and style plus the
/// renderers the build copied from npm (Adaptive Cards, Markdown). When those are missing (Node.js
/// was not there at build time) the page says so and how to fix it, instead of a chat without cards.
/// </summary>
internal static class PageEndpoints
{
    /// <summary>The files without which cards cannot be shown; the build copies them from node_modules.</summary>
    public static readonly string[] Renderers = ["vendor/adaptivecards.min.js", "vendor/markdown-it.umd.min.js"];

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static void MapPage(this IEndpointRouteBuilder endpoints, LocalChatOptions options)
    {
        // Program.cs maps a plain-text GET / too; in local mode the page comes first.
        endpoints.MapGet("/", (HttpContext http) => Page(http, options)).WithOrder(-1).ExcludeFromDescription();
        endpoints.MapGet("/local/assets/{**file}", (HttpContext http, string file) => Asset(http, options, file)).ExcludeFromDescription();
    }

    /// <summary>True when the renderers were restored by the build.</summary>
    public static bool HasRenderers(LocalChatOptions options) =>
        Renderers.All(r => File.Exists(Path.Combine(options.AssetsRoot, r)));

    private static IResult Page(HttpContext http, LocalChatOptions options)
    {
        NoCache(http);
        var page = Path.Combine(options.AssetsRoot, "index.html");
        if (!File.Exists(page) || !HasRenderers(options)) return Results.Content(MissingRenderersPage, "text/html; charset=utf-8");
        return Results.File(page, "text/html; charset=utf-8");
    }

    private static IResult Asset(HttpContext http, LocalChatOptions options, string file)
    {
        // The provider refuses paths that climb out of its root.
        using var provider = new PhysicalFileProvider(options.AssetsRoot);
        var info = provider.GetFileInfo(file);
        // "chat.js/" names a file as if it were a folder: the provider finds it, but it cannot be opened.
        if (!info.Exists || info.IsDirectory || info.PhysicalPath is null || !File.Exists(info.PhysicalPath)) return Results.NotFound();
        if (!ContentTypes.TryGetContentType(file, out var contentType)) contentType = "application/octet-stream";
        if (contentType.StartsWith("text/", StringComparison.Ordinal) || contentType.EndsWith("javascript", StringComparison.Ordinal))
            contentType += "; charset=utf-8";
        NoCache(http);
        return Results.File(info.PhysicalPath, contentType);
    }

    /// <summary>A page under development changes with each build; the browser should always ask again.</summary>
    private static void NoCache(HttpContext http) => http.Response.Headers.CacheControl = "no-cache";

    public const string MissingRenderersText =
        "The local chat page cannot show cards yet: its scripts come from npm and were not restored when the host was built.";

    private const string MissingRenderersPage = $$"""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>InterviewBot – local chat needs Node.js</title>
        <style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5}code{background:#f3f2f1;padding:0 .25rem}</style></head>
        <body>
        <h1>Almost there: install Node.js</h1>
        <p>{{MissingRenderersText}}</p>
        <ol>
          <li>Install <strong>Node.js 20 or newer</strong> (it brings <code>npm</code>).</li>
          <li>Build again: <code>dotnet build src/InterviewBot.Host</code> – the build runs <code>npm ci</code> in
              <code>src/InterviewBot.DevTools/LocalChat/web</code> and copies the card renderer next to this page.</li>
          <li>Start the bot again with <code>dotnet run --project src/InterviewBot.Host</code> and reload this page.</li>
        </ol>
        <p>The bot itself is running: <code>POST /api/messages</code> works, for example from the Bot Framework Emulator.</p>
        </body></html>
        """;
}
