using System.Text.Json.Nodes;

namespace InterviewBot.Cards.BlockKit;

internal enum GroupRole
{
    /// <summary>Title, progress and the like: kept first.</summary>
    Head,
    Body,

    /// <summary>The card's own buttons: what the message is for, kept with the head.</summary>
    Tail,
}

/// <summary>Blocks that only make sense together (a step, a field and its error, a section), kept or left out as one.</summary>
internal sealed record BlockGroup(IReadOnlyList<JsonObject> Blocks, GroupRole Role, int Priority = 0, string? Name = null)
{
    public int Count => Blocks.Count;
}

/// <summary>
/// Keeps a message or modal within Slack's block limit. Slack rejects a payload with one block
/// too many, so the user would get nothing; instead, whole groups are left out, least important
/// first, and a note says what is missing and where to find it.
/// </summary>
internal static class BlockBudget
{
    public static List<JsonObject> Fit(IReadOnlyList<BlockGroup> groups, int limit, Func<IReadOnlyList<BlockGroup>, JsonObject> note)
    {
        if (groups.Sum(g => g.Count) <= limit) return groups.SelectMany(g => g.Blocks).ToList();

        // Head and tail first, then by priority, each in document order; one block stays free for the note.
        var order = groups.Select((g, i) => (Group: g, Index: i))
            .OrderByDescending(x => x.Group.Role == GroupRole.Body ? x.Group.Priority : int.MaxValue)
            .ThenBy(x => x.Index);
        var kept = new HashSet<int>();
        var room = limit - 1;
        foreach (var (group, index) in order)
        {
            if (group.Count > room) continue;
            room -= group.Count;
            kept.Add(index);
        }

        var dropped = groups.Where((g, i) => !kept.Contains(i) && g.Count > 0).ToList();
        var blocks = new List<JsonObject>();
        var noted = false;
        for (var i = 0; i < groups.Count; i++)
        {
            if (!noted && groups[i].Role == GroupRole.Tail)
            {
                blocks.Add(note(dropped));
                noted = true;
            }
            if (kept.Contains(i)) blocks.AddRange(groups[i].Blocks);
        }
        if (!noted) blocks.Add(note(dropped));
        return blocks;
    }
}
