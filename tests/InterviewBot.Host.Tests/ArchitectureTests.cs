using System.Reflection;
using System.Xml.Linq;

namespace InterviewBot.Host.Tests;

/// <summary>
/// The dependency graph is the architecture: the core stays channel-neutral and Bot Builder stays
/// inside the Teams channel. Checked both in the project files and in the compiled assemblies.
/// </summary>
public sealed class ArchitectureTests
{
    private static readonly string[] ForbiddenInCore =
        ["Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", "Microsoft.Bot", "Quartz", "Slack", "Microsoft.Data.Sqlite", "Npgsql"];

    private static readonly string[] SrcProjects = Directory.GetDirectories(Path.Combine(RepoRoot.Path, "src"))
        .Select(Path.GetFileName).OfType<string>().ToArray();

    [Fact]
    public void The_core_project_references_no_web_storage_bot_scheduler_or_slack_package()
    {
        var project = ProjectFile("InterviewBot.Core");

        var references = References(project).ToList();

        Assert.DoesNotContain(references, r => ForbiddenInCore.Any(f => r.StartsWith(f, StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotContain(project.Descendants("ProjectReference"), _ => true);
        Assert.DoesNotContain(project.Descendants("FrameworkReference"), _ => true);
    }

    [Fact]
    public void The_compiled_core_assembly_references_none_of_them_either()
    {
        var referenced = typeof(Core.Engine.ConversationRouter).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(referenced, r => ForbiddenInCore.Any(f => r.StartsWith(f, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void Only_the_Teams_channel_references_Bot_Builder()
    {
        Assert.Contains("InterviewBot.Teams", SrcProjects);
        foreach (var name in SrcProjects.Where(p => p != "InterviewBot.Teams"))
        {
            var botReferences = References(ProjectFile(name)).Where(r => r.StartsWith("Microsoft.Bot", StringComparison.OrdinalIgnoreCase));
            Assert.True(!botReferences.Any(), $"{name} references {string.Join(", ", botReferences)}");

            var assembly = Assembly.Load(name);
            var compiled = assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(a => a.StartsWith("Microsoft.Bot", StringComparison.Ordinal));
            Assert.True(!compiled.Any(), $"{name}.dll references {string.Join(", ", compiled)}");
        }
        Assert.Contains(References(ProjectFile("InterviewBot.Teams")), r => r == "Microsoft.Bot.Builder");
    }

    [Fact]
    public void Cards_depend_only_on_the_core()
    {
        var project = ProjectFile("InterviewBot.Cards");

        var projectRefs = project.Descendants("ProjectReference").Select(p => Path.GetFileNameWithoutExtension(p.Attribute("Include")!.Value.Replace('\\', '/'))).ToList();

        Assert.Equal(["InterviewBot.Core"], projectRefs);
        Assert.Empty(References(project));
    }

    private static XDocument ProjectFile(string name) => XDocument.Load(Path.Combine(RepoRoot.Path, "src", name, name + ".csproj"));

    /// <summary>Package and assembly references named in a project file (Include lists split on ';').</summary>
    private static IEnumerable<string> References(XDocument project) =>
        project.Descendants()
            .Where(e => e.Name.LocalName is "PackageReference" or "PackageDownload" or "Reference")
            .SelectMany(e => (e.Attribute("Include")?.Value ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
