namespace InterviewBot.Core.Domain;

/// <summary>
/// What the recruiter knows about a vacancy beyond the job ad, filled once per role and shown on
/// every call card for that role.
/// </summary>
public sealed class RoleBrief
{
    public const int MaxFieldLength = 2000;

    private Dictionary<string, string> _fields = new(StringComparer.Ordinal);

    private RoleBrief() { }

    public RoleBrief(Guid workspaceId, string roleTitle, DateTime nowUtc)
    {
        Id = Guid.NewGuid();
        WorkspaceId = workspaceId;
        RoleTitle = roleTitle.Trim();
        RoleKey = KeyOf(roleTitle);
        UpdatedUtc = nowUtc;
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public string RoleKey { get; private set; } = "";
    public string RoleTitle { get; private set; } = "";
    public DateTime UpdatedUtc { get; private set; }

    /// <summary>Field id (as named in the playbook) → text.</summary>
    public IReadOnlyDictionary<string, string> Fields => _fields;

    public string? this[string fieldId] => _fields.GetValueOrDefault(fieldId);

    public void Set(string fieldId, string? value, DateTime nowUtc)
    {
        var text = value?.Trim() ?? "";
        if (text.Length > MaxFieldLength) throw new DomainException($"Each part of the role brief can be up to {MaxFieldLength} characters.");
        if (text.Length == 0) _fields.Remove(fieldId);
        else _fields[fieldId] = text;
        // Reassign so that change tracking sees a new value for the mapped dictionary.
        _fields = new Dictionary<string, string>(_fields, StringComparer.Ordinal);
        UpdatedUtc = nowUtc;
    }

    /// <summary>Sets several fields at once, all or none: one over-long field changes nothing.</summary>
    public void SetAll(IReadOnlyDictionary<string, string> values, DateTime nowUtc)
    {
        var tooLong = values.FirstOrDefault(v => (v.Value?.Trim().Length ?? 0) > MaxFieldLength);
        if (tooLong.Key is not null) throw new DomainException($"Each part of the role brief can be up to {MaxFieldLength} characters; one has {tooLong.Value.Trim().Length}. Nothing was changed.");
        foreach (var (field, value) in values) Set(field, value, nowUtc);
    }

    /// <summary>Roles are matched case- and spacing-insensitively: "Backend  engineer" = "backend engineer".</summary>
    public static string KeyOf(string roleTitle) =>
        string.Join(' ', roleTitle.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
