namespace InterviewBot.Slack.Api;

/// <summary>The Web API by method family, as SlackNet arranges it: <c>api.Chat.PostMessageAsync(…)</c>.</summary>
internal sealed class SlackApi(ChatApi chat, ConversationsApi conversations, ViewsApi views, UsersApi users, AuthApi auth, AppsApi apps, ResponseUrlApi responseUrls)
{
    public ChatApi Chat { get; } = chat;
    public ConversationsApi Conversations { get; } = conversations;
    public ViewsApi Views { get; } = views;
    public UsersApi Users { get; } = users;
    public AuthApi Auth { get; } = auth;
    public AppsApi Apps { get; } = apps;
    public ResponseUrlApi ResponseUrls { get; } = responseUrls;
}
