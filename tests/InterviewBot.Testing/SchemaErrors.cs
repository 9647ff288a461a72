using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace InterviewBot.Testing;

/// <summary>A JSON schema's complaints about a document, one line each, for the official schemas in tests/schemas.</summary>
public static class SchemaErrors
{
    private static readonly EvaluationOptions Options = new()
    {
        OutputFormat = OutputFormat.List,
        // Checks "format" too (Action.OpenUrl's url is a uri-reference), not only the structure.
        RequireFormatValidation = true,
    };

    /// <summary>Where and why <paramref name="document"/> breaks <paramref name="schema"/>; empty when it is valid.</summary>
    public static IReadOnlyList<string> Of(JsonSchema schema, JsonNode document)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var results = schema.Evaluate(JsonSerializer.SerializeToElement(document), Options);
        if (results.IsValid) return [];
        var errors = (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
            .Distinct()
            .ToList();
        return errors.Count > 0 ? errors : ["invalid (the schema gave no details)"];
    }
}
