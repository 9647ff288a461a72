using System.Collections.Frozen;
using static InterviewBot.Core.Tests.Nudges.NudgeTestKit;

namespace InterviewBot.Core.Tests.Nudges;

/// <summary>
/// Many generated calls (fixed seed, so a failure repeats) between people in many zones and
/// working patterns, planned at many moments: every nudge that keeps to working hours is inside
/// its recipient's working hours on a working non-holiday day, and nothing is planned in the past.
/// </summary>
public class NudgePolicyPropertyTests
{
    private const int Seed = 20270328;
    private static readonly DateTime From = new(2026, 9, 1, 0, 0, 0, DateTimeKind.Utc);

    private static readonly WorkingTime[] People =
    [
        Berlin(),
        NewYork(),
        Kolkata(),
        Sydney(),
        Jerusalem(),
        FourDayLondon(),
        new("Pacific/Auckland", new TimeOnly(8, 30), new TimeOnly(17, 0), WorkingDays.MondayToFriday, "NZ"),
        new("America/Los_Angeles", new TimeOnly(7, 0), new TimeOnly(15, 30), WorkingDays.MondayToFriday, "US"),
        new("Asia/Tokyo", Nine, Six, WorkingDays.MondayToFriday, "JP"),
        // Night shifts whose day starts at a time the clocks skip in spring and repeat in autumn.
        new("Europe/Berlin", new TimeOnly(2, 30), new TimeOnly(11, 0), (WorkingDays)127, "DE"),
        new("America/New_York", new TimeOnly(1, 30), new TimeOnly(9, 45), WorkingDays.MondayToFriday | WorkingDays.Saturday, "US"),
        // Unknown holiday country: no holidays, no failure.
        new("America/Sao_Paulo", Nine, Six, WorkingDays.MondayToFriday, "XX"),
    ];

    private static readonly InterviewStatus[] Statuses =
    [
        InterviewStatus.Scheduled, InterviewStatus.Scheduled, InterviewStatus.Scheduled,
        InterviewStatus.Held, InterviewStatus.DecisionPending, InterviewStatus.FeedbackSent, InterviewStatus.Closed,
    ];

    [Fact]
    public void Every_planned_nudge_of_many_calls_is_in_its_recipients_working_hours_and_not_in_the_past()
    {
        var random = new Random(Seed);
        var checkedNudges = 0;
        var nearClockChange = 0;
        for (var i = 0; i < 3000; i++)
        {
            var facts = RandomCall(random, i);
            var now = facts.StartUtc.AddMinutes(random.Next(-10 * 24 * 60, 12 * 24 * 60));
            var plan = PolicyAt(now).PlanFor(facts, RandomSettings(random), RandomOverrides(random), RandomOverrides(random));

            Assert.Equal(plan.Count, plan.Select(n => n.Key).Distinct().Count());
            foreach (var nudge in plan)
            {
                var context = $"call #{i} {facts.StartUtc:u}, now {now:u}: {nudge.Kind} to {nudge.To} at {nudge.DueUtc:u}";
                Assert.True(nudge.DueUtc >= now, context);
                Assert.Equal(DateTimeKind.Utc, nudge.DueUtc.Kind);
                var who = RecipientOf(facts, nudge.To);
                if (nudge.Kind.KeepsToWorkingHours())
                {
                    Assert.True(InsideWorkingHours(who, nudge.DueUtc), $"{context} is outside working hours ({Local(who, nudge.DueUtc)} in {who.TimeZoneId})");
                    checkedNudges++;
                    if (NearClockChange(who, nudge.DueUtc)) nearClockChange++;
                }
                if (nudge.Kind is NudgeKind.FeedbackDue or NudgeKind.FeedbackOverdue or NudgeKind.FeedbackOverdueTeam or NudgeKind.PostMortem or NudgeKind.ThankYou)
                    Assert.True(nudge.DueUtc >= facts.EndUtc, context);
                if (nudge.Kind == NudgeKind.PrepReminder)
                    Assert.True(nudge.DueUtc < facts.StartUtc, context);
            }
        }

        Assert.True(checkedNudges > 5000, $"only {checkedNudges} nudges checked");
        Assert.True(nearClockChange > 100, $"only {nearClockChange} nudges near a clock change");
    }

    [Fact]
    public void Keep_in_the_loop_chains_and_digests_stay_in_working_hours_and_move_forward()
    {
        var random = new Random(Seed + 1);
        for (var i = 0; i < 500; i++)
        {
            var facts = RandomCall(random, i) with { Status = InterviewStatus.DecisionPending };
            var policy = PolicyAt(facts.EndUtc);
            var settings = NudgeSettings.Defaults with { KeepInTheLoopWorkingDays = random.Next(1, 4) };
            var after = facts.EndUtc;
            for (var n = 0; n < 6; n++)
            {
                var next = policy.NextKeepInTheLoop(facts, after, settings)!;
                Assert.True(next.DueUtc > after, $"call #{i}: {next.DueUtc:u} does not come after {after:u}");
                Assert.True(InsideWorkingHours(facts.Recruiter!, next.DueUtc), $"call #{i}: keep-in-the-loop at {Local(facts.Recruiter!, next.DueUtc)}");
                after = next.DueUtc;
            }

            var team = People[random.Next(People.Length)];
            var schedule = new DigestSchedule(random.Next(2) == 0 ? DigestCadence.Daily : DigestCadence.Weekly,
                new TimeOnly(random.Next(24), random.Next(4) * 15), (DayOfWeek)random.Next(7));
            var digestAfter = facts.StartUtc;
            for (var n = 0; n < 4; n++)
            {
                var digest = policy.NextDigest("T", team, NudgeSettings.Defaults with { Digest = schedule }, digestAfter)!;
                Assert.True(digest.DueUtc > digestAfter);
                Assert.True(InsideWorkingHours(team, digest.DueUtc), $"digest {schedule} at {Local(team, digest.DueUtc)} in {team.TimeZoneId}");
                digestAfter = digest.DueUtc;
            }
        }
    }

    private static InterviewFacts RandomCall(Random random, int i)
    {
        var start = From.AddMinutes(15 * random.Next(0, 600 * 24 * 4));
        var recruiter = People[random.Next(People.Length)];
        var candidate = random.Next(4) == 0 ? null : People[random.Next(People.Length)];
        var team = random.Next(2) == 0 ? null : People[random.Next(People.Length)];
        var recruiterCallDay = DateOnly.FromDateTime(Zones.ToLocal(start, recruiter.TimeZoneId));
        DateOnly? promised = random.Next(3) == 0 ? recruiterCallDay.AddDays(random.Next(0, 12)) : null;
        var end = start.AddMinutes(15 * random.Next(1, 9));
        var status = Statuses[random.Next(Statuses.Length)];
        DateTime? lastUpdate = status == InterviewStatus.DecisionPending && random.Next(2) == 0 ? end.AddHours(random.Next(0, 120)) : null;
        return new InterviewFacts(new Guid(i, 0, 0, new byte[8]), start, end, status, recruiter, candidate, promised, team, lastUpdate);
    }

    private static NudgeSettings RandomSettings(Random random) => NudgeSettings.Defaults with
    {
        CallStartingLead = TimeSpan.FromMinutes(random.Next(0, 61)),
        CallDoneDelay = TimeSpan.FromMinutes(random.Next(0, 61)),
        FeedbackWorkingDays = random.Next(1, 7),
        KeepInTheLoopWorkingDays = random.Next(1, 4),
        ThankYouDelay = TimeSpan.FromMinutes(random.Next(0, 121)),
        PostMortemDelay = TimeSpan.FromMinutes(random.Next(0, 600)),
    };

    private static NudgeOverrides? RandomOverrides(Random random) => random.Next(3) switch
    {
        0 => null,
        1 => new NudgeOverrides { TurnOff = new[] { (NudgeKind)random.Next(10) }.ToFrozenSet() },
        _ => new NudgeOverrides { ThankYouDelay = TimeSpan.FromMinutes(random.Next(0, 240)), FeedbackWorkingDays = random.Next(1, 5) },
    };

    private static WorkingTime RecipientOf(InterviewFacts facts, NudgeRecipient to) => to switch
    {
        NudgeRecipient.Recruiter => facts.Recruiter!,
        NudgeRecipient.Candidate => facts.Candidate!,
        _ => facts.Team!,
    };

    /// <summary>Within a week of a change of the recipient's UTC offset.</summary>
    private static bool NearClockChange(WorkingTime who, DateTime utc)
    {
        var zone = Zones.Find(who.TimeZoneId);
        return zone.GetUtcOffset(utc.AddDays(-7)) != zone.GetUtcOffset(utc.AddDays(7));
    }
}
