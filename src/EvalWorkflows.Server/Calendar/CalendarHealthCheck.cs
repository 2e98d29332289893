using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace EvalWorkflows.Server.Calendar;

/// <summary>
/// Degraded while this year or next has no official data: deadlines running into such a year are counted on
/// weekends only. The next year's notice usually comes out in October–December; an admin enters it then.
/// </summary>
public sealed class CalendarHealthCheck(WorkingDayCalendar calendar, TimeProvider time) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var year = WorkingDayCalendar.Today(time).Year;
        var uncovered = calendar.UncoveredYears(year, year + 1);
        var data = new Dictionary<string, object> { ["uncoveredYears"] = uncovered };
        return Task.FromResult(uncovered.Count == 0
            ? HealthCheckResult.Healthy($"{year} 年和 {year + 1} 年的放假安排均已录入。", data)
            : HealthCheckResult.Degraded(
                $"{string.Join("、", uncovered)} 年的国务院放假安排尚未录入，涉及这些年份的工作日期限只按周末推算。", data: data));
    }
}
