namespace InterviewBot.Host.Tests.Support;

/// <summary>The JSON a data export carries in chat, split over messages as code blocks.</summary>
public static class ExportJson
{
    /// <summary>Each message's code block, joined as they come.</summary>
    public static string In(IReadOnlyList<ConnectorRequest> messages) => string.Concat(messages.Select(m =>
    {
        var text = m.Text!;
        var start = text.IndexOf("```\n", StringComparison.Ordinal) + "```\n".Length;
        return text[start..text.LastIndexOf("\n```", StringComparison.Ordinal)];
    }));
}
