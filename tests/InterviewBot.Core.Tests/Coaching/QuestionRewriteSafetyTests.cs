using InterviewBot.Core.Coaching;

namespace InterviewBot.Core.Tests.Coaching;

/// <summary>
/// Issue 19, safer rewrites: a rewrite keeps the question's subject, never takes for granted what
/// the recruiter wanted to verify, keeps a leading context sentence, and the request forms of
/// non-native speakers read as the open requests they are.
/// </summary>
public class QuestionRewriteSafetyTests
{
    private readonly QuestionCoach _coach = new();

    private string Rewrite(string question)
    {
        var assessment = _coach.Assess(question);
        Assert.True(assessment.IsClosed, $"{question} should be closed");
        Assert.False(_coach.Assess(assessment.Suggestion!).IsClosed, assessment.Suggestion);
        return assessment.Suggestion!;
    }

    [Theory]
    [InlineData("How many years of experience do you have with Go?", "Go")]
    [InlineData("How many years of experience do you have with Python?", "Python")]
    [InlineData("How much experience do you have with Kubernetes?", "Kubernetes")]
    [InlineData("How many engineers did you manage at Spotify?", "Spotify")]
    [InlineData("How many people were on your team at Wolt?", "Wolt")]
    [InlineData("How long have you been working with Terraform?", "Terraform")]
    [InlineData("Is it correct that you managed five people?", "five people")]
    [InlineData("Is it correct that you led a team of ten?", "team of ten")]
    public void The_rewrite_keeps_the_technology_the_company_and_the_number(string question, string subject) =>
        Assert.Contains(subject, Rewrite(question), StringComparison.Ordinal);

    [Theory]
    [InlineData("You led the Kafka migration at Zalando, right?", "led", "Kafka migration at Zalando")]
    [InlineData("You built the payment service alone, correct?", "built", "payment service")]
    [InlineData("Is it correct that you managed five people?", "you managed", "five people")]
    [InlineData("Is it true that you were the tech lead at Klarna?", "being the tech lead", "Klarna")]
    [InlineData("You designed the data platform at Booking, right?", "designed", "data platform at Booking")]
    [InlineData("So you migrated the monolith to microservices, right?", "migrated", "monolith")]
    [InlineData("You have managed people before, right?", "managed", "people")]
    public void A_claim_to_verify_is_asked_about_without_taking_it_for_granted(string question, string claim, string subject)
    {
        var rewrite = Rewrite(question);
        Assert.DoesNotContain(claim, rewrite, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(subject, rewrite, StringComparison.Ordinal);
        Assert.Contains("your part", rewrite, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Do you mind if I ask about your notice period?", "notice period")]
    [InlineData("Would you mind if I ask about your current salary?", "salary")]
    public void A_polite_permission_wrapper_is_dropped_from_the_rewrite(string question, string subject)
    {
        var rewrite = Rewrite(question);
        Assert.DoesNotContain("if I ask", rewrite, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("feel about", rewrite, StringComparison.Ordinal);
        Assert.Contains(subject, rewrite, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("We are a small team. Do you like working in small teams?", "We are a small team.")]
    [InlineData("Our stack is Kotlin. Do you know Kotlin?", "Our stack is Kotlin.")]
    [InlineData("We are a team of six. Have you worked in a team that small?", "We are a team of six.")]
    public void A_leading_context_sentence_is_kept(string question, string context) =>
        Assert.StartsWith(context + " ", Rewrite(question), StringComparison.Ordinal);

    [Theory]
    [InlineData("Do you can describe your typical day?")]
    [InlineData("Is possible to tell about your team?")]
    [InlineData("Can you to explain how your deployment works?")]
    [InlineData("Is possible you describe your last project?")]
    [InlineData("You can tell me about your biggest challenge?")]
    [InlineData("Do you can tell about the architecture of your system?")]
    [InlineData("Could you describe me your current role?")]
    [InlineData("Is possible explain your last project?")]
    [InlineData("Do you can to tell me about your team?")]
    public void A_request_in_a_non_native_form_is_open(string question)
    {
        var assessment = _coach.Assess(question);
        Assert.False(assessment.IsClosed, $"{question} read as {assessment.Kind}");
        Assert.Null(assessment.Suggestion);
    }

    [Theory]
    [InlineData("Tell me, are you open to relocation?", "relocation")]
    [InlineData("Tell me, do you have experience with Terraform?", "Terraform")]
    [InlineData("Tell me, have you ever worked remotely?", "remote")]
    public void A_yes_no_question_after_tell_me_is_still_closed(string question, string subject) =>
        Assert.Contains(subject, Rewrite(question), StringComparison.Ordinal);
}
