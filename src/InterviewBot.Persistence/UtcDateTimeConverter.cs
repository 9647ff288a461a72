using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace InterviewBot.Persistence;

/// <summary>
/// Stores DateTime values as UTC and reads them back with <see cref="DateTimeKind.Utc"/>, so that
/// time-zone conversions in the core never mistake a stored time for a local one.
/// </summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value,
    stored => DateTime.SpecifyKind(stored, DateTimeKind.Utc));
