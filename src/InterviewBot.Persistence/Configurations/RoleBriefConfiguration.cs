using System.Text.Json;
using InterviewBot.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InterviewBot.Persistence.Configurations;

internal sealed class RoleBriefConfiguration : IEntityTypeConfiguration<RoleBrief>
{
    /// <summary>The private dictionary behind <see cref="RoleBrief.Fields"/>.</summary>
    internal const string FieldsMember = "_fields";

    public void Configure(EntityTypeBuilder<RoleBrief> builder)
    {
        builder.ToTable("RoleBriefs");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.RoleKey).HasMaxLength(Lengths.Role).IsRequired();
        builder.Property(b => b.RoleTitle).HasMaxLength(Lengths.Role).IsRequired();

        // The brief's fields are one JSON object in a text column: the playbook decides which
        // fields exist, so adding one to the playbook needs no migration.
        builder.Ignore(b => b.Fields);
        builder.Property<Dictionary<string, string>>(FieldsMember)
            .HasColumnName("Fields")
            .IsRequired()
            .HasConversion(
                fields => BriefFieldsJson.Write(fields),
                json => BriefFieldsJson.Read(json),
                new ValueComparer<Dictionary<string, string>>(
                    (a, b) => BriefFieldsJson.Same(a, b),
                    fields => BriefFieldsJson.Hash(fields),
                    fields => new Dictionary<string, string>(fields, StringComparer.Ordinal)));

        builder.HasIndex(b => new { b.WorkspaceId, b.RoleKey }).IsUnique();
        builder.HasOne<Workspace>().WithMany().HasForeignKey(b => b.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>Reads, writes and compares the role brief's field dictionary.</summary>
internal static class BriefFieldsJson
{
    public static string Write(Dictionary<string, string> fields) =>
        JsonSerializer.Serialize(new SortedDictionary<string, string>(fields, StringComparer.Ordinal));

    public static Dictionary<string, string> Read(string json) =>
        new(JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [], StringComparer.Ordinal);

    public static bool Same(Dictionary<string, string>? a, Dictionary<string, string>? b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is null || b is null || a.Count != b.Count) return false;
        return a.All(pair => b.TryGetValue(pair.Key, out var other) && string.Equals(pair.Value, other, StringComparison.Ordinal));
    }

    public static int Hash(Dictionary<string, string> fields)
    {
        var hash = 0;
        // Order-independent, like the comparison.
        foreach (var (key, value) in fields) hash ^= HashCode.Combine(StringComparer.Ordinal.GetHashCode(key), StringComparer.Ordinal.GetHashCode(value));
        return hash;
    }
}
