using InterviewBot.Slack.Api;
using InterviewBot.Slack.Install;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Slack;

/// <summary>
/// Installing the app into a workspace (OAuth v2, when <c>Slack:ClientId</c> and <c>Slack:ClientSecret</c>
/// are set): <c>GET /slack/install</c> sends the browser to Slack's authorize page with the manifest's
/// scopes and a fresh <see cref="InstallState"/>; Slack sends it back to <c>GET /slack/oauth_redirect</c>
/// with a code, exchanged for the workspace's token (oauth.v2.access) and kept sealed. Every answer is
/// a short plain page; a refused install, or a state that is forged, expired or used, gets a 400 saying so.
/// </summary>
public static class SlackInstallEndpoints
{
    public const string InstallPath = "/slack/install";
    public const string RedirectPath = "/slack/oauth_redirect";

    internal static IEndpointRouteBuilder MapSlackInstall(this IEndpointRouteBuilder endpoints, SlackSettings settings)
    {
        if (!settings.UsesOAuth) return endpoints;
        endpoints.MapGet(InstallPath, (HttpContext http, InstallState states) => Install(http, states, settings));
        endpoints.MapGet(RedirectPath, RedirectAsync);
        return endpoints;
    }

    /// <summary>Slack's authorize page, next to the Web API (<c>https://slack.com/oauth/v2/authorize</c>).</summary>
    internal static Uri AuthorizeUrl(SlackSettings settings) => new(settings.ApiBaseUrl, "../oauth/v2/authorize");

    private static IResult Install(HttpContext http, InstallState states, SlackSettings settings)
    {
        var (state, nonce) = states.Issue();
        http.Response.Cookies.Append(InstallState.CookieName, nonce, new CookieOptions
        {
            HttpOnly = true,
            Secure = http.Request.IsHttps,
            SameSite = SameSiteMode.Lax, // Slack's redirect back is a top-level GET: Lax sends the cookie
            Path = "/slack",
            MaxAge = InstallState.Lifetime,
        });
        var url = QueryHelpers.AddQueryString(AuthorizeUrl(settings).AbsoluteUri, new Dictionary<string, string?>
        {
            ["client_id"] = settings.ClientId,
            ["scope"] = string.Join(',', SlackScopes.Bot),
            ["state"] = state,
        });
        return Results.Redirect(url);
    }

    private static async Task<IResult> RedirectAsync(HttpContext http, InstallState states, OAuthApi oauth, SlackInstallations installations, ILoggerFactory loggers)
    {
        var query = http.Request.Query;
        var problem = states.Redeem(query["state"], http.Request.Cookies[InstallState.CookieName]);
        http.Response.Cookies.Delete(InstallState.CookieName, new CookieOptions { Path = "/slack" });
        if (query["error"].ToString() is { Length: > 0 } error)
            return Page(400, error == "access_denied"
                ? "InterviewBot was not added to Slack: the install was cancelled. To try again, open " + InstallPath + "."
                : $"InterviewBot was not added to Slack ({error}). To try again, open {InstallPath}.");
        if (problem is not null) return Page(400, $"{problem} Nothing was installed. To add InterviewBot to Slack, start again at {InstallPath}.");
        if (query["code"].ToString() is not { Length: > 0 } code) return Page(400, $"The link has no code from Slack. Start again at {InstallPath}.");

        OAuthGrant grant;
        try
        {
            grant = await oauth.ExchangeCodeAsync(code, http.RequestAborted);
        }
        catch (SlackApiException refused)
        {
            Log.InstallFailed(loggers.CreateLogger(typeof(SlackInstallEndpoints)), refused);
            return Page(400, $"Slack did not confirm the install ({refused.Error}). Nothing was installed. Start again at {InstallPath}.");
        }
        await installations.SaveAsync(grant, http.RequestAborted);
        Log.Installed(loggers.CreateLogger(typeof(SlackInstallEndpoints)), grant.WorkspaceId, grant.BotUserId ?? "?");
        var where = string.IsNullOrWhiteSpace(grant.TeamName) ? "your workspace" : grant.TeamName;
        return Page(200, $"InterviewBot is now in {where}. Open Slack and type /interview help to start.");
    }

    private static IResult Page(int status, string text) => Results.Text(text + "\n", "text/plain; charset=utf-8", statusCode: status);
}
