using System.Security.Cryptography;
using System.Text;
using InterviewBot.Core.Conversations;
using InterviewBot.Core.Domain;
using InterviewBot.Core.Ports;

namespace InterviewBot.Host.Api;

/// <summary>One API key and the workspace it acts in.</summary>
public sealed record ApiKey(string Key, WorkspaceKey Workspace);

/// <summary>
/// The keys from <c>Api:Keys</c> (a list of { Key, Platform, Tenant }). Each key acts in exactly one
/// workspace; with no key configured the API does not exist.
/// </summary>
public sealed class ApiKeys
{
    public const string Section = "Api:Keys";
    private const int MinimumKeyLength = 24;

    private readonly IReadOnlyList<ApiKey> _keys;

    private ApiKeys(IReadOnlyList<ApiKey> keys) => _keys = keys;

    public bool Any => _keys.Count > 0;

    public static ApiKeys From(IConfiguration configuration)
    {
        var keys = new List<ApiKey>();
        foreach (var entry in configuration.GetSection(Section).GetChildren())
        {
            var key = entry["Key"] ?? entry.Value;
            if (string.IsNullOrWhiteSpace(key)) throw new SettingException($"Setting {Section}:{entry.Key}:Key is empty.");
            if (key.Length < MinimumKeyLength)
                throw new SettingException($"Setting {Section}:{entry.Key}:Key is too short: use at least {MinimumKeyLength} random characters.");
            var platform = string.IsNullOrWhiteSpace(entry["Platform"]) ? Platforms.Teams : entry["Platform"]!;
            var tenant = string.IsNullOrWhiteSpace(entry["Tenant"]) ? Platforms.LocalTenant : entry["Tenant"]!;
            keys.Add(new ApiKey(key, new WorkspaceKey(platform, tenant)));
        }
        return new ApiKeys(keys);
    }

    /// <summary>The key a bearer token matches, compared in constant time so timing reveals nothing.</summary>
    public ApiKey? Match(string? authorization)
    {
        const string scheme = "Bearer ";
        if (authorization is null || !authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)) return null;
        var given = Encoding.UTF8.GetBytes(authorization[scheme.Length..].Trim());
        ApiKey? match = null;
        foreach (var key in _keys)
        {
            if (CryptographicOperations.FixedTimeEquals(given, Encoding.UTF8.GetBytes(key.Key))) match = key;
        }
        return match;
    }
}
