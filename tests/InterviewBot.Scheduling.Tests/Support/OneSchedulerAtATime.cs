namespace InterviewBot.Scheduling.Tests.Support;

/// <summary>
/// Tests that start a Quartz scheduler run one at a time: a scheduler's name must be unique within
/// the process, and every host here uses the production name so that a restart finds its triggers.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class OneSchedulerAtATime
{
    public const string Name = "Quartz";
}
