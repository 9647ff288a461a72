using System.Security.Claims;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace InterviewBot.Teams;

/// <summary>
/// Bot Framework authentication exactly as configured (inbound token checks, credentials, caller ids,
/// user tokens – all by the inner instance), except that the connector factories it gives the adapter
/// for replies, updates and proactive sends serve reused connector clients from
/// <see cref="ConnectorClientCache"/> instead of a new one per turn.
/// </summary>
internal sealed class ReusingBotFrameworkAuthentication(BotFrameworkAuthentication inner, ConnectorClientCache clients) : BotFrameworkAuthentication
{
    /// <summary>
    /// The inner check, with its failures as <see cref="TokenRefusedException"/> (401) or
    /// <see cref="TokenCheckUnavailableException"/> (503): neither is the <see cref="UnauthorizedAccessException"/>
    /// the adapter catches and logs with its stack trace, so both reach <see cref="MessagesEndpoint"/>, which
    /// answers and logs one line.
    /// </summary>
    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken)
    {
        AuthenticateRequestResult result;
        try
        {
            result = await inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception failure) when (failure is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            throw TokenCheck.Classify(failure);
        }
        if (result.ConnectorFactory is not null && result.ClaimsIdentity is not null)
            result.ConnectorFactory = clients.Wrap(result.ConnectorFactory, result.ClaimsIdentity);
        return result;
    }

    public override Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
        inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken);

    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken);

    /// <summary>The proactive path (<c>ContinueConversationAsync</c>): nudges and their updates.</summary>
    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        clients.Wrap(inner.CreateConnectorFactory(claimsIdentity), claimsIdentity);

    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        inner.CreateUserTokenClientAsync(claimsIdentity, cancellationToken);

    public override BotFrameworkClient CreateBotFrameworkClient() => inner.CreateBotFrameworkClient();

    public override string GetOriginatingAudience() => inner.GetOriginatingAudience();
}
