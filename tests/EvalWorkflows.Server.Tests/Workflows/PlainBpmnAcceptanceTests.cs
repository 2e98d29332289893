using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EvalWorkflows.Server.Tests.Support;

namespace EvalWorkflows.Server.Tests.Workflows;

/// <summary>
/// A process written in plain BPMN 2.0 only (no extension attributes), played over HTTP as an outside acceptance
/// script would: parallel and event-based gateways, a message correlated by business key, ISO 8601 timers of all
/// three kinds, and task data deciding an exclusive gateway.
/// </summary>
public sealed class PlainBpmnAcceptanceTests(TestApp app) : IClassFixture<TestApp>
{
    internal static IEnumerable<string> Events(JsonElement instance, string element) =>
        instance.GetProperty("history").EnumerateArray()
            .Where(h => h.GetProperty("element").GetString() == element).Select(h => h.GetProperty("event").GetString()!);

    [Fact]
    public async Task Paid_and_approved_the_instance_ends_after_three_hourly_nudges()
    {
        var admin = await app.LoginAsAsync("admin");
        await admin.DeployAsync("plain-everything.bpmn");
        var id = await admin.StartAsync("plain-everything", "ORDER-1");

        await admin.AdvanceClockAsync(new { to = "2025-03-03T13:30:00+08:00" });
        (await admin.PostAsJsonAsync("/api/messages", new { name = "fee-paid", correlationKey = "ORDER-1", variables = new { amount = 300 } }))
            .EnsureSuccessStatusCode();
        var task = await admin.OpenTaskAsync(id);
        Assert.Equal("Check documents", task.GetProperty("name").GetString());
        (await admin.PostAsJsonAsync($"/api/tasks/{task.GetProperty("id").GetGuid()}/complete", new { data = new { approved = true } }))
            .EnsureSuccessStatusCode();

        var instance = await admin.GetInstanceAsync(id);
        Assert.Equal("completed", instance.GetProperty("status").GetString());
        Assert.Equal(3, Events(instance, "nudged").Count(e => e == "element-entered"));
        Assert.Contains("element-entered", Events(instance, "approvedEnd"));
        Assert.DoesNotContain("element-entered", Events(instance, "unpaid"));
        Assert.Equal(300, instance.GetProperty("variables").GetProperty("amount").GetInt32());
    }
}

/// <summary>Its own server and clock: the same process, the other way through.</summary>
public sealed class PlainBpmnUnpaidTests(TestApp app) : IClassFixture<TestApp>
{
    private static IEnumerable<string> Events(JsonElement instance, string element) => PlainBpmnAcceptanceTests.Events(instance, element);

    [Fact]
    public async Task Unpaid_after_three_days_and_not_approved_it_waits_for_its_date()
    {
        var admin = await app.LoginAsAsync("admin");
        await admin.DeployAsync("plain-everything.bpmn");
        var id = await admin.StartAsync("plain-everything", "ORDER-2");
        var task = await admin.OpenTaskAsync(id);
        (await admin.PostAsJsonAsync($"/api/tasks/{task.GetProperty("id").GetGuid()}/complete", new { data = new { approved = false } }))
            .EnsureSuccessStatusCode();
        Assert.Equal(["join", "waitPayment"], (await admin.GetInstanceAsync(id)).GetProperty("activeElements").Strings().Order());

        await admin.AdvanceClockAsync(new { to = "2025-03-06T09:00:00+08:00" });
        Assert.Equal(["onDate"], (await admin.GetInstanceAsync(id)).GetProperty("activeElements").Strings());
        var late = await admin.PostAsJsonAsync("/api/messages", new { name = "fee-paid", correlationKey = "ORDER-2" });
        await late.ReadProblemAsync(HttpStatusCode.NotFound, "NO_SUBSCRIBER");

        await admin.AdvanceClockAsync(new { to = "2025-03-10T09:00:00+08:00" });
        var instance = await admin.GetInstanceAsync(id);
        Assert.Equal("completed", instance.GetProperty("status").GetString());
        Assert.Contains("element-entered", Events(instance, "rejectedEnd"));
        Assert.Contains("timer-fired", Events(instance, "unpaid"));
    }
}
