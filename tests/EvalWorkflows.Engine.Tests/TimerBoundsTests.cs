using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Engine.Tests.Support;

namespace EvalWorkflows.Engine.Tests;

/// <summary>
/// Timers are bounded at deploy (cycles at least a minute apart, at most 10,000 repeats, durations at most
/// about a century), and a timer expression that gives no date or duration at run time is refused on its element.
/// </summary>
public sealed class TimerBoundsTests
{
    public static TheoryData<string, string> OutOfBounds => new()
    {
        { "timeCycle", "R/PT0.001S" },
        { "timeCycle", "R/PT1S" },
        { "timeDuration", "P99999999999D" },
        { "timeCycle", "R99999999999/PT1H" },
        { "timeCycle", "R/PT0S" },
        { "timeDuration", "P200Y" },
        { "timeCycle", "R10001/PT1H" },
    };

    [Theory]
    [MemberData(nameof(OutOfBounds))]
    public async Task A_timer_catch_event_out_of_bounds_is_refused_at_deploy_naming_it(string kind, string value)
    {
        await using var host = await new EngineHostBuilder().BuildAsync();

        var e = await Assert.ThrowsAsync<DefinitionInvalidException>(() =>
            host.Engine.DeployAsync(GeneratedBpmn.TimerCatch(kind, value), "admin"));

        Assert.Contains(e.Problems, p => (p.ElementId, p.ElementType) == ("wait", "intermediateCatchEvent"));
    }

    [Theory]
    [InlineData("R/PT0.001S")]
    [InlineData("R/PT1S")]
    [InlineData("R99999999999/PT1H")]
    [InlineData("R/PT0S")]
    public async Task A_start_timer_cycle_out_of_bounds_is_refused_at_deploy_and_creates_no_instance(string cycle)
    {
        await using var host = await new EngineHostBuilder().BuildAsync();

        var e = await Assert.ThrowsAsync<DefinitionInvalidException>(() => host.Engine.DeployAsync(GeneratedBpmn.StartCycle(cycle), "admin"));

        Assert.Contains(e.Problems, p => (p.ElementId, p.ElementType) == ("tick", "startEvent"));
        Assert.Equal(0, await host.AdvanceAsync(TimeSpan.FromHours(1)));
        Assert.Equal(0, await host.QueryAsync(db => Task.FromResult(db.Set<InstanceRecord>().Count())));
    }

    [Fact]
    public async Task A_cycle_of_one_minute_is_accepted_and_fires_once_a_minute()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        await host.Engine.DeployAsync(GeneratedBpmn.StartCycle("R3/PT1M"), "admin");

        Assert.Equal(3, await host.AdvanceAsync(TimeSpan.FromMinutes(10)));
    }

    [Fact]
    public async Task A_cycle_expression_that_gives_a_too_short_interval_is_refused_naming_the_event()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        await host.Engine.DeployAsync(GeneratedBpmn.TimerCatch("timeCycle", "cycle"), "admin");

        var e = await Assert.ThrowsAsync<WorkflowException>(() => host.StartAsync("timer-bounds", variables: new { cycle = "R/PT1S" }));

        Assert.Equal("TIMER_INVALID", e.Code);
        Assert.Contains("'wait'", e.Message);
        Assert.Equal(0, await host.QueryAsync(db => Task.FromResult(db.Set<InstanceRecord>().Count())));
    }

    [Fact]
    public async Task A_date_expression_that_gives_no_date_is_a_clear_refusal_on_the_event_and_stores_nothing()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        await host.DeployAsync("timer-not-a-date.bpmn");

        var e = await Assert.ThrowsAsync<WorkflowException>(() => host.StartAsync("timer-not-a-date", variables: new { deadline = "soon" }));

        Assert.Equal("TIMER_INVALID", e.Code);
        Assert.Contains("intermediateCatchEvent 'wait'", e.Message);
        Assert.Contains("soon", e.Message);
        Assert.Equal(0, await host.QueryAsync(db => Task.FromResult(db.Set<InstanceRecord>().Count())));
        var started = await host.StartAsync("timer-not-a-date", variables: new { deadline = "2025-03-10" });
        Assert.Equal(["wait"], await host.ActiveElementsAsync(started));
    }
}
