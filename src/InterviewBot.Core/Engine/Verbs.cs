namespace InterviewBot.Core.Engine;

/// <summary>The verbs card buttons carry back to the engine, and the data keys they use.</summary>
public static class Verbs
{
    public const string Help = "help";
    public const string NewInterview = "interview.new";
    public const string CreateInterview = "interview.create";
    public const string NewPrep = "prep.new";
    public const string CreatePrep = "prep.create";
    public const string ListInterviews = "interview.list";
    public const string OpenInterview = "interview.open";
    public const string ShowPhase = "phase.show";
    public const string ToggleStep = "step.toggle";
    public const string SaveStep = "step.save";
    public const string AnswerInChat = "step.chat";
    public const string SetStatus = "status.set";
    public const string ShowSettings = "settings.show";
    public const string SaveSettings = "settings.save";
    public const string Dismiss = "dismiss";
    public const string ShowQuestionBank = "bank.show";
    public const string AddFromBank = "bank.add";
    public const string ListStories = "stories.list";
    public const string EditStory = "story.edit";
    public const string SaveStory = "story.save";
    public const string DeleteStory = "story.delete";
    public const string UseStory = "story.use";
    public const string ShowJournal = "journal.show";
    public const string RewriteQuestion = "question.rewrite";
    public const string PlanFromNote = "question.fromnote";
    public const string ConfirmForget = "privacy.forget.confirm";
    public const string DeleteInterview = "privacy.interview.delete";
    public const string ConfirmDeleteInterview = "privacy.interview.delete.confirm";
    public const string KeepData = "privacy.cancel";
    public const string ConfirmCandidateErase = "privacy.candidate.erase.confirm";
    public const string KeepCandidateData = "privacy.candidate.erase.cancel";
    public const string DeleteRemovedWorkspaces = "privacy.removed.delete";
    public const string ShowHandOver = "handover.show";
    public const string HandOver = "handover.confirm";
    public const string CheckQuestion = Conversations.Shortcuts.CheckQuestionVerb;

    public const string KeyInterview = "interviewId";
    public const string KeyPhase = "phase";
    public const string KeyStep = "step";
    public const string KeyStatus = "status";
    public const string KeyIndex = "index";
    public const string KeyStory = "storyId";
    public const string KeyPerson = "personId";
    public const string KeyRequest = "requestId";
    public const string KeyNewOwner = "newOwner";
    public const string KeyQuestion = "question";

    /// <summary>The id under which a step's field is submitted: <c>step.{stepId}.{fieldId}</c>.</summary>
    public static string StepInput(string stepId, string fieldId) => $"step.{stepId}.{fieldId}";
}
