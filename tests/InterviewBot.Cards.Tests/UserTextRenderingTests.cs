using System.Text.Json.Nodes;
using InterviewBot.Core.Domain;
using InterviewBot.Core.Engine;
using InterviewBot.Core.FollowUp;
using InterviewBot.Core.Nudges;
using InterviewBot.Core.Playbooks;

namespace InterviewBot.Cards.Tests;

/// <summary>
/// Whatever a person typed – a candidate's name, a role, notes, questions – shows literally on the
/// cards and messages the bot sends to Teams, as Microsoft's renderer draws them in the local page:
/// no link whose text hides its address, no image, no bold, italics, strike-through, headings, quotes
/// or lists made of it. Each piece of markdown below carries a marker word; an element that formats
/// text may hold a marker only together with the markdown typed around it (the bot's own italics
/// around a question's intent, say), which shows the markdown was not read.
/// </summary>
public class UserTextRenderingTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime CallStart = new(2026, 3, 4, 13, 30, 0, DateTimeKind.Utc);

    /// <summary>Markdown as a person might type it, and the marker word inside each piece.</summary>
    private static readonly (string Typed, string Marker)[] Pieces =
    [
        ("[Verify your account](https://evil.example/login)", "Verify your account"),
        ("![EVILIMG](https://evil.example/pixel.png)", "EVILIMG"),
        ("**EVILBOLD**", "EVILBOLD"),
        ("_EVILUNDER_", "EVILUNDER"),
        ("*EVILSTAR*", "EVILSTAR"),
        ("~~EVILSTRIKE~~", "EVILSTRIKE"),
        ("`EVILCODE`", "EVILCODE"),
        ("<https://evil.example/EVILAUTO>", "EVILAUTO"),
        ("[EVILREF][1]", "EVILREF"),
    ];

    private static readonly string Name = "Jordan " + Pieces[0].Typed + " " + Pieces[2].Typed;
    private static readonly string Role = "Backend " + Pieces[3].Typed + " " + Pieces[5].Typed + " " + Pieces[6].Typed;
    private static readonly string Company = "# EVILHEADING " + Pieces[1].Typed;
    private static readonly string Interviewer = "> EVILQUOTE " + Pieces[4].Typed;
    private static readonly string DisplayName = "Riley " + Pieces[7].Typed + " " + Pieces[8].Typed;

    /// <summary>Notes are multi-line: the markdown that needs a line of its own goes here.</summary>
    private const string Note =
        "- EVILLIST item\n1. EVILNUMBERED\n    EVILINDENTED code\nEVILSETEXT heading\n===\n***\n> EVILQUOTED\n[1]: https://evil.example/reference\n[Verify your account](https://evil.example/login)\n" +
        "| EVILTABLE | b |\n|---|---|\n| c | d |\nx | y\n:-- | --:\n";

    [PageRendererFact]
    public void What_people_typed_shows_literally_on_every_card_and_message()
    {
        var rendered = PageRenderer.Render(Items());

        Assert.All(rendered, item =>
        {
            Assert.DoesNotContain(item.Formatted, e => e.Tag is not ("strong" or "em" or "b" or "i"));
            foreach (var element in item.Formatted)
            foreach (var (typed, marker) in Pieces.Append(("EVILHEADING", "EVILHEADING")).Append(("EVILQUOTE", "EVILQUOTE")).Append(("EVILLIST", "EVILLIST")))
                Assert.True(!element.Text.Contains(marker, StringComparison.Ordinal) || element.Text.Contains(typed, StringComparison.Ordinal),
                    $"{item.Name}: <{element.Tag}>{element.Text}</{element.Tag}> is markdown someone typed, read as formatting.");
            // Bare addresses may become links (the page's linkify); a link never shows other text than where it goes.
            Assert.All(item.Links, link => Assert.True(link.Href == link.Text || link.Href == "http://" + link.Text || link.Href == "mailto:" + link.Text,
                $"{item.Name}: a link reads \"{link.Text}\" but goes to {link.Href}."));
        });

        var byName = rendered.ToDictionary(r => r.Name);
        Assert.Contains(Name, byName["recruiter/during"].Text);
        Assert.Contains(Role, byName["recruiter/during"].Text);
        Assert.Contains("EVILHEADING", byName["candidate/before"].Text);
        Assert.Contains("- EVILLIST item", byName["recruiter/during"].Text);
        Assert.Contains(Name, byName["team/overdue"].Text);
        Assert.Contains(Pieces[7].Typed, byName["welcome"].Text);
        Assert.Contains(Pieces[0].Typed, byName["text/not-understood"].Text);
    }

    private static List<(string Name, JsonObject? Card, string? Text)> Items()
    {
        var workspace = new Workspace(Platforms.Teams, "tenant-1", Now);
        workspace.ShowNamesInChannelPosts(true);
        var recruiter = new Person(workspace.Id, "29:recruiter", DisplayName, Now);
        var candidate = new Person(workspace.Id, "29:candidate", Name, Now);
        var booked = new Interview(workspace.Id, recruiter.Id, Audience.Recruiter, new Party(recruiter.DisplayName, null, recruiter.Id),
            new Party(Name, "jordan@example.com"), Role, null, CallStart, CallStart.AddMinutes(30), "Europe/Berlin", Now);
        var prep = new Interview(workspace.Id, candidate.Id, Audience.Candidate, new Party(Interviewer), new Party(candidate.DisplayName, null, candidate.Id),
            Role, Company, CallStart, CallStart.AddMinutes(30), "Europe/Berlin", Now);
        foreach (var (interview, author) in new[] { (booked, recruiter), (prep, candidate) })
        {
            interview.AddNote(author.Id, "take-notes", Note, Now);
            interview.ReplaceQuestions(author.Id, [$"What did you build with {Pieces[2].Typed}? -> {Pieces[0].Typed}", Pieces[5].Typed], Now);
        }
        var brief = new RoleBrief(workspace.Id, Role, Now);
        brief.Set("salary", Pieces[1].Typed + " " + Pieces[2].Typed, Now);

        var items = new List<(string, JsonObject?, string?)>();
        void Card(string name, Core.Views.CardView view) => items.Add((name, AdaptiveCardRenderer.Render(view, Guid.NewGuid()), null));
        foreach (var (side, interview, viewer) in new[] { ("recruiter", booked, recruiter), ("candidate", prep, candidate) })
        {
            var playbook = PlaybookCatalog.Default.For(interview.SideOf(viewer.Id)!.Value);
            foreach (var phase in playbook.Phases)
                Card($"{side}/{phase.Id}", ChecklistCardBuilder.Build(interview, viewer, playbook, phase, brief, notice: $"Saved {Pieces[4].Typed}"));
            foreach (var kind in Enum.GetValues<NudgeKind>().Where(k => k is not (NudgeKind.TeamDigest or NudgeKind.FeedbackOverdueTeam)))
            {
                var nudge = new Nudge(workspace.Id, interview.Id, viewer.Id, kind, NudgeRecipient.Recruiter, $"key-{kind}", 1, Now, Now);
                Card($"{side}/nudge/{kind}", NudgeCards.Compose(new NudgeContext(nudge, workspace, interview, viewer, playbook)));
            }
        }
        var names = ChannelNames.ForAsync(workspace, new OnlyThem(recruiter), default).GetAwaiter().GetResult();
        Card("team/overdue", NudgeCards.TeamOverdue(names, booked, recruiter.DisplayName, 2, "Europe/Berlin", Now));
        Card("welcome", HelpCards.Welcome(recruiter));
        items.Add(("text/not-understood", null, AdaptiveCardRenderer.Markdown(HelpCards.NotUnderstoodText(Pieces[0].Typed + " " + Pieces[2].Typed))));
        return items;
    }

    /// <summary>A workspace whose only person is the recruiter: the candidate may be named in channel posts.</summary>
    private sealed class OnlyThem(Person person) : Core.Ports.IPeople
    {
        public Task<Person?> FindAsync(Guid workspaceId, string platformUserId, CancellationToken cancellationToken = default) =>
            Task.FromResult<Person?>(person.PlatformUserId == platformUserId ? person : null);

        public Task<Person?> GetAsync(Guid workspaceId, Guid personId, CancellationToken cancellationToken = default) =>
            Task.FromResult<Person?>(person.Id == personId ? person : null);

        public Task<IReadOnlyList<string>> ListNamesAsync(Guid workspaceId, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<string>>([person.DisplayName]);

        public Task<IReadOnlyList<Person>> FindByNameAsync(Guid workspaceId, string name, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<Person>>(person.DisplayName.Equals(name, StringComparison.OrdinalIgnoreCase) ? [person] : []);

        public void Add(Person added) => throw new NotSupportedException();

        public Task<Person> FindOrAddAsync(Person newPerson, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }
}
