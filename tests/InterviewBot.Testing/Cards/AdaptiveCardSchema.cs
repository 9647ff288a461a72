using System.Text.Json.Nodes;
using Json.Schema;

namespace InterviewBot.Testing;

/// <summary>
/// The official Adaptive Card 1.5 schema (a draft-06 schema), evaluated with JsonSchema.Net's
/// draft-06 dialect. Built once: building registers the schema's id in a registry.
/// </summary>
public static class AdaptiveCardSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(Load);

    /// <summary>The schema's complaints about <paramref name="card"/>; empty when it is valid.</summary>
    public static IReadOnlyList<string> Errors(JsonNode card) => SchemaErrors.Of(Schema.Value, card);

    public static void AssertValid(JsonNode card, string name)
    {
        var errors = Errors(card);
        Assert.True(errors.Count == 0, $"{name} is not a valid Adaptive Card 1.5:\n" + string.Join('\n', errors.Take(30)));
    }

    /// <remarks>
    /// One correction to the published 1.5.0 file: Input.ChoiceSet's style "filtered" came with
    /// Adaptive Cards 1.5 (the schema explorer lists it as 1.5; Teams documents it for 1.5 cards), but
    /// the 1.5.0 file was cut before it was added; the 1.6.0 file in the same folder has it. The file
    /// stays an unmodified copy: the style is added to the enum in memory, and nothing else.
    /// </remarks>
    private static JsonSchema Load()
    {
        var options = new BuildOptions { Dialect = Dialect.Draft06, SchemaRegistry = new SchemaRegistry() };
        var schema = JsonNode.Parse(File.ReadAllText(RepoRoot.Schema("adaptive-card-1.5.0.schema.json")))!;
        var styles = schema["definitions"]!["ChoiceInputStyle"]!["anyOf"]![0]!["enum"]!.AsArray();
        if (!styles.Any(s => (string?)s == "filtered")) styles.Add("filtered");
        return JsonSchema.FromText(schema.ToJsonString(), options);
    }
}
