using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using EvalWorkflows.Server.Tests.Support;
using Microsoft.Playwright;

namespace EvalWorkflows.Server.Tests.Browser;

/// <summary>The studio's version diff, calendar and incident pages, each on its own app (deploys change the list).</summary>
[Collection(BrowserCollection.Name)]
public sealed class StudioDefinitionPagesTests(Browser browser, BrowserApp app) : IClassFixture<BrowserApp>
{
    [ProviderNeutralFact(TestDatabase.StudioInBrowser)]
    public async Task The_diff_page_marks_the_task_whose_deadline_changed_and_names_the_attribute()
    {
        var admin = await app.LoginAsAsync("admin");
        var xml = await admin.GetStringAsync("/api/definitions/filing-acceptance/versions/1/xml");
        var changed = xml.Replace("add_working_days(review_from, 5)", "add_working_days(review_from, 6)", StringComparison.Ordinal);
        Assert.NotEqual(xml, changed);
        var content = new StringContent(changed, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
        (await admin.PostAsync("/api/definitions", content)).EnsureSuccessStatusCode();

        foreach (var phone in new[] { false, true })
        {
            var page = await browser.NewPageAsync(app.BaseUrl, phone);
            await page.SignInAsync("admin");
            await page.GotoAsync("/studio");
            await page.GetByRole(AriaRole.Link, new() { Name = "与上一版对比" }).First.ClickAsync();
            await page.WaitForURLAsync("**/studio/filing-acceptance/diff?from=1&to=2");
            await Assertions.Expect(page.Locator("[data-diff-side=to][data-ready=true]")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("[data-diff-side=to] .djs-element.ew-diff-changed[data-element-id=review]")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("[data-diff-side=to] .djs-overlays[data-container-id=review] .ew-diagram-badge"))
                .ToHaveTextAsync("属性修改");
            var row = page.Locator("[data-diff-table] tr[data-diff-element=review]");
            await Assertions.Expect(row).ToContainTextAsync("属性修改");
            await Assertions.Expect(row).ToContainTextAsync("dueDate");
            await Assertions.Expect(row).ToContainTextAsync(
                "dueDate：end_of_day(add_working_days(review_from, 5)) → end_of_day(add_working_days(review_from, 6))");
            await Assertions.Expect(page.Locator("[data-diff-table] tbody tr")).ToHaveCountAsync(1);
            await page.ScreenshotAsync(phone ? "studio-diff-phone" : "studio-diff");
        }
    }

    [ProviderNeutralFact(TestDatabase.StudioInBrowser)]
    public async Task The_calendar_shows_sunday_26_january_2025_as_a_make_up_working_day_and_1_october_as_a_holiday()
    {
        foreach (var phone in new[] { false, true })
        {
            var page = await browser.NewPageAsync(app.BaseUrl, phone);
            await page.SignInAsync("admin");
            await page.GotoAsync("/studio/calendar?year=2025");
            var makeup = page.Locator("td[data-date='2025-01-26']");
            await Assertions.Expect(makeup).ToHaveClassAsync("ew-day-makeup");
            await Assertions.Expect(makeup.Locator(".ew-day-label")).ToHaveTextAsync("班");
            await Assertions.Expect(makeup).ToHaveAttributeAsync("title", new System.Text.RegularExpressions.Regex("^2025年1月26日（星期日） 调休上班（春节）\n依据：国务院办公厅"));
            var holiday = page.Locator("td[data-date='2025-10-01']");
            await Assertions.Expect(holiday).ToHaveClassAsync("ew-day-holiday");
            await Assertions.Expect(holiday.Locator(".ew-day-label")).ToHaveTextAsync("休");
            await Assertions.Expect(holiday).ToHaveAttributeAsync("title", new System.Text.RegularExpressions.Regex("国庆节"));
            await Assertions.Expect(page.Locator("td[data-date='2025-03-03']")).ToHaveClassAsync("ew-day-working");
            await Assertions.Expect(page.Locator(".ew-legend")).ToContainTextAsync("调休上班");
            await page.ScreenshotAsync(phone ? "studio-calendar-phone" : "studio-calendar");
        }
    }

    [ProviderNeutralFact(TestDatabase.StudioInBrowser)]
    public async Task A_calendar_correction_with_a_weekday_as_make_up_day_is_refused_beside_its_box_naming_the_line()
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync("admin");
        await page.GotoAsync("/studio/calendar?year=2025");
        await page.GetByLabel("调休上班日期").FillAsync("2025-01-26 春节\n2025-03-04 错填");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存 2025 年日历" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-error-summary]")).ToContainTextAsync("第 2 行：2025-03-04 是星期二");
        await Assertions.Expect(page.Locator("[data-valmsg-for=MakeupWorkdays]")).ToContainTextAsync("调休上班日只能是周六或周日");
        // Every correction is recorded with why: the reason is asked for beside its own field, as the API asks for it.
        await Assertions.Expect(page.Locator("[data-valmsg-for=Reason]")).ToContainTextAsync("请填写修改原因");
        await Assertions.Expect(page.GetByLabel("调休上班日期")).ToHaveValueAsync("2025-01-26 春节\n2025-03-04 错填");
        await page.ScreenshotAsync("studio-calendar-refused");
        await page.GotoAsync("/studio/calendar?year=2025");
        await Assertions.Expect(page.Locator("td[data-date='2025-03-04']")).ToHaveClassAsync("ew-day-working");
    }

    [ProviderNeutralFact(TestDatabase.StudioInBrowser)]
    public async Task The_archive_page_asks_for_a_reason_then_refuses_a_file_that_is_not_an_archive_and_lists_the_problem()
    {
        foreach (var phone in new[] { false, true })
        {
            var page = await browser.NewPageAsync(app.BaseUrl, phone);
            await page.SignInAsync("admin");
            await page.GotoAsync("/studio");
            await page.GetByRole(AriaRole.Link, new() { Name = "导入归档" }).ClickAsync();
            var notAZip = new FilePayload { Name = "studio.zip", MimeType = "application/zip", Buffer = Encoding.UTF8.GetBytes("not a zip") };
            await page.GetByLabel("归档文件").SetInputFilesAsync(notAZip);
            await page.GetByRole(AriaRole.Button, new() { Name = "检查并导入" }).ClickAsync();
            await Assertions.Expect(page.Locator("[data-valmsg-for='reason']")).ToContainTextAsync("请填写修改原因");
            await Assertions.Expect(page.Locator("[data-archive-problems]")).ToHaveCountAsync(0);
            await page.ScreenshotAsync(phone ? "studio-archive-reason-missing-phone" : "studio-archive-reason-missing");

            await page.GetByLabel("归档文件").SetInputFilesAsync(notAZip);
            await page.GetByLabel("导入原因").FillAsync("从测试环境搬迁");
            await page.GetByRole(AriaRole.Button, new() { Name = "检查并导入" }).ClickAsync();
            await Assertions.Expect(page.Locator("[data-archive-problems]")).ToContainTextAsync("不是有效的 .zip 文件");
            await Assertions.Expect(page.GetByLabel("导入原因")).ToHaveValueAsync("从测试环境搬迁");
            await page.ScreenshotAsync(phone ? "studio-archive-refused-phone" : "studio-archive-refused");
        }
    }

    /// <summary>Two drawn tasks, each with a problem the server finds: a loop marker it refuses, a handler it lacks.</summary>
    private const string TwoBrokenTasks = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
            xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI"
            xmlns:ew="http://evalworkflows.org/schema/bpmn" id="d" targetNamespace="t">
          <bpmn:process id="studio-two-broken" name="两处问题" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="review" />
            <bpmn:userTask id="review" name="反复审核" ew:candidateRole="clerk" ew:outcomes="done"><bpmn:standardLoopCharacteristics /></bpmn:userTask>
            <bpmn:sequenceFlow id="f2" sourceRef="review" targetRef="register" />
            <bpmn:serviceTask id="register" name="登记" ew:type="no-such-handler" />
            <bpmn:sequenceFlow id="f3" sourceRef="register" targetRef="end" />
            <bpmn:endEvent id="end" />
          </bpmn:process>
          <bpmndi:BPMNDiagram id="dia"><bpmndi:BPMNPlane id="plane" bpmnElement="studio-two-broken">
            <bpmndi:BPMNShape id="start_di" bpmnElement="start"><dc:Bounds x="100" y="100" width="36" height="36" /></bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="review_di" bpmnElement="review"><dc:Bounds x="200" y="78" width="100" height="80" /></bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="register_di" bpmnElement="register"><dc:Bounds x="360" y="78" width="100" height="80" /></bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="end_di" bpmnElement="end"><dc:Bounds x="520" y="100" width="36" height="36" /></bpmndi:BPMNShape>
            <bpmndi:BPMNEdge id="f1_di" bpmnElement="f1"><di:waypoint x="136" y="118" /><di:waypoint x="200" y="118" /></bpmndi:BPMNEdge>
            <bpmndi:BPMNEdge id="f2_di" bpmnElement="f2"><di:waypoint x="300" y="118" /><di:waypoint x="360" y="118" /></bpmndi:BPMNEdge>
            <bpmndi:BPMNEdge id="f3_di" bpmnElement="f3"><di:waypoint x="460" y="118" /><di:waypoint x="520" y="118" /></bpmndi:BPMNEdge>
          </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
        </bpmn:definitions>
        """;

    [ProviderNeutralFact(TestDatabase.StudioInBrowser)]
    public async Task An_uploaded_definition_with_problems_on_two_tasks_shows_each_problem_on_its_own_task()
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync("admin");
        await page.GotoAsync("/studio");
        await page.GetByLabel("BPMN 2.0 文件").SetInputFilesAsync(new FilePayload
        {
            Name = "two-broken.bpmn", MimeType = "application/xml", Buffer = Encoding.UTF8.GetBytes(TwoBrokenTasks),
        });
        await page.GetByLabel("修改原因").FillAsync("试传两处问题");
        await page.GetByRole(AriaRole.Button, new() { Name = "校验并部署" }).ClickAsync();

        await Assertions.Expect(page.Locator(".ew-diagram[data-ready=true]")).ToBeVisibleAsync();
        foreach (var element in new[] { "review", "register" })
        {
            await Assertions.Expect(page.Locator($".djs-element.ew-incident[data-element-id={element}]")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator($".djs-overlays[data-container-id={element}] .ew-diagram-badge").First).ToContainTextAsync("问题");
            await Assertions.Expect(page.Locator(".ew-problem-list li", new() { HasText = element }).First).ToBeVisibleAsync();
        }
        await page.ScreenshotAsync("studio-upload-two-problems");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "studio-two-broken" })).ToHaveCountAsync(0);
    }

    [ProviderNeutralFact(TestDatabase.StudioInBrowser)]
    public async Task Reverting_an_old_version_asks_for_a_reason_beside_its_field_and_records_it_with_the_new_version()
    {
        var admin = await app.LoginAsAsync("admin");
        var xml = await admin.GetStringAsync("/api/definitions/sample-approval/versions/1/xml");
        (await admin.PostXmlAsync("/api/definitions", xml.Replace("name=\"示例审批\"", "name=\"示例审批（改）\"", StringComparison.Ordinal)))
            .EnsureSuccessStatusCode();
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync("admin");
        await page.GotoAsync("/studio/sample-approval/versions/1");

        await page.GetByRole(AriaRole.Button, new() { Name = "恢复为新版本" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-valmsg-for=Reason]")).ToContainTextAsync("请填写修改原因");
        await page.ScreenshotAsync("studio-revert-reason-missing");
        await page.GetByLabel("恢复原因").FillAsync("改名未获批准");
        await page.GetByRole(AriaRole.Button, new() { Name = "恢复为新版本" }).ClickAsync();

        await page.WaitForURLAsync("**/studio/sample-approval/versions/3");
        await Assertions.Expect(page.Locator(".alert-success")).ToContainTextAsync("已将第 1 版恢复为第 3 版");
        var changes = await (await admin.GetAsync("/api/studio/changes?kind=definition")).Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        var change = changes.GetProperty("items")[0];
        Assert.Equal(("sample-approval", 3, "改名未获批准"),
            (change.GetProperty("target").GetString(), change.GetProperty("version").GetInt32(), change.GetProperty("reason").GetString()));
    }
}
