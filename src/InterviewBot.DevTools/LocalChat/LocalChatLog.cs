namespace InterviewBot.DevTools.LocalChat;

/// <summary>Where the page's files are: the build output's LocalChat/wwwroot.</summary>
internal sealed record LocalChatOptions(string AssetsRoot);

internal static partial class LocalChatLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Local mode: open {Url} in a browser to chat with the bot (cards, nudges and a clock to move time forward).")]
    public static partial void PageReady(ILogger logger, string url);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "Local mode, but the chat page cannot render cards: its npm scripts are missing from {Folder}. Install Node.js 20+ and run 'dotnet build src/InterviewBot.Host'.")]
    public static partial void RenderersMissing(ILogger logger, string folder);
}
