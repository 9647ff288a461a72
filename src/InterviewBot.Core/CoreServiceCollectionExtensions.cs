using InterviewBot.Core.Calendar;
using InterviewBot.Core.Coaching;
using InterviewBot.Core.Conversations;
using InterviewBot.Core.Engine;
using InterviewBot.Core.FollowUp;
using InterviewBot.Core.Mail;
using InterviewBot.Core.Nudges;
using InterviewBot.Core.Playbooks;
using InterviewBot.Core.Privacy;
using InterviewBot.Core.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InterviewBot.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>
    /// The engine and its flows, one set per turn (they share the turn's stores), plus the content
    /// read once from the embedded YAML. The stores themselves come from a persistence project.
    /// </summary>
    public static IServiceCollection AddInterviewBotCore(this IServiceCollection services)
    {
        // Real time unless something registered another clock, before or after this call (local mode
        // replaces it with the clock the developer moves): a default, never an override.
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(PlaybookCatalog.Default);
        services.AddSingleton(QuestionBank.Default);
        services.AddScoped<InterviewAccess>();
        services.AddScoped<StepStorage>();
        services.AddScoped<ChecklistFlow>();
        services.AddScoped<ChatAnswers>();
        services.AddScoped<InterviewForms>();
        services.AddScoped<InterviewList>();
        services.AddScoped<StoryFlow>();
        services.AddScoped<QuestionBankFlow>();
        services.AddScoped<JournalFlow>();
        services.AddScoped<PrivacyFlow>();
        services.AddScoped<CandidateRequestFlow>();
        services.AddScoped<HandOverFlow>();
        services.AddScoped<JoinFlow>();
        // Calendar feeds: the chat side and one poll (the feed's source, protector and timer come from the host).
        services.AddScoped<CalendarFlow>();
        services.AddScoped<CalendarSync>();
        services.AddScoped<CalendarPollOutbox>();
        services.AddScoped<InterviewBooking>();
        services.AddScoped<ConversationRouter>();

        // The turn, the same for every channel: who, what to say, where it went, one commit.
        services.AddScoped<Participants>();
        services.AddScoped<ConversationBook>();
        services.AddSingleton<StoredAddresses>();
        services.AddScoped<SentCardLedger>();
        services.AddScoped<ConversationPipeline>();

        // Follow-up: planning nudges, delivering them, and what their buttons do.
        services.AddSingleton<NudgePolicy>();
        // The default zone of people the bot knows none of: UTC unless a host reads Nudges:DefaultTimeZone.
        services.TryAddSingleton(WorkingTimes.Utc);
        services.AddScoped<NudgeOutbox>();
        services.AddScoped<NudgeCardCloser>();
        services.AddScoped<NudgePlanner>();
        services.AddScoped<DigestPlanner>();
        services.AddScoped<TeamDigest>();
        services.AddScoped<NudgeActions>();
        services.AddScoped<DirectChats>();
        services.AddScoped<DecisionFlow>();
        services.AddScoped<FeedbackTurnaround>();
        services.AddScoped<HomeDashboard>();
        services.AddScoped<HomeRefresh>();
        services.AddScoped<Commit>();
        services.AddScoped<INudgeDelivery, NudgeDispatcher>();

        // E-mail to candidates: off unless a host registers a way out (SMTP, or local mode's Outbox) and its options.
        services.TryAddSingleton(MailOptions.Off);
        services.AddScoped<MailOutbox>();
        services.AddScoped<MailRequests>();
        services.AddScoped<CallInvitations>();
        services.AddScoped<MailFlow>();
        services.AddScoped<IMailDelivery, MailDispatcher>();

        // Retention: the window comes from configuration where a host provides it (the scheduling
        // project reads Privacy:RetentionDays); otherwise the product default.
        services.TryAddSingleton(RetentionSettings.Default);
        services.AddScoped<RetentionSweep>();

        // The bot removed from a workspace (or its tokens revoked): tokens and nudges stop at once.
        services.AddScoped<AppRemoval>();
        services.TryAddSingleton(UninstalledWorkspaceSettings.Default);
        services.AddScoped<UninstalledWorkspaceSweep>();

        // Privacy requests about candidates: nobody may make them unless a host reads Privacy:Admins.
        // Their audit lines need logging, which is added here if the host has not (it adds nothing twice).
        services.TryAddSingleton(PrivacyAdmins.None);
        services.AddLogging();
        services.AddSingleton<PrivacyAudit>();
        return services;
    }
}
