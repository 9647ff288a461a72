using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace InterviewBot.Persistence;

/// <summary>
/// Every DateTime in the domain is UTC. Values are written as UTC (a stray local time is converted,
/// an unspecified one is taken as UTC, which PostgreSQL's timestamptz also insists on) and read back
/// with <see cref="DateTimeKind.Utc"/>, so the core's zone conversions never mistake them for local times.
/// </summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc),
    stored => DateTime.SpecifyKind(stored, DateTimeKind.Utc));
