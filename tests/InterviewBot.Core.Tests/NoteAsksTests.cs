using InterviewBot.Core.Coaching;

namespace InterviewBot.Core.Tests;

/// <summary>"Ask why"-style prep notes read as open questions that keep the note's subject.</summary>
public class NoteAsksTests
{
    [Theory]
    [InlineData("2019–2021 gap – ask why", "Tell me about 2019–2021 gap – what was behind it?")]
    [InlineData("led the payments rewrite – ask about team size", "Led the payments rewrite: tell me about team size.")]
    [InlineData("left Zalando after 8 months, ask why they left", "Left Zalando after 8 months: tell me why they left.")]
    [InlineData("Kafka on the CV - ask how deep it goes", "Kafka on the CV: tell me how deep it goes.")]
    [InlineData("Why did they move from Go to Rust?", "Why did they move from Go to Rust?")]
    public void An_ask_note_becomes_an_open_question_with_its_subject(string note, string question)
    {
        Assert.Equal(question, NoteAsks.Question(note));
        Assert.False(new QuestionCoach().Assess(question).IsClosed, question);
    }

    [Theory]
    [InlineData("maintains a small open-source parser")]
    [InlineData("ask why")]
    [InlineData("great talk at a local meetup")]
    public void A_note_that_asks_nothing_gives_no_question(string note) => Assert.Null(NoteAsks.Question(note));

    [Fact]
    public void Each_line_of_a_note_is_read_on_its_own() =>
        Assert.Equal(2, NoteAsks.From(["2019–2021 gap – ask why\nled the payments rewrite – ask about team size\nstrong GitHub"]).Count);
}
