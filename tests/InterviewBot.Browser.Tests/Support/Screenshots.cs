using Microsoft.Playwright;

namespace InterviewBot.Browser.Tests.Support;

/// <summary>
/// Screenshots of each step, kept as test output in TestResults/screenshots/&lt;test&gt;/ at the
/// repository root (ignored by git), numbered in the order they were taken.
/// </summary>
public sealed class Screenshots
{
    private int _taken;

    /// <summary>Starts the test's folder afresh, so it shows this run only.</summary>
    public Screenshots(string testName)
    {
        Folder = Path.Combine(RepoRoot.Path, "TestResults", "screenshots", testName);
        if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
    }

    public string Folder { get; }

    public async Task<string> TakeAsync(IPage page, string step, bool fullPage = true)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, $"{++_taken:00}-{step}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
        return path;
    }
}
