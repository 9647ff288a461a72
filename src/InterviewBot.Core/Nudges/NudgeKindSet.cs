using System.Collections.Frozen;

namespace InterviewBot.Core.Nudges;

/// <summary>
/// A set of nudge kinds, stored as their names joined by commas ("ThankYou,PostMortem") so that a
/// new kind added later never changes what an old value means.
/// </summary>
public sealed record NudgeKindSet
{
    public static NudgeKindSet None { get; } = new(FrozenSet<NudgeKind>.Empty);

    private NudgeKindSet(IReadOnlySet<NudgeKind> kinds) => Kinds = kinds;

    public IReadOnlySet<NudgeKind> Kinds { get; }

    public static NudgeKindSet Of(IEnumerable<NudgeKind> kinds) => new(kinds.ToFrozenSet());

    public bool Contains(NudgeKind kind) => Kinds.Contains(kind);

    public NudgeKindSet With(NudgeKind kind) => Of(Kinds.Append(kind));

    public NudgeKindSet Without(NudgeKind kind) => Of(Kinds.Where(k => k != kind));

    /// <summary>Unknown names (from a removed kind) are skipped.</summary>
    public static NudgeKindSet Parse(string? text) => Of((text ?? "")
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(name => Enum.TryParse<NudgeKind>(name, out var kind) ? kind : (NudgeKind?)null)
        .OfType<NudgeKind>());

    public override string ToString() => string.Join(',', Kinds.Order());

    public bool Equals(NudgeKindSet? other) => other is not null && Kinds.SetEquals(other.Kinds);

    public override int GetHashCode() => Kinds.Count;
}
