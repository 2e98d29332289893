using EvalWorkflows.Server.Calendar;
using EvalWorkflows.Engine.Definitions;
using EvalWorkflows.Server.Auth;
using EvalWorkflows.Server.Clock;
using Microsoft.Extensions.Options;

namespace EvalWorkflows.Server.Demo;

public static class DemoExtensions
{
    /// <summary>
    /// With Seed:Demo (and Seed:Province, on by default) the demo province is built once the server listens. It is
    /// played on the manual clock from <see cref="DemoProvince.StoryStart"/>, so the clock is set up for it here; an
    /// explicit Clock:Start elsewhere is refused rather than silently ignored.
    /// </summary>
    public static IServiceCollection AddDemoProvince(this IServiceCollection services)
    {
        services.AddOptions<ClockOptions>()
            .PostConfigure<IOptions<SeedOptions>>((clock, seed) =>
            {
                if (!seed.Value.BuildsProvince) return;
                clock.Mode = ClockMode.Manual;
                clock.Start ??= DemoProvince.StoryStart;
            })
            .Validate<IOptions<SeedOptions>>((clock, seed) => !seed.Value.BuildsProvince || clock.StartInstant == StoryStart,
                $"Seed:Demo builds the demo province on a manual clock from {DemoProvince.StoryStart} to {DemoProvince.Today}: "
                + "leave Clock:Start out, or set Seed:Province=false for the demo users alone.");
        services.AddHostedService<DemoProvinceSeeder>();
        return services;
    }

    private static DateTimeOffset StoryStart =>
        TimerExpressions.TryParseInstant(DemoProvince.StoryStart, WorkingDayCalendar.ChinaOffset, out var at) ? at : throw new InvalidOperationException();
}
