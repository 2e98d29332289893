using System.Security.Claims;
using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Server.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TaskStatus = EvalWorkflows.Engine.Persistence.TaskStatus;

namespace EvalWorkflows.Server.Workflows;

/// <summary>
/// The inbox's order and who may work a task, as columns the database computes from the task's own fields, so
/// that one index serves each holder's inbox in order. <c>InboxDue</c> is the due instant in UTC ticks, or the
/// largest tick for a task without a deadline (undated last, in one ascending index); <c>InboxHolder</c> is
/// <see cref="TaskAccess.HolderSql"/>. Both are generated columns: every write of the engine, whichever way it
/// writes, keeps them right, and the rows already there had them computed when the migration added them. Stored
/// on PostgreSQL (which has no other kind before version 18), virtual on SQLite (which can add no other kind to
/// an existing table); either way the indexes hold the values.
/// </summary>
internal sealed class TaskInboxColumns(bool stored) : IEntityTypeConfiguration<UserTaskRecord>
{
    public const string Due = "InboxDue", Holder = "InboxHolder";

    public void Configure(EntityTypeBuilder<UserTaskRecord> b)
    {
        b.Property<long>(Due).HasComputedColumnSql($"COALESCE(\"DueAt\", {long.MaxValue})", stored);
        b.Property<string?>(Holder).HasComputedColumnSql(TaskAccess.HolderSql, stored);
        // Open tasks only: completed ones pile up for years and no inbox reads them.
        b.HasIndex(Holder, Due, nameof(UserTaskRecord.CreatedAt), nameof(UserTaskRecord.Id))
            .HasFilter("\"Status\" = 'Open'").HasDatabaseName("IX_wf_user_tasks_inbox_by_holder");
        b.HasIndex(Due, nameof(UserTaskRecord.CreatedAt), nameof(UserTaskRecord.Id))
            .HasFilter("\"Status\" = 'Open'").HasDatabaseName("IX_wf_user_tasks_inbox");
    }
}

/// <summary>One page of an inbox: its tasks and how many there are; when <c>TotalCapped</c>, more than <c>Total</c> (counting stopped there).</summary>
public sealed record InboxPage(IReadOnlyList<UserTaskRecord> Items, int Total, bool TotalCapped);

/// <summary>
/// The open tasks a user may work, earliest due first, undated last, then oldest first and by id — read one page
/// at a time off the inbox indexes, whatever the number of open tasks. A user's tasks sit under several holders
/// (their own name and each of their roles): each holder's part is read in order, cut at the page's end, and the
/// parts are merged, instead of sorting every task of the role for each page. The count stops at
/// <see cref="CountCap"/> (or just past the page asked for, if further), so it too stays bounded.
/// </summary>
public static class TaskInbox
{
    /// <summary>Beyond this many tasks (and beyond the page asked for) the inbox says "more than" instead of counting on.</summary>
    public const int CountCap = 1_000;

    public static async Task<InboxPage> PageAsync(AppDbContext db, ClaimsPrincipal user,
        Func<IQueryable<UserTaskRecord>, IQueryable<UserTaskRecord>> filter, int skip, int size, CancellationToken ct)
    {
        var open = filter(db.Set<UserTaskRecord>().AsNoTracking().Where(t => t.Status == TaskStatus.Open));
        var parts = TaskAccess.Holders(user) is { } holders
            ? holders.Select(h => open.Where(t => EF.Property<string>(t, TaskInboxColumns.Holder) == h)).ToList()
            : [open];
        var items = parts.Count == 1
            ? InOrder(parts[0]).Skip(skip).Take(size)
            : InOrder(parts.Select(p => InOrder(p).Take(skip + size)).Aggregate((a, b) => a.Concat(b))).Skip(skip).Take(size);
        var bound = Math.Max(CountCap, skip + size) + 1;
        var counted = await parts.Select(p => p.Take(bound)).Aggregate((a, b) => a.Concat(b)).CountAsync(ct);
        return new InboxPage(await items.ToListAsync(ct), counted >= bound ? bound - 1 : counted, counted >= bound);
    }

    /// <summary>The inbox's order, as the indexes hold it.</summary>
    public static IOrderedQueryable<UserTaskRecord> InOrder(IQueryable<UserTaskRecord> tasks) =>
        tasks.OrderBy(t => EF.Property<long>(t, TaskInboxColumns.Due)).ThenBy(t => t.CreatedAt).ThenBy(t => t.Id);

    /// <summary>Tasks due in [from, to): on the index's own column, so the range is sought, not scanned.</summary>
    public static IQueryable<UserTaskRecord> DueBetween(this IQueryable<UserTaskRecord> tasks, DateTimeOffset? from, DateTimeOffset to)
    {
        var (start, end) = (from?.UtcTicks ?? long.MinValue, to.UtcTicks);
        return tasks.Where(t => EF.Property<long>(t, TaskInboxColumns.Due) >= start && EF.Property<long>(t, TaskInboxColumns.Due) < end);
    }
}
