using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace EvalWorkflows.Engine.Persistence;

/// <summary>
/// Adds the engine's tables to any DbContext, so the host's domain records and the workflow state share one
/// database and one transaction.
/// </summary>
public static class WorkflowModel
{
    public static ModelBuilder AddWorkflowEngine(this ModelBuilder b)
    {
        b.Entity<DefinitionRecord>(e =>
        {
            e.ToTable("wf_definitions");
            e.HasIndex(x => new { x.Key, x.Version }).IsUnique();
            e.HasIndex(x => new { x.Key, x.Hash });
        });
        b.Entity<InstanceRecord>(e =>
        {
            e.ToTable("wf_instances");
            e.Property(x => x.Revision).IsConcurrencyToken();
            e.Property(x => x.Status).HasConversion<string>();
            e.HasIndex(x => x.BusinessKey);
            e.HasIndex(x => new { x.DefinitionKey, x.Status });
            // The instance list's order (newest first, id to break ties): one page is read off the index instead
            // of sorting every instance for each page (benchmark: the list at 10,000 and 100,000 instances).
            e.HasIndex(x => new { x.StartedAt, x.Id }).IsDescending(true, false);
        });
        b.Entity<TokenRecord>(e =>
        {
            e.ToTable("wf_tokens");
            e.Property(x => x.State).HasConversion<string>();
            e.HasIndex(x => x.InstanceId);
        });
        b.Entity<UserTaskRecord>(e =>
        {
            e.ToTable("wf_user_tasks");
            e.Property(x => x.Revision).IsConcurrencyToken();
            e.Property(x => x.Status).HasConversion<string>();
            e.HasIndex(x => new { x.Status, x.CandidateRole });
            // Every step reads its instance's open tasks (InstanceId = ? AND Status = 'Open'). Indexed on InstanceId
            // alone, SQLite (no statistics) took the (Status, CandidateRole) index for it instead and read every open
            // task of every instance inside the step's write lock: ~40 ms of CPU per step at 90,000 open tasks, task
            // completions over HTTP at 5/s with 503s (benchmark). Both columns here make this index the better match.
            e.HasIndex(x => new { x.InstanceId, x.Status });
        });
        b.Entity<JobRecord>(e =>
        {
            e.ToTable("wf_jobs");
            e.Property(x => x.Revision).IsConcurrencyToken();
            e.Property(x => x.Kind).HasConversion<string>();
            // The sweep reads due jobs (NOT Suspended AND DueAt <= now, in DueAt, CreatedAt, Id order), a page at a time.
            // EF Core writes the first term as NOT ("Suspended"), which SQLite cannot match to an index column, so an
            // index led by Suspended made every page a scan and sort of every pending job: ~18 ms a page at 100,000
            // pending, ~12 % of the time per timer fired (benchmark). In the sweep's own order the index gives each page
            // as the first rows read, no sort even when thousands fall due at one instant (the yearly fan-out);
            // suspended jobs are the few with incidents, skipped as read.
            e.HasIndex(x => new { x.DueAt, x.CreatedAt, x.Id });
            e.HasIndex(x => x.InstanceId);
        });
        b.Entity<SubscriptionRecord>(e =>
        {
            e.ToTable("wf_subscriptions");
            e.Property(x => x.Kind).HasConversion<string>();
            e.HasIndex(x => new { x.MessageName, x.CorrelationKey });
            e.HasIndex(x => x.InstanceId);
        });
        b.Entity<HistoryRecord>(e =>
        {
            e.ToTable("wf_history");
            e.HasIndex(x => x.InstanceId);
        });
        b.Entity<IncidentRecord>(e =>
        {
            e.ToTable("wf_incidents");
            e.HasIndex(x => x.InstanceId);
        });
        return b;
    }

    /// <summary>
    /// Instants are stored as UTC ticks so that every provider orders and compares them the same way
    /// (SQLite has no native date type).
    /// </summary>
    public static ModelConfigurationBuilder UseWorkflowConventions(this ModelConfigurationBuilder c)
    {
        c.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        return c;
    }

    private sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
        v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
}
