using EvalWorkflows.Server.Calendar;
using System.Diagnostics;
using EvalWorkflows.Engine;
using EvalWorkflows.Engine.Definitions;
using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Auth;
using EvalWorkflows.Server.Clock;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Institutions;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EvalWorkflows.Server.Demo;

/// <summary>
/// Builds the demo province once, through the server's own API, as soon as the server listens. On a later start
/// with the province in the database it builds nothing and only brings the manual clock (which starts over at the
/// story's beginning) forward to where the database left off.
/// </summary>
public sealed class DemoProvinceSeeder(
    IHostApplicationLifetime lifetime, IServer server, IServiceScopeFactory scopes, IOptions<SeedOptions> seed,
    ClockAdvancer clock, ILogger<DemoProvinceSeeder> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!seed.Value.BuildsProvince || !await ServerStarted.WaitAsync(lifetime, stoppingToken)) return;
        var present = await InstitutionsPresentAsync(stoppingToken);
        if (present == DemoInstitutions.All.Count)
        {
            var resumeAt = await WhereTheDatabaseLeftOffAsync(stoppingToken);
            await clock.AdvanceToAsync(resumeAt, stoppingToken);
            logger.LogInformation("Demo province already built; manual clock resumed at {Now}", resumeAt);
            return;
        }
        if (present > 0)
        {
            logger.LogError("The demo province was left half-built ({Present} of {All} institutions); start again on an empty database",
                present, DemoInstitutions.All.Count);
            return;
        }
        await BuildAsync(stoppingToken);
    }

    private async Task BuildAsync(CancellationToken ct)
    {
        logger.LogInformation("Building the demo province: {Count} institutions played from {Start} to {Today} on the manual clock",
            DemoInstitutions.All.Count, DemoProvince.StoryStart, DemoProvince.Today);
        var watch = Stopwatch.StartNew();
        try
        {
            using var cast = new DemoCast(ServerStarted.LocalAddress(server), seed.Value.Password!, scopes);
            await new DemoProvince(cast).BuildAsync(ct);
            logger.LogInformation("Demo province ready in {Seconds:0} s: today is {Today}; staff and institutions sign in with the demo password",
                watch.Elapsed.TotalSeconds, DemoProvince.Today);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "The demo province could not be built");
        }
    }

    private async Task<int> InstitutionsPresentAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var codes = DemoInstitutions.All.Select(i => i.CreditCode).ToList();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Institution>().CountAsync(i => codes.Contains(i.CreditCode), ct);
    }

    /// <summary>The rehearsal's "today", or later if an admin had moved the clock on before the restart.</summary>
    private async Task<DateTimeOffset> WhereTheDatabaseLeftOffAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        // The journal is append-only, so its last row is its latest instant.
        var last = await db.Set<HistoryRecord>().OrderByDescending(h => h.Id).Select(h => (DateTimeOffset?)h.At).FirstOrDefaultAsync(ct);
        TimerExpressions.TryParseInstant(DemoProvince.Today, WorkingDayCalendar.ChinaOffset, out var today);
        return last > today ? last.Value : today;
    }
}
