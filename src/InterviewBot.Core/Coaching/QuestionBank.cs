using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace InterviewBot.Core.Coaching;

/// <summary>A curated set of questions a candidate can ask, grouped by topic, read from the embedded YAML.</summary>
public sealed class QuestionBank
{
    private static readonly Lazy<QuestionBank> Embedded = new(Load);

    private QuestionBank(IReadOnlyList<QuestionTopic> topics) => Topics = topics;

    public static QuestionBank Default => Embedded.Value;

    public IReadOnlyList<QuestionTopic> Topics { get; }

    public QuestionTopic? Find(string topicId) => Topics.FirstOrDefault(t => t.Id == topicId);

    public static QuestionBank Parse(string yaml)
    {
        try
        {
            var file = new DeserializerBuilder().WithNamingConvention(HyphenatedNamingConvention.Instance).Build()
                .Deserialize<List<TopicFile>>(yaml) ?? [];
            var topics = file.Select(t => new QuestionTopic(t.Id, t.Title, t.Questions.Select(q => q.Trim()).Where(q => q.Length > 0).ToList())).ToList();
            var broken = topics.FirstOrDefault(t => string.IsNullOrWhiteSpace(t.Id) || string.IsNullOrWhiteSpace(t.Title) || t.Questions.Count == 0);
            if (topics.Count == 0 || broken is not null) throw new InvalidDataException("The question bank needs topics with an id, a title and questions.");
            return new QuestionBank(topics);
        }
        catch (YamlException e)
        {
            throw new InvalidDataException($"The question bank is invalid: line {e.Start.Line}: {e.Message}", e);
        }
    }

    private static QuestionBank Load()
    {
        var assembly = typeof(QuestionBank).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith(".question-bank.yaml", StringComparison.Ordinal));
        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
        return Parse(reader.ReadToEnd());
    }

#pragma warning disable CA1812, CA2227 // filled by YamlDotNet
    private sealed class TopicFile
    {
        public string Id { get; set; } = "";
        public string Title { get; set; } = "";
        public List<string> Questions { get; set; } = [];
    }
#pragma warning restore CA1812, CA2227
}

public sealed record QuestionTopic(string Id, string Title, IReadOnlyList<string> Questions);
