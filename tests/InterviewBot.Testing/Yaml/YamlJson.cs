using System.Globalization;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace InterviewBot.Testing;

/// <summary>
/// A YAML file as JSON, for checking it against a JSON schema: anchors and merge keys (<c>&lt;&lt;: *x</c>)
/// resolved as a YAML reader resolves them, and YAML's booleans and whole numbers kept as such.
/// </summary>
public static class YamlJson
{
    public static JsonNode? Parse(string yaml)
    {
        var parser = new MergingParser(new Parser(new StringReader(yaml)));
        return ToJson(new DeserializerBuilder().Build().Deserialize<object>(parser));
    }

    public static JsonNode? ParseFile(string path) => Parse(File.ReadAllText(path));

    private static JsonNode? ToJson(object? node) => node switch
    {
        Dictionary<object, object> map => new JsonObject(map.Select(kv => KeyValuePair.Create(kv.Key.ToString()!, ToJson(kv.Value)))),
        List<object> list => new JsonArray(list.Select(ToJson).ToArray()),
        string text when text is "true" or "false" => JsonValue.Create(text == "true"),
        string text when int.TryParse(text, CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
        string text => JsonValue.Create(text),
        null => null,
        _ => JsonValue.Create(node.ToString()),
    };
}
