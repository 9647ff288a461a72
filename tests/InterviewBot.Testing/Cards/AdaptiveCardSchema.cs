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

    private static JsonSchema Load()
    {
        var options = new BuildOptions { Dialect = Dialect.Draft06, SchemaRegistry = new SchemaRegistry() };
        return JsonSchema.FromFile(RepoRoot.Schema("adaptive-card-1.5.0.schema.json"), options);
    }
}
