using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Files;
using EvalWorkflows.Server.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvalWorkflows.Server.Tests.Plans;

/// <summary>
/// Publicity of the batch published Thu 2025-03-13 (until 2025-03-20, see <see cref="PublicityScenario"/>): on Mon
/// 17 March two objections arrive; the institution answers the first with a file while it is open (002 §四(三)).
/// </summary>
public sealed class ObjectionAnswerTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task The_institution_answers_an_open_objection_once_with_a_file_in_a_workflow_step_and_the_clerk_reads_it()
    {
        var (world, planId, admin) = await PublicityScenario.PublishedAsync(app);
        await admin.AdvanceClockAsync(new { to = "2025-03-17T10:00:00+08:00" });
        await PublicityScenario.ObjectAsync(app, planId, "2025-03-20");
        (await app.Anonymous().PostAsJsonAsync($"/api/publicity/{planId}/objections",
            new { name = "钱七", contact = "13900000000", content = "考生孙八的等级登记错误" })).EnsureSuccessStatusCode();
        var listed = await ObjectionsAsync(world.Institution, planId);
        Assert.Equal(["open", "open"], listed.Select(o => o.GetProperty("status").GetString()));
        var (first, second) = (listed[0].GetProperty("id").GetGuid(), listed[1].GetProperty("id").GetGuid());
        var answerPath = $"/api/publicity/{planId}/objections/{first}/answer";

        var blank = await world.Institution.PostAsJsonAsync(answerPath, new { answer = " " });
        Assert.Equal("answer", (await blank.ReadProblemAsync(HttpStatusCode.BadRequest, "INVALID_REQUEST")).GetProperty("field").GetString());
        var fileId = (await (await world.Institution.UploadFileAsync(SamplePdf.Create(), "成绩登记表.pdf"))
            .ReadAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var other = await PlanWorld.CreateAsync(app);
        await (await other.Institution.PostAsJsonAsync(answerPath, new { answer = "不是我们的批次" })).ReadProblemAsync(HttpStatusCode.NotFound, "FILING_NOT_FOUND");
        await (await other.Institution.GetAsync($"/api/publicity/{planId}/objections")).ReadProblemAsync(HttpStatusCode.NotFound, "PUBLICITY_NOT_FOUND");

        (await world.Institution.PostAsJsonAsync(answerPath, new { answer = "经核对原始记录，赵六实操成绩登记无误。", fileIds = new[] { fileId } }))
            .EnsureSuccessStatusCode();
        var again = await world.Institution.PostAsJsonAsync(answerPath, new { answer = "再答复一次" });
        var twice = await again.ReadProblemAsync(HttpStatusCode.Conflict, "OBJECTION_ALREADY_ANSWERED");
        Assert.Equal("002 §四(三)", twice.GetProperty("basis").GetString());
        Assert.Contains("2025年3月17日", twice.GetProperty("detail").GetString());
        var reused = await world.Institution.PostAsJsonAsync($"/api/publicity/{planId}/objections/{second}/answer",
            new { answer = "同上", fileIds = new[] { fileId } });
        Assert.Equal("fileIds[0]", (await reused.ReadProblemAsync(HttpStatusCode.BadRequest, "FILE_NOT_FOUND")).GetProperty("field").GetString());

        var clerk = await app.LoginAsAsync("clerk");
        var seen = (await ObjectionsAsync(clerk, planId))[0];
        Assert.Equal("经核对原始记录，赵六实操成绩登记无误。", seen.GetProperty("answer").GetString());
        Assert.Equal("成绩登记表.pdf", Assert.Single(seen.GetProperty("files").EnumerateArray()).GetProperty("fileName").GetString());
        Assert.Equal(SamplePdf.Create(), await (await clerk.GetAsync($"/files/{fileId}")).Content.ReadAsByteArrayAsync());
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var actors = await db.Set<HistoryRecord>().Where(h => h.ElementId == "answered").Select(h => h.Actor).Distinct().ToListAsync();
            Assert.Equal((await world.Institution.GetFromJsonAsync<JsonElement>("/api/auth/me")).GetProperty("userName").GetString(), Assert.Single(actors));
            var file = await db.Set<StoredFile>().SingleAsync(f => f.Id == fileId);
            Assert.Equal((planId, first), (file.PlanId!.Value, file.ObjectionId!.Value));
        }

        await PlanWorld.CompleteAsync(clerk, planId, "handleObjection", new { outcome = "dismiss" });
        await PlanWorld.CompleteAsync(clerk, planId, "handleObjection", new { outcome = "dismiss" });
        var late = await world.Institution.PostAsJsonAsync($"/api/publicity/{planId}/objections/{second}/answer", new { answer = "补充说明" });
        await late.ReadProblemAsync(HttpStatusCode.Conflict, "OBJECTION_DECIDED");
    }

    private static async Task<List<JsonElement>> ObjectionsAsync(HttpClient client, Guid planId) =>
        (await (await client.GetAsync($"/api/publicity/{planId}/objections")).ReadAsync(HttpStatusCode.OK))
            .GetProperty("items").EnumerateArray().ToList();
}

/// <summary>Publicity ended with 2025-03-20; on Fri 21 March the institution uploads the results with their score list.</summary>
public sealed class ResultFilesTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Results_are_uploaded_with_their_files_which_the_reviewing_clerk_sees_and_downloads()
    {
        var (world, planId, admin) = await PublicityScenario.PublishedAsync(app);
        await admin.AdvanceClockAsync(new { to = "2025-03-21T10:00:00+08:00" });
        var upload = $"/api/plans/{planId}/results/upload";
        var unknown = await world.Institution.PostAsJsonAsync(upload, new { fileIds = new[] { Guid.NewGuid() } });
        Assert.Equal("fileIds[0]", (await unknown.ReadProblemAsync(HttpStatusCode.BadRequest, "FILE_NOT_FOUND")).GetProperty("field").GetString());
        var clerk = await app.LoginAsAsync("clerk");
        Assert.DoesNotContain((await (await clerk.GetAsync("/api/tasks")).ReadAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray(),
            t => t.GetProperty("businessKey").GetString() == planId.ToString());

        var pdf = SamplePdf.Create("score list");
        var fileId = (await (await world.Institution.UploadFileAsync(pdf, "成绩汇总表.pdf")).ReadAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        (await world.Institution.PostAsJsonAsync(upload, new { fileIds = new[] { fileId } })).EnsureSuccessStatusCode();

        var review = await PlanWorld.TaskAsync(clerk, planId, "cityReview");
        var page = await clerk.GetStringAsync($"/tasks/{review.GetProperty("id").GetGuid()}");
        Assert.Contains($"<a href=\"/files/{fileId}\">成绩汇总表.pdf</a>", page);
        Assert.Equal(pdf, await (await clerk.GetAsync($"/files/{fileId}")).Content.ReadAsByteArrayAsync());
    }
}
