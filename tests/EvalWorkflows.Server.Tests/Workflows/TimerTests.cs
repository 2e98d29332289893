using System.Net;
using EvalWorkflows.Server.Tests.Support;

namespace EvalWorkflows.Server.Tests.Workflows;

/// <summary>Timers wait on the manual clock and fire when an admin moves it past them.</summary>
public sealed class TimerTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task A_two_hour_boundary_timer_waits_until_the_clock_passes_it_then_takes_its_flow()
    {
        var admin = await app.LoginAsAsync("admin");
        await admin.DeployAsync("deadline.bpmn");
        var id = await admin.StartAsync("deadline");
        var timer = Assert.Single((await admin.GetInstanceAsync(id)).GetProperty("timers").EnumerateArray());
        Assert.Equal("twoHours", timer.GetProperty("elementId").GetString());
        Assert.Equal("2025-03-03T11:00:00+08:00", timer.GetProperty("dueAt").GetString());

        var early = await admin.AdvanceClockAsync(new { to = "2025-03-03T10:59:00+08:00" });
        Assert.Equal(0, early.GetProperty("firedJobs").GetInt32());
        Assert.Equal("running", (await admin.GetInstanceAsync(id)).GetProperty("status").GetString());

        var onTime = await admin.AdvanceClockAsync(new { to = "2025-03-03T11:00:00+08:00" });
        Assert.Equal(1, onTime.GetProperty("firedJobs").GetInt32());

        var instance = await admin.GetInstanceAsync(id);
        Assert.Equal("completed", instance.GetProperty("status").GetString());
        Assert.Empty(instance.GetProperty("timers").EnumerateArray());
        var fired = instance.GetProperty("history").EnumerateArray().Single(h => h.GetProperty("event").GetString() == "timer-fired");
        Assert.Equal("twoHours", fired.GetProperty("element").GetString());
        Assert.Equal("2025-03-03T11:00:00+08:00", fired.GetProperty("at").GetString());
        Assert.Contains(instance.GetProperty("history").EnumerateArray(), h =>
            h.GetProperty("event").GetString() == "element-entered" && h.GetProperty("element").GetString() == "timedOut");
        var tasks = (await (await admin.GetAsync($"/api/tasks?instanceId={id}")).ReadAsync(HttpStatusCode.OK)).GetProperty("items");
        Assert.Empty(tasks.EnumerateArray());
    }
}
