using System.Net;
using System.Net.Http.Json;
using EvalWorkflows.Server.Tests.Support;

namespace EvalWorkflows.Server.Tests.Workflows;

/// <summary>POST /api/instances with an Idempotency-Key can be retried after a lost answer.</summary>
public sealed class IdempotentStartTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task A_start_retried_with_the_same_Idempotency_Key_returns_the_first_instance_and_starts_no_other()
    {
        var admin = await app.LoginAsAsync("admin");
        await admin.DeployAsync("approval.bpmn");

        var first = await (await StartAsync(admin, "retry-1", "idem-1")).ReadAsync(HttpStatusCode.Created);
        var retried = await (await StartAsync(admin, "retry-1", "idem-1")).ReadAsync(HttpStatusCode.OK);

        Assert.Equal(first.GetProperty("id").GetGuid(), retried.GetProperty("id").GetGuid());
        var listed = await (await admin.GetAsync("/api/instances?businessKey=idem-1")).ReadAsync(HttpStatusCode.OK);
        Assert.Single(listed.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Retries_racing_each_other_with_one_key_start_one_instance_and_all_get_its_id()
    {
        var admin = await app.LoginAsAsync("admin");
        await admin.DeployAsync("approval.bpmn");

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => StartAsync(admin, "race-1", "idem-race")));

        var ids = new List<Guid>();
        foreach (var answer in answers)
            ids.Add((await answer.ReadAsync(answer.StatusCode == HttpStatusCode.Created ? HttpStatusCode.Created : HttpStatusCode.OK))
                .GetProperty("id").GetGuid());
        Assert.Single(ids.Distinct());
        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
        var listed = await (await admin.GetAsync("/api/instances?businessKey=idem-race")).ReadAsync(HttpStatusCode.OK);
        Assert.Single(listed.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task A_key_reused_for_a_different_start_is_refused_and_starts_nothing()
    {
        var admin = await app.LoginAsAsync("admin");
        await admin.DeployAsync("approval.bpmn");
        await (await StartAsync(admin, "reuse-1", "idem-a")).ReadAsync(HttpStatusCode.Created);

        var reused = await StartAsync(admin, "reuse-1", "idem-b");

        var problem = await reused.ReadProblemAsync(HttpStatusCode.UnprocessableEntity, "IDEMPOTENCY_KEY_REUSED");
        Assert.Equal("Idempotency-Key", problem.GetProperty("field").GetString());
        var listed = await (await admin.GetAsync("/api/instances?businessKey=idem-b")).ReadAsync(HttpStatusCode.OK);
        Assert.Empty(listed.GetProperty("items").EnumerateArray());
    }

    private static Task<HttpResponseMessage> StartAsync(HttpClient client, string key, string businessKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/instances")
        {
            Content = JsonContent.Create(new { definitionKey = "approval", businessKey }),
        };
        request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }
}
