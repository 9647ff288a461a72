// A slow stand-in for Slack's Web API for bench/run-slack-ack.sh: the tests' FakeSlackApi
// (tests/InterviewBot.Testing) on a fixed port, answering every POST /api/{method} (and the response_url
// hook POST /hooks/{id}) as Slack does – {"ok":true,…} with the ids the bot reads – after a fixed delay,
// 1 s by default. It only counts the calls per method (GET /calls) and prints the counts when stopped,
// so the harness can say how much background work the acknowledged commands produced.
//
//   dotnet SlackStub.dll <port> [delay-ms]
using System.Globalization;
using System.Runtime.InteropServices;
using InterviewBot.Testing;

var port = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 3991;
var delay = TimeSpan.FromMilliseconds(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1000);

await using var slack = await FakeSlackApi.StartAsync(port);
slack.Delay = delay;
slack.RecordCalls = false;

// Runs until the harness stops it (SIGTERM, or Ctrl+C by hand), then prints the counts.
var stopped = new TaskCompletionSource();
void Stop(PosixSignalContext signal)
{
    signal.Cancel = true;
    stopped.TrySetResult();
}
using var onTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
using var onInt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
await stopped.Task;
Console.WriteLine("Slack API calls: " + string.Join(", ", slack.CallsPerMethod.Select(c => $"{c.Key}={c.Value}")));
