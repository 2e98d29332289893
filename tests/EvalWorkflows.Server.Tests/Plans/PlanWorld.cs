using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Filings;
using EvalWorkflows.Server.Institutions;
using EvalWorkflows.Server.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace EvalWorkflows.Server.Tests.Plans;

/// <summary>
/// An institution with a filed filing (scope 6-18-01-01 levels 3/2, 4-01-02-01 level 4), created directly in the
/// database, and its signed-in portal user; plus the steps scenarios repeat: submit, approve, assign, report, publish.
/// </summary>
public sealed class PlanWorld(TestApp app, Guid institutionId, Guid filingId, HttpClient institution, string email, string name)
{
    public const string Occupation = "6-18-01-01";
    /// <summary>The institution's address: every notice to it goes there.</summary>
    public string Email { get; } = email;
    public Guid InstitutionId { get; } = institutionId;
    /// <summary>The institution's name, as task names and notices show it.</summary>
    public string InstitutionName { get; } = name;
    public Guid FilingId { get; } = filingId;
    public HttpClient Institution { get; } = institution;

    public static async Task<PlanWorld> CreateAsync(TestApp app, Action<Filing>? adjust = null)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var institution = new Institution
        {
            Id = Guid.NewGuid(), Name = $"测试职业技能评价中心{suffix}", CreditCode = $"CODE{suffix}", LegalRepresentative = "张三",
            Address = "济南市历下区", ContactName = "李四", ContactPhone = "0531-00000000", Email = $"inst-{suffix}@example.cn",
            Authority = "province", UserName = $"inst-{suffix}",
        };
        var filing = new Filing
        {
            Id = Guid.NewGuid(), InstitutionId = institution.Id, Authority = "province", InstitutionCode = $"S{suffix}",
            FiledOn = new DateOnly(2025, 1, 6), ValidFrom = new DateOnly(2025, 1, 6), ValidUntil = new DateOnly(2028, 1, 5),
            Scope =
            [
                new ScopeItem { OccupationCode = Occupation, OccupationName = "电工", Levels = [3, 2] },
                new ScopeItem { OccupationCode = "4-01-02-01", OccupationName = "中式烹调师", Levels = [4] },
            ],
        };
        filing.ChangeStatus(FilingStatus.Filed, TestApp.Start, "clerk", "001 art. 9");
        adjust?.Invoke(filing);
        db.AddRange(institution, filing);
        await db.SaveChangesAsync();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = institution.UserName, InstitutionId = institution.Id };
        Assert.True((await users.CreateAsync(user, TestApp.Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, "institution")).Succeeded);
        return new PlanWorld(app, institution.Id, filing.Id, await app.LoginAsAsync(institution.UserName!), institution.Email, institution.Name);
    }

    /// <summary>A valid plan body: level 3 of 6-18-01-01 with a panel of three level-3 assessors.</summary>
    public object Plan(string examStart, string examEnd, int level = 3, int panel = 3, int qualification = 3,
        string occupation = Occupation) => new
    {
        filingId = FilingId, examStart, examEnd,
        occupations = new[] { new { occupationCode = occupation, level, candidates = 30 } },
        assessors = Enumerable.Range(1, panel).Select(i => new { name = $"考评员{i}", occupationCode = occupation, qualificationLevel = qualification }),
    };

    public async Task<Guid> SubmitAsync(string examStart, string examEnd)
    {
        var response = await Institution.PostAsJsonAsync("/api/plans", Plan(examStart, examEnd));
        return (await response.ReadAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    /// <summary>The clerk approves the plan and assigns the demo supervisor.</summary>
    public async Task ApproveAsync(Guid planId)
    {
        var clerk = await app.LoginAsAsync("clerk");
        await CompleteAsync(clerk, planId, "review", new { outcome = "approve" });
        var assigned = await clerk.PostAsJsonAsync($"/api/plans/{planId}/supervisor", new { supervisor = "supervisor" });
        await assigned.ReadAsync(HttpStatusCode.OK);
    }

    /// <summary>The usual batch (exam 2025-03-10 to 11) submitted and approved, the clock moved on to <paramref name="advanceTo"/>.</summary>
    public async Task<(Guid PlanId, HttpClient Admin)> ApprovedBatchAsync(string advanceTo)
    {
        var planId = await SubmitAsync("2025-03-10", "2025-03-11");
        await ApproveAsync(planId);
        var admin = await app.LoginAsAsync("admin");
        await admin.AdvanceClockAsync(new { to = advanceTo });
        return (planId, admin);
    }

    public async Task ReportAsync(Guid planId, string recommendation)
    {
        var supervisor = await app.LoginAsAsync("supervisor");
        var response = await supervisor.PostAsJsonAsync($"/api/plans/{planId}/supervision-report", new
        {
            examAdministration = "考务组织规范", candidateEligibility = "考生资格符合申报条件", questionsAndAssessors = "试题取自国家题库，考评组3人",
            premisesAndEquipment = "场地设备满足要求", fees = "按标准收费", recommendation,
            invalidityGrounds = recommendation == "invalid" ? "未按规定使用考评人员（001 第三十一条第二项）" : null,
        });
        await response.ReadAsync(HttpStatusCode.OK);
    }

    public static async Task<JsonElement> TaskAsync(HttpClient staff, Guid planId, string elementId)
    {
        var tasks = (await (await staff.GetAsync("/api/tasks")).ReadAsync(HttpStatusCode.OK)).GetProperty("items");
        return Assert.Single(tasks.EnumerateArray(), t =>
            t.GetProperty("businessKey").GetString() == planId.ToString() && t.GetProperty("elementId").GetString() == elementId);
    }

    public static async Task CompleteAsync(HttpClient staff, Guid planId, string elementId, object body)
    {
        var task = await TaskAsync(staff, planId, elementId);
        var done = await staff.PostAsJsonAsync($"/api/tasks/{task.GetProperty("id").GetGuid()}/complete", body);
        await done.ReadAsync(HttpStatusCode.OK);
    }

    /// <summary>Notices of this institution with this template, as the admin sees them.</summary>
    public async Task<List<JsonElement>> NoticesAsync(string template)
    {
        var admin = await app.LoginAsAsync("admin");
        var list = (await (await admin.GetAsync($"/api/notices?institutionId={InstitutionId}&template={template}")).ReadAsync(HttpStatusCode.OK)).GetProperty("items");
        return list.EnumerateArray().ToList();
    }
}
