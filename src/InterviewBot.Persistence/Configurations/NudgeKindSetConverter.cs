using InterviewBot.Core.Nudges;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace InterviewBot.Persistence.Configurations;

/// <summary>A set of nudge kinds as their names joined by commas ("PostMortem,ThankYou").</summary>
internal sealed class NudgeKindSetConverter() : ValueConverter<NudgeKindSet, string>(set => set.ToString(), text => NudgeKindSet.Parse(text))
{
    public static NudgeKindSetConverter Instance { get; } = new();
}
