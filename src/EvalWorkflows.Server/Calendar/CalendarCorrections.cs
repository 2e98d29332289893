using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Auth;
using System.Globalization;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Studio.Changes;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Calendar;

/// <summary>
/// Admins' corrections of the official calendar: validated whole before anything is stored, saved with who and
/// when, and applied to the shared <see cref="WorkingDayCalendar"/> as soon as they are saved, so every deadline
/// computed afterwards uses them.
/// </summary>
public sealed class CalendarCorrections(AppDbContext db, WorkingDayCalendar calendar, TimeProvider time)
{
    public async Task<YearValidation> CorrectYearAsync(int year, YearCorrectionRequest? request, string? changedBy,
        CancellationToken ct)
    {
        var validation = YearCorrectionRules.Validate(year, request, CalendarSource.Correction);
        if (request is not null && StudioChanges.RequireReason(request.Reason) is { } reason)
            validation = new(null, [.. validation.Errors, new(StudioChanges.ReasonCode(request.Reason), reason.Field, reason.Detail)]);
        if (!validation.IsValid) return validation;

        var by = string.IsNullOrWhiteSpace(changedBy) ? Actors.System : changedBy;
        var record = CalendarCorrectionRecord.From(validation.Year!, by, time.GetUtcNow());
        db.Add(record);
        var correction = await db.Set<CalendarCorrectionRecord>().CountAsync(c => c.Year == year, ct) + 1;
        StudioChanges.Add(db, StudioChangeKinds.Calendar, year.ToString(CultureInfo.InvariantCulture), correction,
            StudioChangeActions.Correct, by, record.ChangedAt, request?.Reason);
        await db.SaveChangesAsync(ct);
        await RefreshCalendarAsync(ct);
        return new(record.ToYear(), []);
    }

    /// <summary>Every correction ever saved for <paramref name="year"/>, newest first: the calendar's audit trail.</summary>
    public async Task<Paged<CalendarYear>> HistoryAsync(int year, PageQuery page, CancellationToken ct)
    {
        var records = await db.Set<CalendarCorrectionRecord>().AsNoTracking()
            .Where(c => c.Year == year).OrderByDescending(c => c.Id).ToPageAsync(page, ct);
        return records.Select(r => r.ToYear());
    }

    /// <summary>Loads the corrections in force (the newest per year) into the calendar.</summary>
    public async Task RefreshCalendarAsync(CancellationToken ct)
    {
        var corrections = db.Set<CalendarCorrectionRecord>().AsNoTracking();
        var inForce = await corrections
            .Where(c => c.Id == corrections.Where(x => x.Year == c.Year).Max(x => x.Id))
            .ToListAsync(ct);
        calendar.ApplyCorrections(inForce.Select(r => r.ToYear()), inForce.Count == 0 ? 0 : inForce.Max(r => r.Id));
    }
}
