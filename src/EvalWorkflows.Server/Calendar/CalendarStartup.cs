namespace EvalWorkflows.Server.Calendar;

/// <summary>
/// Loads the admins' corrections into the calendar before the first request, so no deadline is computed from
/// the shipped data alone once a year has been corrected.
/// </summary>
internal sealed class CalendarStartup(IServiceScopeFactory scopes) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CalendarCorrections>().RefreshCalendarAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
