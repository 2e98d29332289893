namespace EvalWorkflows.Engine.Scheduling;

/// <summary>
/// Told after commit about every job row created, so an external scheduler can fire it on time. The row in
/// the database stays the source of truth: a lost schedule is picked up by the sweep.
/// </summary>
public interface IJobScheduler
{
    void Schedule(Guid jobId, DateTimeOffset dueAt);
}
