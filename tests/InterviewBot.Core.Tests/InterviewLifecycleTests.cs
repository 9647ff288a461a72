using static InterviewBot.Core.Domain.InterviewStatus;

namespace InterviewBot.Core.Tests;

/// <summary>Interview.MoveTo and InterviewLifecycle: the statuses a recruiter can set, and the ones they can't.</summary>
public class InterviewLifecycleTests
{
    private static readonly DateTime Later = Samples.Now.AddDays(10);

    /// <summary>A fresh interview moved along allowed steps until it is <paramref name="status"/>.</summary>
    private static Interview InterviewThatIs(InterviewStatus status)
    {
        var interview = Samples.Screen(Samples.Person("Rita Recruiter"));
        InterviewStatus[] path = status switch
        {
            Scheduled => [],
            Held => [Held],
            DecisionPending => [Held, DecisionPending],
            FeedbackSent => [Held, FeedbackSent],
            Closed => [Held, Closed],
            Cancelled => [Cancelled],
            NoShow => [NoShow],
            _ => throw new ArgumentOutOfRangeException(nameof(status)),
        };
        foreach (var step in path) interview.MoveTo(step, Samples.Now);
        Assert.Equal(status, interview.Status);
        return interview;
    }

    [Fact]
    public void A_new_interview_is_scheduled() =>
        Assert.Equal(Scheduled, Samples.Screen(Samples.Person("Rita Recruiter")).Status);

    [Theory]
    [InlineData(Scheduled, Held)]
    [InlineData(Scheduled, Cancelled)]
    [InlineData(Scheduled, NoShow)]
    [InlineData(Held, DecisionPending)]
    [InlineData(Held, FeedbackSent)]
    [InlineData(Held, Closed)]
    [InlineData(DecisionPending, FeedbackSent)]
    [InlineData(FeedbackSent, Closed)]
    [InlineData(Cancelled, Scheduled)]
    [InlineData(NoShow, Scheduled)]
    public void Allowed_moves_change_the_status(InterviewStatus from, InterviewStatus to)
    {
        var interview = InterviewThatIs(from);

        interview.MoveTo(to, Later);

        Assert.Equal(to, interview.Status);
        Assert.Equal(Later, interview.UpdatedUtc);
    }

    [Theory]
    [InlineData(Scheduled, FeedbackSent, "The call with {0} hasn't happened yet, so it can't be marked as feedback sent now.")]
    [InlineData(Scheduled, DecisionPending, "The call with {0} hasn't happened yet, so it can't be marked as waiting on a decision now.")]
    [InlineData(Scheduled, Closed, "The call with {0} hasn't happened yet, so it can't be closed now.")]
    [InlineData(Held, Scheduled, "The call with {0} is already marked held, so it can't be booked again from here – book a new call instead.")]
    [InlineData(FeedbackSent, DecisionPending, "Feedback for {0} is already marked sent, so the call can't be marked as waiting on a decision now.")]
    [InlineData(Closed, Held, "The process with {0} is already closed, so the call can't be marked held now.")]
    [InlineData(Cancelled, Held, "The call with {0} was cancelled, so it can't be marked held now.")]
    [InlineData(NoShow, FeedbackSent, "{0} is already marked as a no-show, so the call can't be marked as feedback sent now.")]
    public void Denied_moves_are_explained_in_a_plain_sentence_and_change_nothing(InterviewStatus from, InterviewStatus to, string sentence)
    {
        var interview = InterviewThatIs(from);
        var updated = interview.UpdatedUtc;

        var error = Assert.Throws<DomainException>(() => interview.MoveTo(to, Later));

        // Said as a person would: who the call is with and what already happened – never a status name
        // such as "feedback sent; it can't become no-show".
        Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, sentence, interview.Candidate.Name), error.Message);
        Assert.Equal(from, interview.Status);
        Assert.Equal(updated, interview.UpdatedUtc);
    }

    [Fact]
    public void Setting_the_status_it_already_has_is_harmless()
    {
        var interview = InterviewThatIs(Held);

        interview.MoveTo(Held, Later);

        Assert.Equal(Held, interview.Status);
    }

    [Fact]
    public void Closed_is_final_and_every_other_status_has_a_way_on() =>
        Assert.All(Enum.GetValues<InterviewStatus>(), s =>
            Assert.Equal(s == Closed, InterviewLifecycle.NextFrom(s).Count == 0));

    [Fact]
    public void Every_status_can_be_reached_from_scheduled()
    {
        var reached = new HashSet<InterviewStatus> { Scheduled };
        var queue = new Queue<InterviewStatus>(reached);
        while (queue.TryDequeue(out var s))
        {
            foreach (var next in InterviewLifecycle.NextFrom(s))
            {
                if (reached.Add(next)) queue.Enqueue(next);
            }
        }

        Assert.Equal(Enum.GetValues<InterviewStatus>().Order(), reached.Order());
    }

    [Theory]
    [InlineData("feedback sent", FeedbackSent)]
    [InlineData("FeedbackSent", FeedbackSent)]
    [InlineData("no-show", NoShow)]
    [InlineData(" Decision pending ", DecisionPending)]
    [InlineData("held", Held)]
    public void Statuses_are_read_as_people_and_buttons_write_them(string text, InterviewStatus status)
    {
        Assert.True(InterviewLifecycle.TryParse(text, out var parsed));
        Assert.Equal(status, parsed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("archived")]
    [InlineData("99")]
    public void Unknown_statuses_are_not_read(string? text) =>
        Assert.False(InterviewLifecycle.TryParse(text, out _));

    [Fact]
    public void Every_status_has_its_own_description_that_reads_back() =>
        Assert.All(Enum.GetValues<InterviewStatus>(), s =>
        {
            Assert.True(InterviewLifecycle.TryParse(s.Describe(), out var back));
            Assert.Equal(s, back);
        });
}
