using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
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

        Assert.Equal(["InterviewBot.Core"], ProjectReferences(project));
        Assert.Empty(References(project));
    }

    [Fact]
    public void Local_mode_is_a_plug_in_of_the_host_no_channel_or_other_project_references_it()
    {
        foreach (var name in SrcProjects.Where(p => p is not "InterviewBot.Host" and not "InterviewBot.DevTools"))
            Assert.True(!ProjectReferences(ProjectFile(name)).Contains("InterviewBot.DevTools"), $"{name} references InterviewBot.DevTools: only the host adds local mode.");

        Assert.Contains("InterviewBot.DevTools", ProjectReferences(ProjectFile("InterviewBot.Host")));
        Assert.Equal(["InterviewBot.Core", "InterviewBot.Teams"], ProjectReferences(ProjectFile("InterviewBot.DevTools")).Order());
    }

    /// <summary>What of the core a channel may use: the pipeline's contract, the port, the domain, the views.</summary>
    private static readonly string[] CoreForChannels =
        ["InterviewBot.Core.Conversations", "InterviewBot.Core.Ports", "InterviewBot.Core.Domain", "InterviewBot.Core.Views"];

    private static readonly string[] Channels = ["InterviewBot.Teams", "InterviewBot.Slack"];

    [Fact]
    public void Channels_hold_no_conversation_logic_they_use_only_the_pipeline_the_port_the_domain_and_the_views()
    {
        foreach (var channel in Channels)
        {
            // Every core type the compiled channel mentions anywhere, method bodies included.
            var used = CoreTypesReferencedBy(channel).ToList();

            Assert.Contains("InterviewBot.Core.Conversations.ConversationPipeline", used);
            var beyond = used.Where(t => !CoreForChannels.Any(allowed => t.StartsWith(allowed + ".", StringComparison.Ordinal))).ToList();
            Assert.True(beyond.Count == 0, $"{channel} uses {string.Join(", ", beyond)}: engine flows, follow-up and coaching belong to the core's pipeline.");
        }
    }

    [Fact]
    public void Each_channel_has_one_way_out_the_core_has_one_outbound_port()
    {
        var core = typeof(Core.Ports.IChatTransport).Assembly;
        var outbound = core.GetExportedTypes().Where(t => t.IsInterface && t.Namespace == "InterviewBot.Core.Ports" && t.Name.EndsWith("Transport", StringComparison.Ordinal)).ToList();
        Assert.Equal([typeof(Core.Ports.IChatTransport)], outbound);

        foreach (var channel in Channels)
        {
            var coreInterfaces = Assembly.Load(channel).GetTypes()
                .SelectMany(t => t.GetInterfaces().Where(i => i.Assembly == core).Select(i => (Type: t, Interface: i)))
                .ToList();
            var implementation = Assert.Single(coreInterfaces);
            Assert.Equal(typeof(Core.Ports.IChatTransport), implementation.Interface);
        }
    }

    [Fact]
    public void The_host_uses_storage_through_the_core_and_persistence_never_EF_Core_itself()
    {
        var referenced = Assembly.Load("InterviewBot.Host").GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(referenced, r => r.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
    }

    /// <summary>The full names of the core's types a compiled assembly references (its TypeRef table).</summary>
    private static IEnumerable<string> CoreTypesReferencedBy(string assemblyName)
    {
        using var file = File.OpenRead(Assembly.Load(assemblyName).Location);
        using var pe = new PEReader(file);
        var metadata = pe.GetMetadataReader();
        foreach (var handle in metadata.TypeReferences)
        {
            var type = metadata.GetTypeReference(handle);
            var ns = metadata.GetString(type.Namespace);
            if (ns.StartsWith("InterviewBot.Core", StringComparison.Ordinal) && type.ResolutionScope.Kind == HandleKind.AssemblyReference
                && metadata.GetString(metadata.GetAssemblyReference((AssemblyReferenceHandle)type.ResolutionScope).Name) == "InterviewBot.Core")
                yield return ns + "." + metadata.GetString(type.Name);
        }
    }

    private static XDocument ProjectFile(string name) => XDocument.Load(Path.Combine(RepoRoot.Path, "src", name, name + ".csproj"));

    /// <summary>The names of the projects a project file references.</summary>
    private static List<string> ProjectReferences(XDocument project) =>
        project.Descendants("ProjectReference").Select(p => Path.GetFileNameWithoutExtension(p.Attribute("Include")!.Value.Replace('\\', '/'))).ToList();

    /// <summary>Package and assembly references named in a project file (Include lists split on ';').</summary>
    private static IEnumerable<string> References(XDocument project) =>
        project.Descendants()
            .Where(e => e.Name.LocalName is "PackageReference" or "PackageDownload" or "Reference")
            .SelectMany(e => (e.Attribute("Include")?.Value ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
