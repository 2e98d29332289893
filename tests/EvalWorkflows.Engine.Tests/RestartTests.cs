using EvalWorkflows.Engine.Scheduling;
using EvalWorkflows.Engine.Tests.Support;
using Hangfire;
using Hangfire.InMemory;
using Microsoft.Extensions.DependencyInjection;

namespace EvalWorkflows.Engine.Tests;

/// <summary>
/// Timers live in the database; Hangfire's in-memory jobs are only a fast path. A restart loses the Hangfire
/// jobs, and the recurring sweep still fires every due timer.
/// </summary>
public sealed class RestartTests
{
    private sealed class ProviderActivator(IServiceProvider services) : JobActivator
    {
        public override object ActivateJob(Type jobType) => services.GetRequiredService(jobType);
    }

    private static EngineHostBuilder WithHangfire(InMemoryStorage storage) => new EngineHostBuilder().With(s =>
    {
        s.AddSingleton<IBackgroundJobClient>(new BackgroundJobClient(storage));
        s.AddSingleton<IJobScheduler, HangfireJobScheduler>();
    });

    [Fact]
    public async Task Timers_pending_at_shutdown_fire_after_a_restart_with_fresh_in_memory_storage()
    {
        var storage1 = new InMemoryStorage();
        var first = await WithHangfire(storage1).BuildAsync();
        await first.DeployAsync("timer-catch.bpmn");
        await first.DeployAsync("boundary-timer.bpmn");
        var waiting = await first.StartAsync("timer-catch");
        var reminding = await first.StartAsync("boundary-timer");
        // Due in hours: beyond the scheduler's horizon, so no Hangfire job yet; the sweep hands them over nearer the time.
        Assert.Equal(0, storage1.GetMonitoringApi().ScheduledCount());
        await first.DisposeAsync();

        var storage2 = new InMemoryStorage();
        await using var second = await WithHangfire(storage2).RestartOf(first).BuildAsync();
        Assert.Equal(0, storage2.GetMonitoringApi().ScheduledCount());
        second.Clock.Advance(TimeSpan.FromHours(25));

        var recurring = new RecurringJobManager(storage2);
        recurring.AddOrUpdate<JobSweeper>("workflow-sweep", s => s.SweepAsync(), Cron.Minutely());
        recurring.Trigger("workflow-sweep");
        using (new BackgroundJobServer(new BackgroundJobServerOptions { Activator = new ProviderActivator(second.Services), WorkerCount = 1 }, storage2))
        {
            for (var i = 0; i < 500 && (await second.ActiveElementsAsync(waiting)).Contains("wait"); i++) await Task.Delay(20);
        }

        Assert.Equal(["after"], await second.ActiveElementsAsync(waiting));
        Assert.Contains(await second.HistoryAsync(reminding), h => h.ElementId == "reminded");
        Assert.Equal(["complete"], await second.ActiveElementsAsync(reminding));
    }

    [Fact]
    public async Task A_timer_armed_two_hours_ahead_gets_its_hangfire_job_from_the_sweep_once_it_is_two_minutes_away()
    {
        var storage = new InMemoryStorage();
        await using var host = await WithHangfire(storage).BuildAsync();
        await host.DeployAsync("timer-catch.bpmn");
        await host.StartAsync("timer-catch");
        var sweeper = host.Services.GetRequiredService<JobSweeper>();
        await sweeper.SweepAsync();
        Assert.Equal(0, storage.GetMonitoringApi().ScheduledCount());

        host.Clock.Advance(TimeSpan.FromHours(2) - TimeSpan.FromMinutes(1));
        await sweeper.SweepAsync();

        Assert.Equal(1, storage.GetMonitoringApi().ScheduledCount());
    }
}
