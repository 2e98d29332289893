using System.Net;
using System.Net.Http.Json;
using EvalWorkflows.Server.Tests.Support;

namespace EvalWorkflows.Server.Tests.Workflows;

public sealed class MessageTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task A_message_correlated_by_business_key_moves_only_that_instance_on()
    {
        var admin = await app.LoginAsAsync("admin");
        await admin.DeployAsync("documents.bpmn");
        var mine = await admin.StartAsync("documents", businessKey: "F-2025-001");
        var other = await admin.StartAsync("documents", businessKey: "F-2025-002");
        var waiting = Assert.Single((await admin.GetInstanceAsync(mine)).GetProperty("subscriptions").EnumerateArray());
        Assert.Equal("documents-received", waiting.GetProperty("messageName").GetString());
        Assert.Equal("F-2025-001", waiting.GetProperty("correlationKey").GetString());

        var response = await admin.PostAsJsonAsync("/api/messages",
            new { name = "documents-received", correlationKey = "F-2025-001", variables = new { pages = 12 } });

        var result = await response.ReadAsync(HttpStatusCode.OK);
        Assert.Equal(mine, result.GetProperty("instanceId").GetGuid());
        Assert.False(result.GetProperty("startedNewInstance").GetBoolean());
        var moved = await admin.GetInstanceAsync(mine);
        Assert.Equal(["check"], moved.GetProperty("activeElements").Strings());
        Assert.Equal(12, moved.GetProperty("variables").GetProperty("pages").GetInt32());
        Assert.Equal(["waitDocs"], (await admin.GetInstanceAsync(other)).GetProperty("activeElements").Strings());
    }

    [Fact]
    public async Task A_message_for_a_message_start_event_starts_an_instance_keyed_by_the_correlation_key()
    {
        var admin = await app.LoginAsAsync("admin");
        await admin.DeployAsync("message-start.bpmn");

        var result = await (await admin.PostAsJsonAsync("/api/messages",
            new { name = "application-received", correlationKey = "A-7", variables = new { applicant = "某职业技能评价机构" } }))
            .ReadAsync(HttpStatusCode.OK);

        Assert.True(result.GetProperty("startedNewInstance").GetBoolean());
        var instance = await admin.GetInstanceAsync(result.GetProperty("instanceId").GetGuid());
        Assert.Equal("A-7", instance.GetProperty("businessKey").GetString());
        Assert.Equal("某职业技能评价机构", instance.GetProperty("variables").GetProperty("applicant").GetString());
        Assert.Equal(["register"], instance.GetProperty("activeElements").Strings());
    }

    [Fact]
    public async Task A_message_nobody_waits_for_is_not_found()
    {
        var admin = await app.LoginAsAsync("admin");
        var problem = await (await admin.PostAsJsonAsync("/api/messages", new { name = "documents-received", correlationKey = "nobody" }))
            .ReadProblemAsync(HttpStatusCode.NotFound, "NO_SUBSCRIBER");
        Assert.Contains("documents-received", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_message_without_a_name_is_refused_naming_the_field()
    {
        var admin = await app.LoginAsAsync("admin");
        var problem = await (await admin.PostAsJsonAsync("/api/messages", new { correlationKey = "F-1" }))
            .ReadProblemAsync(HttpStatusCode.BadRequest, "INVALID_REQUEST");
        Assert.Equal("name", problem.GetProperty("field").GetString());
    }
}
