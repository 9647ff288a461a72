using System.Text.Json.Nodes;

namespace InterviewBot.Testing;

/// <summary>At most <see cref="Count"/> accepted requests in any <see cref="Period"/>.</summary>
public sealed record ConnectorWindow(int Count, TimeSpan Period);

/// <summary>
/// Rate limits the stand-in connector enforces, per conversation and per tenant. The tenant is
/// <see cref="TenantOf"/>(conversation id) when given, else the activity's <c>conversation.tenantId</c>.
/// </summary>
public sealed record ConnectorLimits(
    IReadOnlyList<ConnectorWindow> PerConversation,
    IReadOnlyList<ConnectorWindow> PerTenant,
    Func<string, string?>? TenantOf = null)
{
    /// <summary>Teams' limits per bot per conversation, and per app per tenant (msteams-docs, bots/how-to/rate-limit.md).</summary>
    public static ConnectorLimits Teams(Func<string, string?>? tenantOf = null) => new(
        [new(7, TimeSpan.FromSeconds(1)), new(8, TimeSpan.FromSeconds(2)), new(60, TimeSpan.FromSeconds(30)), new(1800, TimeSpan.FromHours(1))],
        [new(50, TimeSpan.FromSeconds(1))],
        tenantOf);
}

/// <summary>The accepted requests' times per conversation and per tenant; used under the connector's lock.</summary>
internal sealed class ConnectorLimitCounter(ConnectorLimits limits)
{
    private readonly Dictionary<string, List<TimeSpan>> _conversations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<TimeSpan>> _tenants = new(StringComparer.Ordinal);

    public string TenantOf(string conversationId, JsonObject body) =>
        limits.TenantOf?.Invoke(conversationId)
        ?? body["conversation"]?["tenantId"]?.GetValue<string>()
        ?? "(no tenant)";

    /// <summary>429 with the seconds until there is room again, or null (accepted, and counted).</summary>
    public (int Status, int? RetryAfterSeconds)? Judge(string conversationId, string tenant, TimeSpan now)
    {
        var conversation = Times(_conversations, conversationId);
        var tenantTimes = Times(_tenants, tenant);
        var wait = new[] { RoomIn(conversation, limits.PerConversation, now), RoomIn(tenantTimes, limits.PerTenant, now) }.Max();
        if (wait > TimeSpan.Zero) return (429, Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)));
        conversation.Add(now);
        tenantTimes.Add(now);
        return null;
    }

    /// <summary>How long until one more request fits every window (zero: it fits now).</summary>
    private static TimeSpan RoomIn(List<TimeSpan> accepted, IReadOnlyList<ConnectorWindow> windows, TimeSpan now)
    {
        var wait = TimeSpan.Zero;
        foreach (var window in windows)
        {
            var inWindow = accepted.Where(t => t > now - window.Period).Order().ToList();
            if (inWindow.Count < window.Count) continue;
            var leaves = inWindow[inWindow.Count - window.Count] + window.Period - now;
            if (leaves > wait) wait = leaves;
        }
        return wait;
    }

    private static List<TimeSpan> Times(Dictionary<string, List<TimeSpan>> byKey, string key)
    {
        if (!byKey.TryGetValue(key, out var times)) byKey[key] = times = [];
        return times;
    }
}
