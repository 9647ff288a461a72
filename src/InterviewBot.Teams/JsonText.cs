using System.Text.Json;

namespace InterviewBot.Teams;

/// <summary>
/// Whether every string and property name in a parsed JSON body is text. The parser checks the grammar
/// only: bytes inside a string that are not UTF-8, or an escaped lone surrogate (<c>"\ud800"</c>), pass
/// it and fail later, when something reads the string – as a 500 instead of a 400.
/// </summary>
internal static class JsonText
{
    public const string NotTextReason =
        "The body has a string that is not text: bytes that are not UTF-8, or an escaped lone surrogate such as \\ud800.";

    public static bool IsAllText(JsonElement element)
    {
        try
        {
            Read(element);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static void Read(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                _ = element.GetString();
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    _ = property.Name;
                    Read(property.Value);
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray()) Read(item);
                break;
        }
    }
}
