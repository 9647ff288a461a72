namespace InterviewBot.Core.Conversations;

/// <summary>
/// What a platform's shortcuts ask of the core, in its words, so a channel can hand one over without
/// knowing the engine's verbs: checking a message's text as an interview question (Slack's message
/// shortcut), and booking a phone screen (a global shortcut, the same as typing it).
/// </summary>
public static class Shortcuts
{
    public const string CheckQuestionVerb = "question.check";

    /// <summary>The value that holds the question's text.</summary>
    public const string QuestionKey = "question";

    /// <summary>What the booking shortcut says: the command that opens the booking form.</summary>
    public const string NewInterviewText = "new interview";

    /// <summary>The question coach's verdict on <paramref name="text"/>, as a tap on a card would ask for it.</summary>
    public static CardSubmit CheckQuestion(string text) => new(CheckQuestionVerb, null, new Dictionary<string, string>
    {
        ["verb"] = CheckQuestionVerb,
        [QuestionKey] = text,
    });
}
