using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace InterviewBot.Tools.TeamsPackage;

/// <summary>
/// The upload-ready Teams app package: manifests/teams/manifest.json with the bot's app id (and,
/// when given, the bot's public host name) filled in, plus the two icons, at the zip's root.
/// </summary>
internal static class TeamsAppPackage
{
    public const string AppIdPlaceholder = "{{MicrosoftAppId}}";

    /// <summary>The host name the committed manifest uses until <c>--domain</c> replaces it.</summary>
    public const string ExampleDomain = "interviewbot.example.com";

    public static readonly string[] Entries = ["manifest.json", "color.png", "outline.png"];

    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // keep "–" and "'" readable; this is a file, not HTML
    };

    /// <summary>The manifest with <paramref name="appId"/> as the bot id and, if given, <paramref name="domain"/> as its host.</summary>
    public static JsonObject FillManifest(string manifestJson, Guid appId, string? domain)
    {
        var manifest = JsonNode.Parse(manifestJson)?.AsObject() ?? throw new InvalidDataException("manifest.json is not a JSON object.");
        var bot = manifest["bots"]?[0]?.AsObject() ?? throw new InvalidDataException("manifest.json has no bot.");
        if (bot["botId"]?.GetValue<string>() != AppIdPlaceholder)
            throw new InvalidDataException($"manifest.json's bots[0].botId should be the placeholder {AppIdPlaceholder}.");
        bot["botId"] = appId.ToString("D");

        if (domain is not null)
        {
            var developer = manifest["developer"]!.AsObject();
            foreach (var key in new[] { "websiteUrl", "privacyUrl", "termsOfUseUrl" })
                developer[key] = developer[key]!.GetValue<string>().Replace(ExampleDomain, domain, StringComparison.Ordinal);
            manifest["validDomains"] = new JsonArray(domain);
        }
        return manifest;
    }

    /// <summary>Writes the zip to <paramref name="output"/>: the filled manifest and the icons from <paramref name="manifestFolder"/>.</summary>
    public static void Write(string manifestFolder, Guid appId, string? domain, Stream output)
    {
        var manifest = FillManifest(File.ReadAllText(Path.Combine(manifestFolder, "manifest.json")), appId, domain);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        Add(zip, "manifest.json", Encoding.UTF8.GetBytes(manifest.ToJsonString(Indented)));
        Add(zip, "color.png", File.ReadAllBytes(Path.Combine(manifestFolder, "color.png")));
        Add(zip, "outline.png", File.ReadAllBytes(Path.Combine(manifestFolder, "outline.png")));
    }

    /// <summary>A host name as Teams' validDomains takes it: no scheme, path or port.</summary>
    public static bool IsHostName(string domain) =>
        Uri.CheckHostName(domain) == UriHostNameType.Dns && domain.Contains('.', StringComparison.Ordinal);

    private static void Add(ZipArchive zip, string name, byte[] content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        using var stream = entry.Open();
        stream.Write(content);
    }
}
