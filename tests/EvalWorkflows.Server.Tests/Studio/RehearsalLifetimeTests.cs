using System.Net;
using System.Net.Http.Json;
using EvalWorkflows.Server.Clock;
using EvalWorkflows.Server.Studio.Rehearsal;
using EvalWorkflows.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EvalWorkflows.Server.Tests.Studio;

/// <summary>
/// A sandbox nobody uses is discarded with its files once its idle time has passed, measured on the idle clock
/// (a manual one here, never a sleep); and no more sandboxes open than the limit allows.
/// </summary>
public sealed class RehearsalLifetimeTests
{
    private static readonly DateTimeOffset Nine = new(2026, 11, 30, 9, 0, 0, TimeSpan.FromHours(8));

    private static string Draft => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "workflows", "sample-approval.bpmn"));

    private static TestApp App(ManualClock idle, int max = 8) => new TestApp()
        .With("Studio:Rehearsals:IdleTimeout", "00:10:00")
        .With("Studio:Rehearsals:MaxSandboxes", max.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .WithServices(s => s.AddSingleton(new RehearsalIdleClock(idle)));

    [Fact]
    public async Task A_sandbox_unused_for_ten_minutes_is_swept_away_with_its_database_and_using_it_restarts_the_ten_minutes()
    {
        var idle = new ManualClock(Nine);
        using var app = App(idle);
        var admin = await app.LoginAsAsync("admin");
        var id = (await (await admin.PostAsJsonAsync("/api/studio/rehearsals", new { xml = Draft })).ReadAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var sandboxes = app.Services.GetRequiredService<RehearsalSandboxes>();
        var folder = Path.Combine(sandboxes.Root, id.ToString("N"));
        Assert.True(File.Exists(Path.Combine(folder, "rehearsal.db")));

        idle.MoveTo(Nine.AddMinutes(9));
        await (await admin.GetAsync($"/api/studio/rehearsals/{id}")).ReadAsync(HttpStatusCode.OK); // used at 09:09
        idle.MoveTo(Nine.AddMinutes(19));
        await sandboxes.SweepAsync(); // ten minutes to the second since 09:09: not yet longer than the idle time
        Assert.True(Directory.Exists(folder));

        idle.MoveTo(Nine.AddMinutes(19).AddSeconds(1));
        await sandboxes.SweepAsync();

        Assert.False(Directory.Exists(folder));
        var gone = await (await admin.GetAsync($"/api/studio/rehearsals/{id}")).ReadProblemAsync(HttpStatusCode.NotFound, "REHEARSAL_NOT_FOUND");
        Assert.Contains("闲置超过时限", gone.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_third_sandbox_beyond_a_limit_of_two_is_refused_in_chinese_until_one_is_ended()
    {
        using var app = App(new ManualClock(Nine), max: 2);
        var admin = await app.LoginAsAsync("admin");
        var first = (await (await admin.PostAsJsonAsync("/api/studio/rehearsals", new { xml = Draft })).ReadAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await (await admin.PostAsJsonAsync("/api/studio/rehearsals", new { xml = Draft })).ReadAsync(HttpStatusCode.Created);

        var full = await (await admin.PostAsJsonAsync("/api/studio/rehearsals", new { xml = Draft })).ReadProblemAsync(HttpStatusCode.Conflict, "REHEARSALS_FULL");

        Assert.Equal("同时进行的排练已达上限（2个），请先结束不再使用的排练，或等待闲置超过10分钟的排练自动结束。", full.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/studio/rehearsals/{first}")).StatusCode);
        await (await admin.PostAsJsonAsync("/api/studio/rehearsals", new { xml = Draft })).ReadAsync(HttpStatusCode.Created);
    }
}
