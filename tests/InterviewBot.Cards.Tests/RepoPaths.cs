namespace InterviewBot.Cards.Tests;

/// <summary>Finds files of the repository from wherever the test assembly runs.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The folder holding InterviewBot.sln.</summary>
    public static string Root => RootPath.Value;

    public static string AdaptiveCardSchema => Path.Combine(Root, "tests", "schemas", "adaptive-card-1.5.0.schema.json");

    /// <summary>Where UPDATE_GOLDEN=1 writes golden files: the source folder, not the build output.</summary>
    public static string GoldenSource => Path.Combine(Root, "tests", "InterviewBot.Cards.Tests", "TestData", "golden");

    /// <summary>The golden files as copied next to the test assembly.</summary>
    public static string GoldenOutput => Path.Combine(AppContext.BaseDirectory, "TestData", "golden");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "InterviewBot.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"No InterviewBot.sln above {AppContext.BaseDirectory}.");
    }
}
