using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using InterviewBot.Core.Views;

namespace InterviewBot.Cards.BlockKit;

/// <summary>
/// The block_id of each field's input block. Slack returns input values keyed by block_id, so it
/// is the field's own id whenever Slack takes it (1–255 characters, unique in the message). A
/// field id that is too long, or that repeats, gets a stable short stand-in starting with
/// <see cref="AliasPrefix"/>, and every button value (and a modal's private_metadata) carries
/// the real id under that stand-in as key, so the Slack channel can map it back. A message that
/// replaces an earlier one (chat.update) is rendered with a revision: then every field gets a
/// stand-in of that revision, because Slack clients keep what was typed into an input under its
/// block_id, and would show the old text in the new message.
/// </summary>
internal sealed class FieldBlockIds
{
    public const string AliasPrefix = "~";

    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);
    private readonly string? _revision;

    private FieldBlockIds(IReadOnlyDictionary<string, string> aliases, string? revision)
    {
        Aliases = aliases;
        _revision = revision;
    }

    /// <summary>Stand-in block_id → real field id, for every field of the view that needs one.</summary>
    public IReadOnlyDictionary<string, string> Aliases { get; }

    /// <param name="revision">Null for a first rendering; any new value for a rendering that replaces one.</param>
    public static FieldBlockIds For(IEnumerable<FieldView> fields, string? revision = null)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            var occurrence = seen[field.Id] = seen.GetValueOrDefault(field.Id) + 1;
            var blockId = BlockId(field.Id, occurrence - 1, revision);
            if (blockId != field.Id) aliases[blockId] = field.Id;
        }
        return new FieldBlockIds(aliases, revision);
    }

    /// <summary>A fresh pass over the same fields (each rendering attempt counts repeats from zero).</summary>
    public FieldBlockIds Restart() => new(Aliases, _revision);

    /// <summary>The block_id for the next input of <paramref name="field"/> in document order.</summary>
    public string Next(FieldView field)
    {
        var occurrence = _seen[field.Id] = _seen.GetValueOrDefault(field.Id) + 1;
        return BlockId(field.Id, occurrence - 1, _revision);
    }

    private static string BlockId(string fieldId, int occurrence, string? revision)
    {
        var usable = fieldId.Length is > 0 and <= BlockKitRenderer.MaxBlockId && !fieldId.StartsWith(AliasPrefix, StringComparison.Ordinal);
        if (usable && occurrence == 0 && revision is null) return fieldId;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{fieldId}\n{occurrence}{(revision is null ? "" : "\n" + revision)}")));
        return AliasPrefix + Convert.ToHexStringLower(hash)[..16];
    }
}
