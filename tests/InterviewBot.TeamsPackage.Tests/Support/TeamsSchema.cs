using System.Text.Json.Nodes;
using Json.Schema;

namespace InterviewBot.TeamsPackage.Tests.Support;

/// <summary>
/// Microsoft's Teams app manifest schema, v1.29 (tests/schemas/MicrosoftTeams.schema.json). It names
/// draft-04, which JsonSchema.Net does not implement, but it uses draft-06 keywords (const) and none
/// that draft-04 reads differently (boolean exclusive limits, "id"). So its "$schema" is left out
/// and it is evaluated with the draft-06 dialect, formats included.
/// </summary>
internal static class TeamsSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(Load);

    public static IReadOnlyList<string> Errors(JsonNode manifest) => SchemaErrors.Of(Schema.Value, manifest);

    private static JsonSchema Load()
    {
        var schema = JsonNode.Parse(File.ReadAllText(RepoRoot.Schema("MicrosoftTeams.schema.json")))!.AsObject();
        Assert.Equal("http://json-schema.org/draft-04/schema#", schema["$schema"]?.GetValue<string>());
        schema.Remove("$schema");
        return JsonSchema.FromText(schema.ToJsonString(), new BuildOptions { Dialect = Dialect.Draft06, SchemaRegistry = new SchemaRegistry() });
    }

    public static void AssertValid(JsonNode manifest)
    {
        var errors = Errors(manifest);
        Assert.True(errors.Count == 0, "The manifest does not match the Teams 1.29 schema:\n" + string.Join('\n', errors.Take(30)));
    }
}
