using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace InterviewBot.Core.Playbooks;

/// <summary>The two playbooks, read once from the YAML files embedded in this assembly.</summary>
public sealed class PlaybookCatalog
{
    private static readonly Lazy<PlaybookCatalog> Embedded = new(LoadEmbedded);

    private PlaybookCatalog(Playbook recruiter, Playbook candidate)
    {
        Recruiter = recruiter;
        Candidate = candidate;
    }

    public static PlaybookCatalog Default => Embedded.Value;

    public Playbook Recruiter { get; }
    public Playbook Candidate { get; }

    public IEnumerable<Playbook> All => [Recruiter, Candidate];

    public Playbook For(Audience audience) => audience == Audience.Recruiter ? Recruiter : Candidate;

    public static Playbook Parse(string yaml)
    {
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(HyphenatedNamingConvention.Instance)
            .Build();
        PlaybookFile? file;
        try
        {
            file = deserializer.Deserialize<PlaybookFile>(yaml);
        }
        catch (YamlException broken)
        {
            var reason = (broken.InnerException as YamlException ?? broken).Message;
            throw new InvalidDataException($"Playbook file is invalid: line {broken.Start.Line}: {reason}", broken);
        }
        return PlaybookFile.ToPlaybook(file ?? throw new InvalidDataException("The playbook file is empty."));
    }

    private static PlaybookCatalog LoadEmbedded() => new(Read("recruiter.yaml"), Read("candidate.yaml"));

    private static Playbook Read(string fileName)
    {
        var assembly = typeof(PlaybookCatalog).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + fileName, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
