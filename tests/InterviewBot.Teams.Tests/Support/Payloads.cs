using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace InterviewBot.Teams.Tests.Support;

/// <summary>Recorded Bot Framework activities from TestData/, read the way the Bot Framework reads a request body.</summary>
internal static class Payloads
{
    public static Activity Load(string name) => JsonConvert.DeserializeObject<Activity>(Read(name))!;

    /// <summary>A recorded payload with one change made to its JSON first, for the variations Teams can send.</summary>
    public static Activity Load(string name, Action<JObject> change)
    {
        var json = JObject.Parse(Read(name));
        change(json);
        return json.ToObject<Activity>()!;
    }

    private static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", name));
}
