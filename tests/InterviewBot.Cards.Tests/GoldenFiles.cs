using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace InterviewBot.Cards.Tests;

/// <summary>
/// Reviewed JSON in TestData/golden (Adaptive Cards at the top, Block Kit in blockkit/), compared with
/// what the renderers make now: a change to how a card looks shows up as a diff of these files. With
/// UPDATE_GOLDEN=1 a file is rewritten in the source folder instead, to review and commit.
/// </summary>
internal static class GoldenFiles
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        // Emoji and dashes stay readable in the files; the renderer's own output is not affected.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The JSON as text, with the interview ids (new on every run) replaced by one fixed stand-in.</summary>
    public static string Stable(JsonObject json, Samples samples) =>
        json.ToJsonString(Indented)
            .Replace(samples.RecruiterInterview.Id.ToString(), Samples.FixedInterviewId, StringComparison.Ordinal)
            .Replace(samples.CandidateInterview.Id.ToString(), Samples.FixedInterviewId, StringComparison.Ordinal) + "\n";

    /// <summary>Asserts that <paramref name="actual"/> is the golden file <paramref name="name"/> in <paramref name="folder"/>, or writes it there with UPDATE_GOLDEN=1.</summary>
    public static void AssertMatches(string folder, string name, string actual)
    {
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            var source = Path.Combine(RepoPaths.GoldenSource, folder);
            Directory.CreateDirectory(source);
            File.WriteAllText(Path.Combine(source, name + ".json"), actual);
            return;
        }

        var path = Path.Combine(RepoPaths.GoldenOutput, folder, name + ".json");
        Assert.True(File.Exists(path), $"No golden file {Path.Combine(folder, name)}.json yet: run the tests once with UPDATE_GOLDEN=1 and commit it.");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
    }

    /// <summary>The golden file <paramref name="name"/> in <paramref name="folder"/>, as built next to the tests.</summary>
    public static JsonNode Read(string folder, string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.GoldenOutput, folder, name + ".json")))!;
}
