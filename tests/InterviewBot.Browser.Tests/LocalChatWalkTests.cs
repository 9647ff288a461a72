using System.Globalization;
using System.Text.RegularExpressions;
using InterviewBot.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InterviewBot.Browser.Tests;

/// <summary>
/// The ten-minute trial in real headless Chromium: a newcomer starts the host with no settings,
/// opens the page, and walks through a phone screen – including next week's nudges – by typing,
/// filling and tapping cards rendered by Microsoft's Adaptive Cards renderer.
/// </summary>
public sealed class LocalChatWalkTests
{
    /// <summary>Set to 1 to refresh the README's picture (docs/screenshot-local-chat.png) from this walk.</summary>
    public const string UpdateReadmeScreenshot = "INTERVIEWBOT_UPDATE_SCREENSHOT";

    static LocalChatWalkTests() => SetDefaultExpectTimeout(30_000); // a busy 2-core CI machine; waiting is not asserting on time

    [ChromiumFact]
    public async Task A_newcomer_books_a_phone_screen_ticks_prep_moves_the_clock_and_closes_the_feedback_nudge()
    {
        Chromium.EnsureInstalled();
        await using var host = await HostProcess.StartAsync(new()
        {
            Settings = new Dictionary<string, string> { ["Logging:LogLevel:InterviewBot.LocalChat"] = "Information" },
        });
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(Chromium.LaunchOptions());
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            TimezoneId = "Europe/Berlin",
            Locale = "en-GB",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        var page = await context.NewPageAsync();
        var scriptErrors = new List<string>();
        page.PageError += (_, error) => scriptErrors.Add(error);
        page.Console += (_, message) => { if (message.Type == "error") scriptErrors.Add(message.Text); };
        // The page works with no internet: everything it loads comes from the host itself.
        var elsewhere = new List<string>();
        page.Request += (_, request) =>
        {
            var url = new Uri(request.Url);
            if (url.Scheme is "http" or "https" && url.Authority != host.Url.Authority) elsewhere.Add(request.Url);
        };
        var shots = new Screenshots(nameof(A_newcomer_books_a_phone_screen_ticks_prep_moves_the_clock_and_closes_the_feedback_nudge));

        try
        {
            // The bot greets a new chat, as when it is installed in Teams.
            await page.GotoAsync(host.Url.ToString());
            await Expect(page.GetByText("I'm InterviewBot")).ToBeVisibleAsync();
            await shots.TakeAsync(page, "welcome");

            // Ask for help by typing.
            await page.GetByLabel("Message").FillAsync("help");
            await page.GetByRole(AriaRole.Button, new() { Name = "Send", Exact = true }).ClickAsync();
            var help = BotMessage(page, "How I can help");
            await Expect(help).ToBeVisibleAsync();
            await Expect(Messages(page).And(page.Locator(".from-user")).Filter(new() { HasText = "help" })).ToHaveCountAsync(1);
            await shots.TakeAsync(page, "help");

            // Create a phone screen through the card: the help card's button, then the form.
            await help.GetByRole(AriaRole.Button, new() { Name = "New interview" }).ClickAsync();
            var form = await PinAsync(page, BotMessage(page, "New phone screen"));
            await form.GetByRole(AriaRole.Textbox, new() { Name = "Candidate name", Exact = true }).FillAsync("Jordan Lee");
            await form.GetByRole(AriaRole.Textbox, new() { Name = "Role", Exact = true }).FillAsync("Backend engineer");
            await form.GetByRole(AriaRole.Textbox, new() { Name = "Date", Exact = true }).FillAsync(TuesdayNextWeek());
            await form.GetByRole(AriaRole.Textbox, new() { Name = "Start time", Exact = true }).FillAsync("14:00");
            await shots.TakeAsync(page, "form-filled");
            await form.GetByRole(AriaRole.Button, new() { Name = "Book it" }).ClickAsync();

            // The form turns into the booking (updated in place, as Teams does), and the prep checklist follows.
            await Expect(form).ToContainTextAsync("Phone screen with Jordan Lee booked");
            await Expect(form.GetByRole(AriaRole.Button, new() { Name = "Book it" })).ToHaveCountAsync(0);
            var checklist = await PinAsync(page, BotMessage(page, "Before the call: Jordan Lee"));
            await Expect(checklist).ToContainTextAsync("0/3 done");
            await shots.TakeAsync(page, "booked");

            // Tick a prep item.
            await ChecklistItem(checklist, "Look beyond the resume").GetByRole(AriaRole.Button, new() { Name = "Done", Exact = true }).ClickAsync();
            await Expect(checklist).ToContainTextAsync("1/3 done");
            await Expect(checklist).ToContainTextAsync("✓ Look beyond the resume");
            await Expect(BotMessage(page, "Before the call: Jordan Lee")).ToHaveCountAsync(1);
            await shots.TakeAsync(page, "prep-ticked");

            // Move the clock past the call: the after-call nudge arrives by itself.
            var clock = page.GetByRole(AriaRole.Region, new() { Name = "Clock" });
            await clock.GetByRole(AriaRole.Button, new() { Name = "To after the call" }).ClickAsync();
            var callDone = BotMessage(page, "How did the call with Jordan Lee go?");
            await Expect(callDone).ToBeVisibleAsync();
            await Expect(callDone).ToContainTextAsync("reminder");
            await Expect(clock).ToContainTextAsync("ahead of real time");
            await Expect(clock).ToContainTextAsync(new Regex(@"\d+ nudges? went out on the way, each at its own time\."));
            await shots.TakeAsync(page, "after-the-call");

            // On to the next nudge: feedback is due, with a draft.
            await clock.GetByRole(AriaRole.Button, new() { Name = "To the next nudge" }).ClickAsync();
            var feedback = await PinAsync(page, BotMessage(page, "Feedback for Jordan Lee is due"));
            await Expect(feedback.GetByRole(AriaRole.Textbox, new() { Name = "Draft" })).ToHaveValueAsync(new Regex("^Hi Jordan,"));
            await shots.TakeAsync(page, "feedback-nudge");

            // Done closes the loop: the same card now says so.
            await feedback.GetByRole(AriaRole.Button, new() { Name = "Feedback sent" }).ClickAsync();
            await Expect(feedback).ToContainTextAsync("Feedback sent ✓");
            await Expect(feedback.GetByRole(AriaRole.Button, new() { Name = "Feedback sent" })).ToHaveCountAsync(0);
            await Expect(BotMessage(page, "Feedback for Jordan")).ToHaveCountAsync(1);
            await shots.TakeAsync(page, "feedback-sent");

            // An hour on, nothing is due: the page says so rather than nothing at all.
            await clock.GetByRole(AriaRole.Button, new() { Name = "+1 hour" }).ClickAsync();
            await Expect(clock).ToContainTextAsync("Nothing fell due on the way");
            await feedback.ScrollIntoViewIfNeededAsync();
            var picture = await shots.TakeAsync(page, "readme", fullPage: false);
            if (Environment.GetEnvironmentVariable(UpdateReadmeScreenshot) == "1")
                File.Copy(picture, Path.Combine(RepoRoot.Path, "docs", "screenshot-local-chat.png"), overwrite: true);

            Assert.True(scriptErrors.Count == 0, "The page reported script errors:\n" + string.Join('\n', scriptErrors));
            Assert.True(elsewhere.Count == 0, "The page asked for something outside this host:\n" + string.Join('\n', elsewhere));
        }
        catch (Exception failure)
        {
            await shots.TakeAsync(page, "failed");
            throw new Xunit.Sdk.XunitException($"{failure.Message}\nScreenshots: {shots.Folder}\nHost output:\n{host.Output}", failure);
        }
    }

    /// <summary>Every message in the chat, the person's and the bot's.</summary>
    private static ILocator Messages(IPage page) => page.Locator("#log > li");

    /// <summary>The bot's message (text or card) that shows <paramref name="text"/>.</summary>
    private static ILocator BotMessage(IPage page, string text) => page.Locator("#log > li.from-bot").Filter(new() { HasText = text });

    /// <summary>
    /// The one message <paramref name="found"/> finds, pinned by its activity id: a card updated in
    /// place keeps its message, even when the text it was found by is gone.
    /// </summary>
    private static async Task<ILocator> PinAsync(IPage page, ILocator found)
    {
        await Expect(found).ToHaveCountAsync(1);
        var id = await found.GetAttributeAsync("data-activity-id");
        Assert.False(string.IsNullOrEmpty(id), "a chat message without an activity id");
        return page.Locator($"#log > li[data-activity-id=\"{id}\"]");
    }

    /// <summary>One step of a checklist card: the card's own container that holds the step's title.</summary>
    private static ILocator ChecklistItem(ILocator card, string title) =>
        card.Locator(".ac-container:not(.ac-adaptiveCard)").Filter(new() { HasText = title });

    /// <summary>A Tuesday a week or more away, as the date input takes it: far from any nudge while the walk runs.</summary>
    private static string TuesdayNextWeek()
    {
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, berlin)).AddDays(7);
        while (day.DayOfWeek != DayOfWeek.Tuesday) day = day.AddDays(1);
        return day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
