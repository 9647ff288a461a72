namespace InterviewBot.Cards.Tests;

/// <summary>Finds files of the repository from wherever the test assembly runs.</summary>
internal static class RepoPaths
{
    /// <summary>The folder holding InterviewBot.sln.</summary>
    public static string Root => RepoRoot.Path;

    /// <summary>Where UPDATE_GOLDEN=1 writes golden files: the source folder, not the build output.</summary>
    public static string GoldenSource => Path.Combine(Root, "tests", "InterviewBot.Cards.Tests", "TestData", "golden");

    /// <summary>The golden files as copied next to the test assembly.</summary>
    public static string GoldenOutput => Path.Combine(AppContext.BaseDirectory, "TestData", "golden");
}
