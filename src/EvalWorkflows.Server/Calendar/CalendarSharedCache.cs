using EvalWorkflows.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Calendar;

/// <summary>Keeps this node's calendar in step with corrections saved on any node.</summary>
internal sealed class CalendarSharedCache(WorkingDayCalendar calendar) : ISharedCache
{
    public string Name => "working-day calendar";

    public long LoadedVersion => calendar.Version;

    public async Task<long> StoredVersionAsync(IServiceProvider scope, CancellationToken cancellationToken) =>
        await scope.GetRequiredService<AppDbContext>().Set<CalendarCorrectionRecord>()
            .MaxAsync(c => (long?)c.Id, cancellationToken) ?? 0;

    public Task ReloadAsync(IServiceProvider scope, CancellationToken cancellationToken) =>
        scope.GetRequiredService<CalendarCorrections>().RefreshCalendarAsync(cancellationToken);
}
