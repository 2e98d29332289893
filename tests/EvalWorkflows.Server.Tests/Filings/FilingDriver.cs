using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EvalWorkflows.Server.Tests.Support;

namespace EvalWorkflows.Server.Tests.Filings;

/// <summary>
/// Plays the people of a filing over HTTP: the clerk who registers the institution and reviews, the institution
/// that applies and resubmits, the admin who reads instances and notices.
/// </summary>
public sealed class FilingDriver
{
    public const string InstitutionEmail = "contact@jinan-skills.example.cn";
    private readonly TestApp _app;

    private FilingDriver(TestApp app, HttpClient clerk, HttpClient admin) => (_app, Clerk, Admin) = (app, clerk, admin);

    public HttpClient Clerk { get; }
    public HttpClient Admin { get; }
    public HttpClient Institution { get; private set; } = null!;
    public Guid InstitutionId { get; private set; }

    public static async Task<FilingDriver> StartAsync(TestApp app, string authority = "province", string creditCode = "91370100MA3C00001H")
    {
        var driver = new FilingDriver(app, await app.LoginAsAsync("clerk"), await app.LoginAsAsync("admin"));
        var created = await (await driver.Clerk.PostAsJsonAsync("/api/institutions", InstitutionBody(creditCode, authority)))
            .ReadAsync(HttpStatusCode.Created);
        driver.InstitutionId = created.GetProperty("id").GetGuid();
        driver.Institution = app.Anonymous();
        var login = await driver.Institution.PostAsJsonAsync("/api/auth/login",
            new { userName = created.GetProperty("userName").GetString(), password = created.GetProperty("password").GetString() });
        login.EnsureSuccessStatusCode();
        return driver;
    }

    public static object InstitutionBody(string creditCode, string authority = "province") => new
    {
        name = "济南技能评价中心有限公司", creditCode, kind = "enterprise", legalRepresentative = "王明",
        address = "济南市历下区解放东路16号", contactName = "李华", contactPhone = "0531-86023201",
        email = InstitutionEmail, authority,
    };

    /// <summary>An application for welders (焊工 6-18-02-04, work type 电焊工), levels 5–3 unless given; office 45 m².</summary>
    public static object Application(int[]? levels = null) => new
    {
        scope = new[]
        {
            new { occupationCode = "6-18-02-04", occupationName = "焊工", workType = "电焊工", levels = levels ?? [5, 4, 3],
                  theoryAreaM2 = 80, theorySeats = 40, practiceStations = 12 },
        },
        premises = new { officeAreaM2 = 45, tenureYears = 5, address = "济南市历下区解放东路16号" },
        assessors = Enumerable.Range(1, 5).Select(i => new
        {
            name = $"考评员{i}", occupationCode = "6-18-02-04", qualificationLevel = 2, ownStaff = true, certificateNo = $"KP-{i:000}",
        }),
        materials = new[]
        {
            new { kind = "filing-form", fileName = "备案表.pdf", digest = "a1" },
            new { kind = "legal-status", fileName = "营业执照.pdf", digest = "b1" },
            new { kind = "management-rules", fileName = "管理制度.pdf", digest = "c1" },
            new { kind = "premises-proof", fileName = "租赁合同.pdf", digest = "d1" },
        },
    };

    public async Task<(Guid FilingId, Guid InstanceId)> SubmitAsync(object? application = null)
    {
        var body = await (await Institution.PostAsJsonAsync("/api/filings", application ?? Application())).ReadAsync(HttpStatusCode.Created);
        return (body.GetProperty("id").GetGuid(), body.GetProperty("instanceId").GetGuid());
    }

    public async Task<JsonElement> FilingAsync(Guid id) => await (await Clerk.GetAsync($"/api/filings/{id}")).ReadAsync(HttpStatusCode.OK);

    public async Task<JsonElement> OpenTaskAsync(HttpClient who, Guid instanceId) => await who.OpenTaskAsync(instanceId);

    public Task<HttpResponseMessage> CompleteAsync(HttpClient who, JsonElement task, string? outcome, object? data = null) =>
        who.PostAsJsonAsync($"/api/tasks/{task.GetProperty("id").GetGuid()}/complete", new { outcome, data });

    public async Task AdvanceToAsync(string instant) => await Admin.AdvanceClockAsync(new { to = instant });

    /// <summary>The notices of an instance as the admin reads them, oldest first.</summary>
    public async Task<List<JsonElement>> NoticesAsync(Guid instanceId) =>
        [.. (await (await Admin.GetAsync($"/api/notices?instanceId={instanceId}")).ReadAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray()];

    public async Task<JsonElement> NoticeAsync(Guid instanceId, string template) =>
        Assert.Single(await NoticesAsync(instanceId), n => n.GetProperty("template").GetString() == template);

    public static DateTimeOffset Instant(JsonElement e) => e.GetDateTimeOffset();

    public TestApp App => _app;
}
