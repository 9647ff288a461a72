using System.IO.Compression;
using System.Text.Json.Nodes;
using InterviewBot.TeamsPackage.Tests.Support;
using InterviewBot.Tools.TeamsPackage;

namespace InterviewBot.TeamsPackage.Tests;

/// <summary>
/// The command a team runs to get the upload-ready zip, and the icons in it: sizes, and the outline
/// white on transparent, as Teams requires.
/// </summary>
public sealed class PackageTests : IDisposable
{
    private const string AppId = "2f3c1b1e-7a0d-4c5e-9a43-1f2e3d4c5b6a";
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_command_writes_a_zip_with_the_manifest_and_both_icons_at_its_root()
    {
        var zipPath = Path.Combine(_folder.Path, "interviewbot-teams.zip");

        var (exitCode, output, _) = Run("--app-id", AppId, "--domain", "interviewbot.contoso.com", "--out", zipPath);

        Assert.Equal(0, exitCode);
        Assert.Contains(zipPath, output);
        using var zip = ZipFile.OpenRead(zipPath);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        var manifest = JsonNode.Parse(Read(zip, "manifest.json"))!;
        TeamsSchema.AssertValid(manifest);
        Assert.Equal(AppId, manifest["bots"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal("interviewbot.contoso.com", manifest["validDomains"]![0]!.GetValue<string>());
        Assert.Equal("color.png", manifest["icons"]!["color"]!.GetValue<string>());
        Assert.Equal("outline.png", manifest["icons"]!["outline"]!.GetValue<string>());
    }

    [Fact]
    public void The_icons_in_the_zip_are_192_and_32_pixels_square()
    {
        using var zip = ZipFile.OpenRead(WritePackage());

        var color = PngImage.Read(ReadBytes(zip, "color.png"));
        var outline = PngImage.Read(ReadBytes(zip, "outline.png"));

        Assert.Equal((192, 192), (color.Width, color.Height));
        Assert.Equal((32, 32), (outline.Width, outline.Height));
    }

    [Fact]
    public void The_colour_icon_is_opaque_and_shows_the_accent_colour_and_white()
    {
        using var zip = ZipFile.OpenRead(WritePackage());
        var color = PngImage.Read(ReadBytes(zip, "color.png"));

        Assert.All(color.Pixels(), p => Assert.Equal(255, p.A));
        Assert.Equal((0x5B, 0x5F, 0xC7, 255), Tuple(color[4, 4]));
        Assert.Contains(color.Pixels(), p => p is { R: 255, G: 255, B: 255 });
    }

    [Fact]
    public void The_outline_icon_is_white_on_transparent()
    {
        using var zip = ZipFile.OpenRead(WritePackage());
        var outline = PngImage.Read(ReadBytes(zip, "outline.png"));

        Assert.All(outline.Pixels().Where(p => p.A > 0), p => Assert.Equal((255, 255, 255), (p.R, p.G, p.B)));
        Assert.All(new[] { outline[0, 0], outline[31, 0], outline[0, 31], outline[31, 31] }, p => Assert.Equal(0, p.A));
        Assert.Contains(outline.Pixels(), p => p.A == 255);
        Assert.True(outline.Pixels().Count(p => p.A == 0) > 32 * 32 / 3, "most of the outline icon is transparent");
    }

    [Fact]
    public void The_committed_icons_are_the_ones_the_project_draws()
    {
        var folder = Path.Combine(RepoRoot.Path, "manifests", "teams");

        Assert.Equal(PngImage.Read(Icons.ColorPng()).Rgba, PngImage.Read(File.ReadAllBytes(Path.Combine(folder, "color.png"))).Rgba);
        Assert.Equal(PngImage.Read(Icons.OutlinePng()).Rgba, PngImage.Read(File.ReadAllBytes(Path.Combine(folder, "outline.png"))).Rgba);
    }

    [Theory]
    [InlineData("--app-id", "not-a-guid")]
    [InlineData("--domain", "interviewbot.contoso.com")]
    public void Without_a_valid_app_id_no_zip_is_written_and_the_message_says_what_to_pass(params string[] args)
    {
        var zipPath = Path.Combine(_folder.Path, "none.zip");

        var (exitCode, _, errors) = Run([.. args, "--out", zipPath]);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("--app-id must be the bot's Microsoft App ID", errors);
        Assert.False(File.Exists(zipPath));
    }

    [Fact]
    public void A_domain_with_a_scheme_is_refused_with_an_example()
    {
        var (exitCode, _, errors) = Run("--app-id", AppId, "--domain", "https://interviewbot.contoso.com/api/messages", "--out", Path.Combine(_folder.Path, "x.zip"));

        Assert.Equal(2, exitCode);
        Assert.Contains("--domain must be a host name such as interviewbot.contoso.com", errors);
    }

    private string WritePackage()
    {
        var zipPath = Path.Combine(_folder.Path, "package.zip");
        Assert.Equal(0, Run("--app-id", AppId, "--out", zipPath).ExitCode);
        return zipPath;
    }

    private static (int ExitCode, string Output, string Errors) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exitCode = Cli.Run(args, output, errors);
        return (exitCode, output.ToString(), errors.ToString());
    }

    private static string Read(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    private static byte[] ReadBytes(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static (int, int, int, int) Tuple((byte R, byte G, byte B, byte A) p) => (p.R, p.G, p.B, p.A);
}
