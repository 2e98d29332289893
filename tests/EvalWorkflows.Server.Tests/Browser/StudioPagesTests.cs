using EvalWorkflows.Server.Tests.Support;
using System.Text;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace EvalWorkflows.Server.Tests.Browser;

/// <summary>The admin's studio: definitions with their versions, upload, the modeler and its checks.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StudioPagesTests(Browser browser, BrowserApp app, ITestOutputHelper output) : IClassFixture<BrowserApp>
{
    /// <summary>A drawn process whose review task loops by itself: the engine refuses loop characteristics.</summary>
    private const string LoopingReview = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
            xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="d" targetNamespace="t">
          <bpmn:process id="studio-broken" name="循环审核" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="review" />
            <bpmn:userTask id="review" name="反复审核"><bpmn:standardLoopCharacteristics /></bpmn:userTask>
            <bpmn:sequenceFlow id="f2" sourceRef="review" targetRef="end" />
            <bpmn:endEvent id="end" />
          </bpmn:process>
          <bpmndi:BPMNDiagram id="dia"><bpmndi:BPMNPlane id="plane" bpmnElement="studio-broken">
            <bpmndi:BPMNShape id="start_di" bpmnElement="start"><dc:Bounds x="100" y="100" width="36" height="36" /></bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="review_di" bpmnElement="review"><dc:Bounds x="200" y="78" width="100" height="80" /></bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="end_di" bpmnElement="end"><dc:Bounds x="370" y="100" width="36" height="36" /></bpmndi:BPMNShape>
            <bpmndi:BPMNEdge id="f1_di" bpmnElement="f1"><di:waypoint x="136" y="118" /><di:waypoint x="200" y="118" /></bpmndi:BPMNEdge>
            <bpmndi:BPMNEdge id="f2_di" bpmnElement="f2"><di:waypoint x="300" y="118" /><di:waypoint x="370" y="118" /></bpmndi:BPMNEdge>
          </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
        </bpmn:definitions>
        """;

    [ProviderNeutralFact(TestDatabase.StudioInBrowser)]
    public async Task An_admin_sees_every_workflow_with_its_versions_and_opens_one_read_only()
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync("admin");
        await page.GotoAsync("/studio");
        var filing = page.Locator("section", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "filing-acceptance" }) });
        await Assertions.Expect(filing.GetByRole(AriaRole.Cell, new() { Name = "v1 最新" })).ToBeVisibleAsync();
        await Assertions.Expect(filing.GetByRole(AriaRole.Cell, new() { Name = "系统（启动时部署）" })).ToBeVisibleAsync();
        await page.ScreenshotAsync("studio-definitions");

        await filing.GetByRole(AriaRole.Link, new() { Name = "查看" }).First.ClickAsync();
        await page.WaitForURLAsync("**/studio/filing-acceptance/versions/1");
        await Assertions.Expect(page.Locator(".ew-diagram[data-ready=true]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".djs-element[data-element-id=review]")).ToBeVisibleAsync();
        await page.ScreenshotAsync("studio-version");
    }

    [ProviderNeutralFact(TestDatabase.StudioInBrowser)]
    public async Task An_admin_uploads_a_broken_definition_and_sees_its_problem_on_the_element_and_nothing_deployed()
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync("admin");
        await page.GotoAsync("/studio");
        await page.GetByLabel("BPMN 2.0 文件").SetInputFilesAsync(new FilePayload
        {
            Name = "broken.bpmn", MimeType = "application/xml", Buffer = Encoding.UTF8.GetBytes(LoopingReview),
        });
        await page.GetByLabel("修改原因").FillAsync("试传循环审核");
        await page.GetByRole(AriaRole.Button, new() { Name = "校验并部署" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-error-summary]")).ToContainTextAsync("未部署");
        await Assertions.Expect(page.Locator(".ew-problem-list li").First).ToContainTextAsync("review");
        await Assertions.Expect(page.Locator(".ew-diagram[data-ready=true]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".djs-element.ew-incident[data-element-id=review]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".ew-diagram-badge")).ToHaveTextAsync("问题 1");
        await page.ScreenshotAsync("studio-upload-refused");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "studio-broken" })).ToHaveCountAsync(0);
    }

    [ProviderNeutralFact(TestDatabase.StudioInBrowser)]
    public async Task The_modeler_opens_the_filing_definition_in_chinese_and_previews_its_deadlines_on_the_calendar()
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync("admin");
        page.Console += (_, m) => output.WriteLine($"console {m.Type}: {m.Text}");
        await page.GotoAsync("/studio/filing-acceptance/edit");
        var canvas = page.Locator("[data-studio-canvas][data-ready=true]");
        await Assertions.Expect(canvas).ToBeVisibleAsync(new() { Timeout = 30_000 });
        output.WriteLine($"filing-acceptance opened in the modeler in {await canvas.GetAttributeAsync("data-opened-ms")} ms");
        await Assertions.Expect(page).ToHaveTitleAsync("编辑：备案受理 · 职业技能评价机构备案与监管");
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "面包屑导航" })).ToContainTextAsync("流程设计");
        await Assertions.Expect(page.Locator(".djs-palette [aria-label='开始事件']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(".djs-palette .ew-palette-text").First).ToHaveTextAsync("人工审核");

        var task = (await page.Locator(".djs-element[data-element-id=review]").BoundingBoxAsync())!;
        await page.Mouse.ClickAsync(task.X + task.Width * 0.2f, task.Y + task.Height * 0.8f);
        await Assertions.Expect(page.Locator(".bio-properties-panel-header-label")).ToContainTextAsync("形式审查");
        await page.GetByText("业务属性").ClickAsync();
        await page.ScreenshotAsync("studio-modeler");
        await Assertions.Expect(page.GetByLabel("期限（表达式）")).ToHaveValueAsync("end_of_day(add_working_days(review_from, 5))");
        await page.ScreenshotAsync("studio-modeler");

        await page.GetByRole(AriaRole.Button, new() { Name = "预览期限" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-studio-status]")).ToContainTextAsync("2025年3月3日（星期一）");
        // Short on the diagram; the full date with its weekday on hover or keyboard focus.
        var review = page.Locator(".djs-overlays[data-container-id=review] .ew-diagram-badge");
        await Assertions.Expect(review.Locator(".ew-badge-short")).ToHaveTextAsync("3月10日 24:00");
        await Assertions.Expect(review.Locator(".ew-badge-full")).ToBeHiddenAsync();
        await review.FocusAsync();
        await Assertions.Expect(review.Locator(".ew-badge-full")).ToHaveTextAsync("2025年3月10日（星期一）24:00");
        await Assertions.Expect(review.Locator(".ew-badge-full")).ToBeVisibleAsync();
        await Assertions.Expect(review).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex("^形式审查.*：2025年3月10日（星期一）24:00$"));
        await Assertions.Expect(page.Locator(".djs-overlays[data-container-id=reviewReminder] .ew-diagram-badge .ew-badge-full"))
            .ToHaveTextAsync("2025年3月7日（星期五）09:00");
        await Assertions.Expect(page.Locator("[data-studio-deadlines]")).ToContainTextAsync("审查期限前一个工作日提醒");
        await page.ScreenshotAsync("studio-deadline-preview");
    }

    [ProviderNeutralFact(TestDatabase.StudioInBrowser)]
    public async Task A_notice_dropped_from_the_palette_without_template_or_recipient_is_refused_on_deploy_and_marked_on_its_element()
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync("admin");
        await page.GotoAsync("/studio/plan-announcement/edit");
        await Assertions.Expect(page.Locator("[data-studio-canvas][data-ready=true]")).ToBeVisibleAsync(new() { Timeout = 30_000 });

        await page.Locator(".djs-palette .ew-palette-entry", new() { HasText = "通知" }).ClickAsync();
        var box = (await page.Locator("[data-studio-canvas]").BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(box.X + box.Width / 2, box.Y + box.Height - 100, new() { Steps = 5 });
        await page.Mouse.MoveAsync(box.X + box.Width / 2, box.Y + box.Height - 80, new() { Steps = 5 });
        await page.Mouse.ClickAsync(box.X + box.Width / 2, box.Y + box.Height - 80);
        await Assertions.Expect(page.Locator(".djs-element.djs-shape[data-element-id^=Activity_]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(".bjsl-button")).ToContainTextAsync("个错误");
        await Assertions.Expect(page.Locator("[data-studio-lint]")).ToContainTextAsync("发送通知缺少通知模板");
        await Assertions.Expect(page.Locator("[data-studio-lint] li")).ToHaveCountAsync(2);

        await page.GetByLabel("修改原因").FillAsync("增加报送提醒通知");
        await page.GetByRole(AriaRole.Button, new() { Name = "校验并部署" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-studio-status]")).ToContainTextAsync("未部署");
        await Assertions.Expect(page.Locator("[data-studio-problems] li").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".djs-element.ew-incident[data-element-id^=Activity_]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(".djs-overlay .ew-diagram-badge", new() { HasText = "问题" }).First).ToBeVisibleAsync();
        await page.ScreenshotAsync("studio-deploy-refused");
    }
}
