namespace InterviewBot.Core.Playbooks;

// The YAML shape of a playbook file. Mutable because the YAML reader fills it; it is checked and
// turned into the immutable Playbook records straight away.
#pragma warning disable CA1812, CA2227 // instantiated and filled by YamlDotNet
internal sealed class PlaybookFile
{
    public string Id { get; set; } = "";
    public string Audience { get; set; } = "";
    public string Title { get; set; } = "";
    public List<PhaseFile> Phases { get; set; } = [];

    public static Playbook ToPlaybook(PlaybookFile file)
    {
        Require(file.Id, "playbook id");
        var audience = Enum.TryParse<Audience>(file.Audience, ignoreCase: true, out var a)
            ? a : throw Invalid($"unknown audience '{file.Audience}'");
        var phases = file.Phases.Select(p => p.ToPhase(file.Id)).ToList();
        var duplicate = phases.SelectMany(p => p.Steps).GroupBy(s => s.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw Invalid($"step id '{duplicate.Key}' is used twice in {file.Id}");
        if (phases.Count == 0) throw Invalid($"{file.Id} has no phases");
        return new Playbook(file.Id, audience, file.Title, phases);
    }

    internal static void Require(string? value, string what)
    {
        if (string.IsNullOrWhiteSpace(value)) throw Invalid($"{what} is missing");
    }

    internal static InvalidDataException Invalid(string why) => new($"Playbook file is invalid: {why}.");
}

internal sealed class PhaseFile
{
    public string Id { get; set; } = "";
    public string Title { get; set; } = "";
    public string Intro { get; set; } = "";
    public List<StepFile> Steps { get; set; } = [];

    public PlaybookPhase ToPhase(string playbookId)
    {
        PlaybookFile.Require(Id, $"a phase id in {playbookId}");
        PlaybookFile.Require(Title, $"the title of phase {Id}");
        if (Steps.Count == 0) throw PlaybookFile.Invalid($"phase {Id} has no steps");
        return new PlaybookPhase(Id, Title, Intro, Steps.Select(s => s.ToStep()).ToList());
    }
}

internal sealed class StepFile
{
    public string Id { get; set; } = "";
    public string Title { get; set; } = "";
    public string Why { get; set; } = "";
    public string Action { get; set; } = "";
    public string Store { get; set; } = "checklist";
    public string? Prompt { get; set; }
    public List<FieldFile> Fields { get; set; } = [];
    public List<LinkFile> Links { get; set; } = [];
    public string? Draft { get; set; }
    public List<DraftFile> Drafts { get; set; } = [];
    public string? Coach { get; set; }
    public string? DraftPer { get; set; }
    public List<string> Defaults { get; set; } = [];
    public string? Nudge { get; set; }
    public string? Effect { get; set; }
    public List<string> DoneWhen { get; set; } = [];

    public PlaybookStep ToStep()
    {
        PlaybookFile.Require(Id, "a step id");
        PlaybookFile.Require(Title, $"the title of step {Id}");
        PlaybookFile.Require(Why, $"the why of step {Id}");
        if (!Enum.TryParse<StepAction>(Action, ignoreCase: true, out var action))
            throw PlaybookFile.Invalid($"step {Id} has unknown action '{Action}'");
        if (!Enum.TryParse<StepStore>(Store.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var store))
            throw PlaybookFile.Invalid($"step {Id} has unknown store '{Store}'");
        if (action is StepAction.Text or StepAction.List && Fields.Count == 0 && store != StepStore.Intents)
            throw PlaybookFile.Invalid($"step {Id} takes input but has no fields");
        if (action == StepAction.List && Fields.Count != 1)
            throw PlaybookFile.Invalid($"list step {Id} must have exactly one field");
        if (action == StepAction.Link && Links.Count == 0) throw PlaybookFile.Invalid($"link step {Id} has no links");
        var drafts = Drafts.Select(d => new DraftTemplate(d.Text.TrimEnd(), d.When, d.WhenNo, d.Label)).ToList();
        if (!string.IsNullOrWhiteSpace(Draft)) drafts.Add(new DraftTemplate(Draft.TrimEnd(), []));
        if (action == StepAction.Draft && drafts.All(d => d.Label is not null)) throw PlaybookFile.Invalid($"draft step {Id} has no draft");
        foreach (var group in drafts.GroupBy(d => d.Label))
        {
            var last = group.Last();
            if (last.When.Count > 0 || last.WhenNo is not null)
                throw PlaybookFile.Invalid($"the last draft{(group.Key is null ? "" : $" labelled '{group.Key}'")} of step {Id} must have no 'when', so there is always one");
        }
        var fields = Fields.Select(f => f.ToField(Id)).ToList();
        if (DoneWhen.Count > 0 && store != StepStore.RoleBrief)
            throw PlaybookFile.Invalid($"step {Id} has 'done-when', which only a role-brief step reads");
        var unknown = drafts.SelectMany(d => d.When).Concat(drafts.Select(d => d.WhenNo).OfType<string>()).Concat(DraftPer is null ? [] : [DraftPer]).Concat(DoneWhen)
            .Concat(Links.Select(l => l.OnlyWith).OfType<string>())
            .FirstOrDefault(f => fields.All(x => x.Id != f));
        if (unknown is not null) throw PlaybookFile.Invalid($"step {Id} refers to field '{unknown}', which it does not have");
        return new PlaybookStep(Id, Title.Trim(), Why.Trim(), action, store, Prompt?.Trim(),
            fields,
            Links.Select(l => new StepLink(l.Label, l.Url, l.OnlyWith)).ToList(),
            drafts,
            ParseEnum(Coach, StepCoach.None, "coach"),
            DraftPer,
            Defaults.Count == 0 ? null : Defaults,
            Nudge,
            ParseEnum(Effect, StepEffect.None, "effect"),
            DoneWhen.Count == 0 ? null : DoneWhen);
    }

    private TEnum ParseEnum<TEnum>(string? value, TEnum fallback, string what) where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value)) return fallback;
        return Enum.TryParse<TEnum>(value.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var parsed)
            ? parsed
            : throw PlaybookFile.Invalid($"step {Id} has unknown {what} '{value}'");
    }
}

internal sealed class DraftFile
{
    public string Text { get; set; } = "";
    public List<string> When { get; set; } = [];
    public string? WhenNo { get; set; }
    public string? Label { get; set; }
}

internal sealed class FieldFile
{
    public string Id { get; set; } = "";
    public string Label { get; set; } = "";
    public string? Placeholder { get; set; }
    public bool Multiline { get; set; }
    public string Kind { get; set; } = "text";
    public string? Prefill { get; set; }

    public StepField ToField(string stepId)
    {
        PlaybookFile.Require(Id, $"a field id in step {stepId}");
        PlaybookFile.Require(Label, $"the label of field {Id} in step {stepId}");
        if (!Enum.TryParse<FieldKind>(Kind, ignoreCase: true, out var kind))
            throw PlaybookFile.Invalid($"field {Id} in step {stepId} has unknown kind '{Kind}'");
        var prefill = FieldPrefill.None;
        if (!string.IsNullOrWhiteSpace(Prefill) && !Enum.TryParse(Prefill.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out prefill))
            throw PlaybookFile.Invalid($"field {Id} in step {stepId} has unknown prefill '{Prefill}'");
        return new StepField(Id, Label, Placeholder, Multiline, kind, prefill);
    }
}

internal sealed class LinkFile
{
    public string Label { get; set; } = "";
    public string Url { get; set; } = "";
    public string? OnlyWith { get; set; }
}
#pragma warning restore CA1812, CA2227
