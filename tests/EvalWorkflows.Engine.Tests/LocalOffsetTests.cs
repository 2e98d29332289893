using EvalWorkflows.Engine.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EvalWorkflows.Engine.Tests;

/// <summary>The engine knows no place: a date written without an offset is read in the offset its host sets.</summary>
public sealed class LocalOffsetTests
{
    [Theory]
    [InlineData(0, "2025-03-10T00:00:00+00:00")]
    [InlineData(8, "2025-03-09T16:00:00+00:00")]
    public async Task A_date_without_an_offset_is_midnight_in_the_hosts_offset(int hours, string expectedUtc)
    {
        await using var host = await new EngineHostBuilder()
            .With(s => s.Configure<EngineOptions>(o => o.LocalOffset = TimeSpan.FromHours(hours))).BuildAsync();
        await host.DeployAsync("timer-not-a-date.bpmn");

        var id = await host.StartAsync("timer-not-a-date", variables: new { deadline = "2025-03-10" });

        Assert.Equal(DateTimeOffset.Parse(expectedUtc), Assert.Single(await host.JobsAsync(id)).DueAt);
    }
}
