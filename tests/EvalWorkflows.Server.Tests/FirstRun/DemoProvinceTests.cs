using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using EvalWorkflows.Server.Demo;
using EvalWorkflows.Server.Tests.Support;

namespace EvalWorkflows.Server.Tests.FirstRun;

/// <summary>The rehearsal server with Seed:Demo, started as an operator would, once the demo province is built.</summary>
public sealed class DemoProvinceServer : IAsyncLifetime
{
    public const string Password = "Demo-2025!";
    public ServerProcess Server { get; private set; } = null!;
    public HttpClient Admin { get; private set; } = null!;
    public HttpClient Auditor { get; private set; } = null!;
    /// <summary>Institution name → id, as the auditor lists them.</summary>
    public Dictionary<string, Guid> Institutions { get; } = [];

    public async Task InitializeAsync()
    {
        Server = await ServerProcess.StartAsync("--Seed:Demo=true", $"--Seed:Password={Password}",
            "--Logging:LogLevel:EvalWorkflows.Server.Demo=Information");
        // No wall-clock limit is asserted: the province takes what the machine needs.
        await Server.WaitForLineAsync(new Regex("Demo province ready|demo province could not be built"), TimeSpan.FromMinutes(20));
        Assert.DoesNotContain("could not be built", Server.Output);
        await SignInAsync();
    }

    /// <summary>Restarts the server on the province's database and waits until the seeder has had its say.</summary>
    public async Task RestartAsync()
    {
        Server = await Server.RestartAsync();
        await Server.WaitForLineAsync(new Regex("Demo province already built|Building the demo province"), TimeSpan.FromMinutes(3));
        await SignInAsync();
    }

    private async Task SignInAsync()
    {
        Admin = await Server.SignInAsync("admin", Password);
        Auditor = await Server.SignInAsync("auditor", Password);
        Institutions.Clear();
        foreach (var i in await ListAsync(Auditor, "/api/institutions"))
            Institutions[i.GetProperty("name").GetString()!] = i.GetProperty("id").GetGuid();
    }

    public static async Task<List<JsonElement>> ListAsync(HttpClient client, string path)
    {
        var body = await (await client.GetAsync(path)).ReadAsync(HttpStatusCode.OK);
        return [.. (body.ValueKind == JsonValueKind.Object ? body.GetProperty("items") : body).EnumerateArray()];
    }

    public async Task<List<string>> NoticeTemplatesAsync(DemoInstitution institution) =>
        [.. (await ListAsync(Auditor, $"/api/notices?institutionId={Institutions[institution.Name]}")).Select(n => n.GetProperty("template").GetString()!)];

    public async Task<JsonElement> FilingAsync(DemoInstitution institution) =>
        Assert.Single(await ListAsync(Auditor, $"/api/filings?institutionId={Institutions[institution.Name]}"));

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

/// <summary>
/// The demo province on its "today", Monday 2025-03-17, read through the API as the auditor and the admin read it:
/// every stage the rehearsal promises is there, with its open task, its timer and the notices that led to it.
/// </summary>
public sealed class DemoProvinceTests(DemoProvinceServer demo) : IClassFixture<DemoProvinceServer>
{
    [Fact]
    public async Task Twelve_institutions_with_valid_credit_codes_and_example_cn_mail_are_registered_in_every_city()
    {
        var institutions = await DemoProvinceServer.ListAsync(demo.Auditor, "/api/institutions");
        Assert.Equal(12, institutions.Count);
        Assert.All(institutions, i =>
        {
            Assert.Null(EvalWorkflows.Server.Institutions.UnifiedSocialCreditCode.Check(i.GetProperty("creditCode").GetString()));
            Assert.EndsWith(".example.cn", i.GetProperty("email").GetString());
        });
        Assert.Equal(12, institutions.Select(i => i.GetProperty("address").GetString()![..3]).Distinct().Count());
        Assert.Equal(6, institutions.Select(i => i.GetProperty("kind").GetString()).Distinct().Count());
    }

    [Fact]
    public async Task Filings_stand_in_every_stage_of_their_life_on_17_March_2025()
    {
        async Task<string> Status(DemoInstitution i) => (await demo.FilingAsync(i)).GetProperty("status").GetString()!;

        Assert.Equal("submitted", await Status(DemoInstitutions.AwaitingReview));
        Assert.Equal("correctionRequested", await Status(DemoInstitutions.InCorrection));
        Assert.Equal("renewing", await Status(DemoInstitutions.UnderEvaluation));
        Assert.Equal("expired", await Status(DemoInstitutions.InGrace));
        Assert.Equal("ended", await Status(DemoInstitutions.Ended));
        foreach (var filed in new[] { DemoInstitutions.PlanUnderReview, DemoInstitutions.BatchAhead, DemoInstitutions.UnderSupervision,
                     DemoInstitutions.InPublicity, DemoInstitutions.SummaryOverdue, DemoInstitutions.InRenewalWindow, DemoInstitutions.BatchCompleted })
            Assert.Equal("filed", await Status(filed));
        // Filed 2022-05-19: valid until 2025-05-18, so the 90-day renewal window opened on 2025-02-17.
        Assert.Equal("2025-05-18", (await demo.FilingAsync(DemoInstitutions.InRenewalWindow)).GetProperty("validUntil").GetString());
    }

    [Fact]
    public async Task The_open_tasks_are_the_formal_review_the_plan_review_the_supervision_report_the_objection_and_the_renewal_evaluation()
    {
        var tasks = await DemoProvinceServer.ListAsync(demo.Admin, "/api/tasks");
        var open = tasks.Select(t => $"{t.GetProperty("definitionKey").GetString()}/{t.GetProperty("elementId").GetString()} " +
            $"{(t.GetProperty("dueAt").ValueKind == JsonValueKind.Null ? "-" : t.GetProperty("dueAt").GetDateTimeOffset().ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm"))}")
            .Order().ToList();
        Assert.Equal(
        [
            // Applied Fri 2025-03-14: reviewed within 5 working days, by the end of Fri 21 March.
            "filing-acceptance/review 2025-03-22 00:00",
            // Exam on Mon 31 March: the plan is reviewed by the end of the working day before, Fri 28 March.
            "plan-submission/review 2025-03-29 00:00",
            // Renewal received Mon 3 March: 30 working days (Qingming 4–6 April off) end with Tue 15 April.
            "renewal-evaluation/evaluate 2025-04-16 00:00",
            "result-publicity/handleObjection -",
            // Exam ended Fri 14 March: the supervisor reports within 3 working days, by the end of Wed 19 March.
            "supervision-report/report 2025-03-20 00:00",
        ], open);
    }

    [Fact]
    public async Task Each_stage_has_the_notices_that_led_to_it()
    {
        Assert.Contains("filing-received", await demo.NoticeTemplatesAsync(DemoInstitutions.AwaitingReview));
        Assert.Contains("filing-correction", await demo.NoticeTemplatesAsync(DemoInstitutions.InCorrection));
        Assert.Contains("filing-completed", await demo.NoticeTemplatesAsync(DemoInstitutions.PlanUnderReview));
        Assert.Contains("plan-filed", await demo.NoticeTemplatesAsync(DemoInstitutions.BatchAhead));
        Assert.Contains("publicity-opened", await demo.NoticeTemplatesAsync(DemoInstitutions.InPublicity));
        Assert.Contains("publicity-certificates", await demo.NoticeTemplatesAsync(DemoInstitutions.BatchCompleted));
        Assert.Contains("annual-returned", await demo.NoticeTemplatesAsync(DemoInstitutions.UnderSupervision));
        Assert.Contains("annual-overdue", await demo.NoticeTemplatesAsync(DemoInstitutions.SummaryOverdue));
        Assert.Contains("annual-accepted", await demo.NoticeTemplatesAsync(DemoInstitutions.BatchAhead));
        Assert.Contains("lifecycle-renewal-window-open", await demo.NoticeTemplatesAsync(DemoInstitutions.InRenewalWindow));
        Assert.Contains("renewal-received", await demo.NoticeTemplatesAsync(DemoInstitutions.UnderEvaluation));
        Assert.Contains("lifecycle-expired", await demo.NoticeTemplatesAsync(DemoInstitutions.InGrace));
        Assert.Contains("lifecycle-ended", await demo.NoticeTemplatesAsync(DemoInstitutions.Ended));
    }

    [Fact]
    public async Task Yearly_summaries_for_2024_are_accepted_returned_with_a_deadline_and_overdue()
    {
        async Task<JsonElement> Summary2024(DemoInstitution i) => Assert.Single(
            await DemoProvinceServer.ListAsync(demo.Auditor, $"/api/annual-reports?filingId={(await demo.FilingAsync(i)).GetProperty("id").GetGuid()}"),
            r => r.GetProperty("year").GetInt32() == 2024);

        Assert.Equal("accepted", (await Summary2024(DemoInstitutions.BatchAhead)).GetProperty("status").GetString());
        var returned = await Summary2024(DemoInstitutions.UnderSupervision);
        Assert.Equal("returned", returned.GetProperty("status").GetString());
        // Returned Wed 12 March: resubmitted within 5 working days, by Wed 19 March.
        Assert.Equal("2025-03-19", returned.GetProperty("resubmitDueOn").GetString());
        Assert.Equal("overdue", (await Summary2024(DemoInstitutions.SummaryOverdue)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_filing_in_its_renewal_window_waits_with_its_reminder_timers()
    {
        var filing = await demo.FilingAsync(DemoInstitutions.InRenewalWindow);
        var lifecycle = Assert.Single(await DemoProvinceServer.ListAsync(demo.Auditor,
            $"/api/instances?definition=filing-lifecycle&businessKey={filing.GetProperty("id").GetGuid()}"));
        var instance = await demo.Auditor.GetInstanceAsync(lifecycle.GetProperty("id").GetGuid());
        var timers = instance.GetProperty("timers").EnumerateArray()
            .Select(t => $"{t.GetProperty("elementId").GetString()} {t.GetProperty("dueAt").GetDateTimeOffset().ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm}")
            .ToList();
        // Valid until Sun 2025-05-18: reminders 60, 30 and 7 days before (a rest day moves to the working day before),
        // and expiry at the end of the last day.
        Assert.Contains("remind60 2025-03-19 09:00", timers);
        Assert.Contains("remind30 2025-04-18 09:00", timers);
        Assert.Contains("remind7 2025-05-09 09:00", timers);
        Assert.Contains("expiredUnapplied 2025-05-19 00:00", timers);
    }

    [Fact]
    public async Task The_filing_in_grace_shows_its_grace_end_and_the_ended_one_is_on_the_public_register()
    {
        // Valid until Mon 2025-02-10; 60 days of grace end with Fri 11 April.
        var inGrace = (await demo.FilingAsync(DemoInstitutions.InGrace)).GetProperty("id").GetGuid();
        var filing = await (await demo.Auditor.GetAsync($"/api/filings/{inGrace}")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal("2025-04-11", filing.GetProperty("graceUntil").GetString());
        var register = await DemoProvinceServer.ListAsync(demo.Server.Client(), $"/api/register?q={Uri.EscapeDataString("聊城水城")}");
        Assert.Equal(DemoInstitutions.Ended.Name, Assert.Single(register).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Institutions_sign_in_with_their_credit_code_and_the_demo_password_and_see_their_filing()
    {
        var portal = await demo.Server.SignInAsync(DemoInstitutions.InPublicity.CreditCode.ToLowerInvariant(), DemoProvinceServer.Password);
        var filing = await demo.FilingAsync(DemoInstitutions.InPublicity);
        var own = await (await portal.GetAsync($"/api/filings/{filing.GetProperty("id").GetGuid()}")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal("filed", own.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_restart_builds_nothing_again_and_the_clock_resumes_on_17_March_2025()
    {
        await demo.RestartAsync();

        Assert.Contains("Demo province already built", demo.Server.Output);
        Assert.DoesNotContain("Building the demo province", demo.Server.Output);
        Assert.Equal(12, demo.Institutions.Count);
        var clock = await (await demo.Admin.GetAsync("/api/clock")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal(new DateTimeOffset(2025, 3, 17, 10, 0, 0, TimeSpan.FromHours(8)), clock.GetProperty("now").GetDateTimeOffset());
    }
}
