using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace InterviewBot.Core.Privacy;

/// <summary>
/// Writes an export as indented camelCase JSON and cuts it into chat messages the platform accepts,
/// each part a code block.
/// </summary>
public static class PersonalDataJson
{
    /// <summary>The longest message sent, header and code fence included: well inside Teams' 28 KB.</summary>
    public const int MaxMessageLength = 20_000;

    /// <summary>Slack accepts 40,000 characters but advises 4,000 a message, and the Slack channel cuts text there.</summary>
    public const int MaxSlackMessageLength = 3_900;

    /// <summary>Room for the header line and the fences around each part.</summary>
    private const int Overhead = 200;

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        NewLine = "\n",
        // People read this in chat: keep their words readable ("didn't", "café") rather than \u-escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The most a message may hold on <paramref name="platform"/> (a <see cref="Domain.Platforms"/> name).</summary>
    public static int MaxLengthOn(string platform) => platform == Domain.Platforms.Slack ? MaxSlackMessageLength : MaxMessageLength;

    /// <summary>A person's export (<see cref="PersonalDataExport"/>) or a candidate's (<see cref="CandidateDataExport"/>).</summary>
    public static string Write<TExport>(TExport export) =>
        // Backticks, ampersands and angle brackets can only occur inside string values. Escaped, the JSON
        // means the same, no text can close the code block early, and Slack's own escaping (&amp;, &lt;,
        // &gt;) cannot make a part longer than the message limit it was cut for.
        JsonSerializer.Serialize(export, Options)
            .Replace("`", "\\u0060", StringComparison.Ordinal)
            .Replace("&", "\\u0026", StringComparison.Ordinal)
            .Replace("<", "\\u003C", StringComparison.Ordinal)
            .Replace(">", "\\u003E", StringComparison.Ordinal);

    /// <summary>The chat messages carrying <paramref name="json"/>: numbered parts, each in a code block of at most <paramref name="maxMessageLength"/> characters.</summary>
    /// <param name="about">Whom the data is about, as the header names them: "you" in a person's own export.</param>
    public static IReadOnlyList<string> Messages(string json, int maxMessageLength = MaxMessageLength, string about = "you")
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxMessageLength, 2 * Overhead);
        var parts = Split(json, maxMessageLength - Overhead);
        return parts.Select((part, i) =>
        {
            var header = parts.Count == 1
                ? $"Here is everything I hold about {about}, as JSON:"
                : i == 0
                    ? string.Create(CultureInfo.InvariantCulture, $"Here is everything I hold about {about}, as JSON in {parts.Count} parts – put them together in order. Part 1 of {parts.Count}:")
                    : string.Create(CultureInfo.InvariantCulture, $"Part {i + 1} of {parts.Count}:");
            return $"{header}\n{Views.Markup.CodeBlock(part)}";
        }).ToList();
    }

    /// <summary>Cuts at line ends into parts of at most <paramref name="maxLength"/> characters; a longer line is cut inside.</summary>
    public static IReadOnlyList<string> Split(string text, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        var parts = new List<string>();
        var current = new StringBuilder();
        foreach (var line in text.Split('\n'))
        {
            foreach (var piece in Pieces(line, maxLength))
            {
                var added = current.Length == 0 ? piece.Length : piece.Length + 1;
                if (current.Length > 0 && current.Length + added > maxLength)
                {
                    parts.Add(current.ToString());
                    current.Clear();
                }
                if (current.Length > 0) current.Append('\n');
                current.Append(piece);
            }
        }
        if (current.Length > 0 || parts.Count == 0) parts.Add(current.ToString());
        return parts;
    }

    private static IEnumerable<string> Pieces(string line, int maxLength)
    {
        var start = 0;
        while (line.Length - start > maxLength)
        {
            var length = maxLength;
            // Never split a surrogate pair: half an emoji is not valid text.
            if (char.IsHighSurrogate(line[start + length - 1])) length--;
            yield return line.Substring(start, length);
            start += length;
        }
        yield return line[start..];
    }
}
