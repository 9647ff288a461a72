// The stock echo bot: the Bot Framework samples' shape, with nothing tuned. The baseline that
// bench/run-turns.sh measures InterviewBot against.
//
//   dotnet StockEchoBot.dll <port>        (auth off: no MicrosoftAppId; listens on 127.0.0.1:<port>)
using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

var port = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 3981;
var builder = WebApplication.CreateBuilder(args.Skip(1).ToArray());
builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
builder.Logging.SetMinimumLevel(LogLevel.Warning);

// Stock: authentication from configuration, no IHttpClientFactory, so a new HttpClient per turn.
builder.Services.AddSingleton<BotFrameworkAuthentication>(sp => new ConfigurationBotFrameworkAuthentication(sp.GetRequiredService<IConfiguration>()));
builder.Services.AddSingleton<IBotFrameworkHttpAdapter>(sp =>
    new CloudAdapter(sp.GetRequiredService<BotFrameworkAuthentication>(), sp.GetRequiredService<ILogger<CloudAdapter>>()));
builder.Services.AddTransient<IBot, EchoBot>();

var app = builder.Build();
app.MapPost("/api/messages", (HttpRequest request, HttpResponse response, IBotFrameworkHttpAdapter adapter, IBot bot) =>
    adapter.ProcessAsync(request, response, bot, request.HttpContext.RequestAborted));
app.MapGet("/healthz", () => "Healthy");
await app.RunAsync();

/// <summary>
/// Echoes every message as a reply, like the Bot Framework echo sample – except the text "noreply",
/// which it leaves unanswered so the harness can show the stock adapter's inbound ceiling too.
/// </summary>
internal sealed class EchoBot : ActivityHandler
{
    protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken) =>
        turnContext.Activity.Text == "noreply"
            ? Task.CompletedTask
            : turnContext.SendActivityAsync(MessageFactory.Text($"Echo: {turnContext.Activity.Text}"), cancellationToken);
}
