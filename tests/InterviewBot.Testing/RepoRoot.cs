namespace InterviewBot.Testing;

/// <summary>Finds files of the repository from wherever a test assembly runs.</summary>
public static class RepoRoot
{
    private static readonly Lazy<string> RootPath = new(Find);

    /// <summary>The folder holding InterviewBot.sln.</summary>
    public static string Path => RootPath.Value;

    public static string Schema(string fileName) => System.IO.Path.Combine(Path, "tests", "schemas", fileName);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "InterviewBot.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"No InterviewBot.sln above {AppContext.BaseDirectory}.");
    }
}
