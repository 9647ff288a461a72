using System.Collections.Concurrent;
using InterviewBot.Core.Conversations;
using InterviewBot.Core.Domain;
using InterviewBot.Core.Ports;
using InterviewBot.Slack.Api;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewBot.Slack.Install;

/// <summary>
/// The workspaces the app is installed in and the token each is answered with. Tokens are sealed
/// with Data Protection before they are stored (a copied database alone reveals none) and unsealed
/// only here. A token that expires (token rotation on) is refreshed with oauth.v2.access a few
/// minutes before it does. Unsealed tokens are remembered for a minute, so a turn's several calls
/// read the database once; so is a workspace with no installation (the single bot token's own, one
/// not installed yet), whose every call would otherwise ask the database again. An install landing in
/// this process and removing an installation forget what was remembered at once.
/// </summary>
internal sealed class SlackInstallations(IServiceScopeFactory scopes, IDataProtectionProvider protection, IServiceProvider services, SlackClock slackClock)
{
    /// <summary>The purpose the tokens are sealed for: a protector for any other purpose cannot read them.</summary>
    public const string Purpose = "InterviewBot.Slack.Tokens.v1";

    /// <summary>A rotating token is refreshed when it has less than this left.</summary>
    public static readonly TimeSpan RefreshAhead = TimeSpan.FromMinutes(5);

    private static readonly TimeSpan Remembered = TimeSpan.FromMinutes(1);

    private readonly IDataProtector _protector = protection.CreateProtector(Purpose);
    private readonly ConcurrentDictionary<string, (string? Token, DateTimeOffset Until)> _tokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _refreshing = new(StringComparer.Ordinal);

    private TimeProvider Clock => slackClock.Time;

    /// <summary>Keeps what an install gave (a reinstall replaces the workspace's token; its data stays).</summary>
    public async Task<Installation> SaveAsync(OAuthGrant grant, CancellationToken cancellationToken = default)
    {
        var now = Clock.GetUtcNow().UtcDateTime;
        var installation = new Installation(Platforms.Slack, grant.WorkspaceId, grant.EnterpriseId, now);
        Fill(installation, grant, now);
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IInstallations>().SaveAsync(installation, cancellationToken);
        _tokens.TryRemove(grant.WorkspaceId, out _);
        return installation;
    }

    /// <summary>The bot token for <paramref name="teamId"/>, refreshed when it is about to expire; null when the app is not installed there.</summary>
    public async Task<string?> BotTokenAsync(string teamId, CancellationToken cancellationToken = default)
    {
        if (_tokens.TryGetValue(teamId, out var known) && known.Until > Clock.GetUtcNow()) return known.Token;
        var installation = await FindAsync(teamId, cancellationToken);
        if (installation is null)
        {
            _tokens[teamId] = (null, Clock.GetUtcNow() + Remembered);
            return null;
        }
        if (installation.TokenExpiresUtc is { } expires && installation.SealedRefreshToken is not null
            && expires - Clock.GetUtcNow().UtcDateTime < RefreshAhead)
            return await RefreshAsync(teamId, cancellationToken);
        return Remember(teamId, installation);
    }

    /// <summary>
    /// The app was uninstalled (<paramref name="appRemoved"/>) or its bot token revoked: the tokens are
    /// deleted and the workspace's nudges stop, at once.
    /// </summary>
    public async Task<RemovedFromWorkspace> RemoveAsync(string teamId, bool appRemoved, CancellationToken cancellationToken = default)
    {
        _tokens.TryRemove(teamId, out _);
        await using var scope = scopes.CreateAsyncScope();
        var removed = await scope.ServiceProvider.GetRequiredService<AppRemoval>().RemoveAsync(Platforms.Slack, teamId, appRemoved, cancellationToken);
        _tokens.TryRemove(teamId, out _);
        return removed;
    }

    private async Task<string?> RefreshAsync(string teamId, CancellationToken ct)
    {
        var gate = _refreshing.GetOrAdd(teamId, _ => new SemaphoreSlim(1, 1));
        // Waiting on another turn's refresh, which needs an engine slot back to finish: wait without one.
        await using (Work.EngineSlots.StepAway()) await gate.WaitAsync(ct);
        try
        {
            // Another call may have refreshed it while this one waited.
            var installation = await FindAsync(teamId, ct);
            if (installation is null) return null;
            if (installation.TokenExpiresUtc is not { } expires || installation.SealedRefreshToken is null
                || expires - Clock.GetUtcNow().UtcDateTime >= RefreshAhead)
                return Remember(teamId, installation);
            var grant = await services.GetRequiredService<OAuthApi>().RefreshAsync(_protector.Unprotect(installation.SealedRefreshToken), ct);
            var now = Clock.GetUtcNow().UtcDateTime;
            Fill(installation, grant with { TeamName = grant.TeamName ?? installation.WorkspaceName, BotUserId = grant.BotUserId ?? installation.BotUserId, InstalledBy = installation.InstalledBy }, now);
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IInstallations>().SaveAsync(installation, ct);
            return Remember(teamId, installation);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<Installation?> FindAsync(string teamId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IInstallations>().FindAsync(Platforms.Slack, teamId, ct);
    }

    private string Remember(string teamId, Installation installation)
    {
        var token = _protector.Unprotect(installation.SealedBotToken);
        var until = Clock.GetUtcNow() + Remembered;
        if (installation.TokenExpiresUtc is { } expires && expires - RefreshAhead < until.UtcDateTime) until = new DateTimeOffset(expires - RefreshAhead, TimeSpan.Zero);
        _tokens[teamId] = (token, until);
        return token;
    }

    private void Fill(Installation installation, OAuthGrant grant, DateTime now)
    {
        installation.WorkspaceName = grant.TeamName;
        installation.BotUserId = grant.BotUserId;
        installation.Scopes = grant.Scopes;
        installation.InstalledBy = grant.InstalledBy;
        installation.SealedBotToken = _protector.Protect(grant.AccessToken);
        installation.SealedRefreshToken = grant.RefreshToken is { } refresh ? _protector.Protect(refresh) : null;
        installation.TokenExpiresUtc = grant.ExpiresIn is { } expiresIn ? now + expiresIn : null;
        installation.UpdatedUtc = now;
    }
}
