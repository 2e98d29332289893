using EvalWorkflows.Server.Calendar;
using EvalWorkflows.Server.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace EvalWorkflows.Server.Tests.Calendar;

/// <summary>
/// The correction service on a real SQLite file of its own, with a manual clock; <see cref="Restart"/> gives a
/// fresh calendar and context on the same file, as a restarted server would have.
/// </summary>
internal sealed class CorrectionBench : IAsyncDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"calendar-corrections-{Guid.NewGuid():N}.db");
    private AppDbContext _db;

    public static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 30, 0, TimeSpan.FromHours(8));

    public CorrectionBench()
    {
        _db = NewContext();
        _db.Database.EnsureCreated();
        Corrections = new CalendarCorrections(_db, Calendar, Time);
    }

    public FakeTimeProvider Time { get; } = new(Now);
    public WorkingDayCalendar Calendar { get; private set; } = new();
    public CalendarCorrections Corrections { get; private set; }

    public async Task<int> StoredCorrections()
    {
        await using var db = NewContext();
        return await db.Set<CalendarCorrectionRecord>().CountAsync();
    }

    public async Task Restart()
    {
        await _db.DisposeAsync();
        _db = NewContext();
        Calendar = new WorkingDayCalendar();
        Corrections = new CalendarCorrections(_db, Calendar, Time);
        await Corrections.RefreshCalendarAsync(CancellationToken.None);
    }

    /// <summary>
    /// A made-up notice for 2027 (no real one existed when these tests were written): National Day 1–7 October
    /// off, Sunday 26 September worked.
    /// </summary>
    public static YearCorrectionRequest Fictional2027() => new()
    {
        Notice = "测试用虚构通知：2027年部分节假日安排（国办发明电〔2026〕99号）",
        Holidays = [.. Enumerable.Range(1, 7).Select(d => new DayEntry($"2027-10-0{d}", "国庆节"))],
        MakeupWorkdays = [new DayEntry("2027-09-26", "国庆节")],
        Reason = "国务院办公厅发布 2027 年放假安排",
    };

    public async ValueTask DisposeAsync()
    {
        await _db.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var f in new[] { _file, _file + "-wal", _file + "-shm" }) File.Delete(f);
    }

    private AppDbContext NewContext() =>
        new(new DbContextOptionsBuilder<AppDbContext>().UseSqlite($"Data Source={_file}").Options);
}
