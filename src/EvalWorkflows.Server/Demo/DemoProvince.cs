using static EvalWorkflows.Server.Demo.DemoInstitutions;

namespace EvalWorkflows.Server.Demo;

/// <summary>
/// The demo province: twelve institutions walked through the real procedures on the manual clock, from December
/// 2021 to Monday 17 March 2025, so that on that day every stage has someone in it — an application awaiting formal
/// review, one in correction, plans awaiting review and approved, a batch under supervision, results in publicity
/// with an objection, yearly summaries accepted, returned and overdue, a filing in its renewal window, one under
/// renewal evaluation, one in its grace period and one ended. Only dates are chosen here; what follows from them
/// (notices, reminders, expiry, grace, deemed abandonment) is what the workflows do.
/// </summary>
public sealed class DemoProvince(DemoCast cast)
{
    public const string StoryStart = "2021-12-06T09:00:00+08:00";
    /// <summary>"Today" of the rehearsal: where the clock stands when the province is ready.</summary>
    public const string Today = "2025-03-17T10:00:00+08:00";

    public async Task BuildAsync(CancellationToken ct)
    {
        await cast.SignInStaffAsync(ct);
        // Filed long enough ago to have ended, to be in grace, under evaluation or in the renewal window today.
        await FileAsync(Ended, "2021-12-06", "2021-12-07", "2021-12-09", ct);
        await FileAsync(InGrace, "2022-02-08", "2022-02-09", "2022-02-11", ct);
        await SummariesAsync(2021, [Ended], "2022-03-01", "2022-03-02", ct);
        await FileAsync(UnderEvaluation, "2022-04-11", "2022-04-12", "2022-04-14", ct);
        await FileAsync(InRenewalWindow, "2022-05-16", "2022-05-17", "2022-05-19", ct);
        await SummariesAsync(2022, [Ended, InGrace, UnderEvaluation, InRenewalWindow], "2023-03-01", "2023-03-02", ct);
        await FileAsync(InPublicity, "2023-03-13", "2023-03-14", "2023-03-16", ct);
        await FileAsync(UnderSupervision, "2023-05-08", "2023-05-09", "2023-05-11", ct);
        await FileAsync(SummaryOverdue, "2023-07-03", "2023-07-04", "2023-07-06", ct);
        await FileAsync(BatchAhead, "2023-09-04", "2023-09-05", "2023-09-07", ct);
        await SummariesAsync(2023, [Ended, InGrace, UnderEvaluation, InRenewalWindow, InPublicity, UnderSupervision, SummaryOverdue, BatchAhead],
            "2024-03-01", "2024-03-04", ct);
        await FileWithCorrectionAsync(PlanUnderReview, ct);
        await FileAsync(BatchCompleted, "2024-10-08", "2024-10-09", "2024-10-11", ct);
        await CompletedBatchAsync(BatchCompleted, ct);
        var publicityPlan = await LateFebruaryAndEarlyMarchAsync(ct);
        await MidMarchAsync(publicityPlan, ct);
        await cast.AdvanceToAsync(Today, ct);
    }

    /// <summary>
    /// 24 February – 7 March 2025: the batch that will be in publicity, the 2024 summaries, the renewal application and
    /// the batch that will be under supervision. Returns the plan whose results go into publicity.
    /// </summary>
    private async Task<Guid> LateFebruaryAndEarlyMarchAsync(CancellationToken ct)
    {
        var publicityPlan = await PlanAsync(InPublicity, "2025-02-24T09:30:00+08:00", "2025-03-05", "2025-03-06", 36, ct);
        await ApproveAsync(publicityPlan, "2025-02-25T10:00:00+08:00", ct);

        await cast.AdvanceToAsync("2025-03-03T09:00:00+08:00", ct);
        foreach (var i in new[] { BatchAhead, BatchCompleted, InPublicity, InRenewalWindow, UnderEvaluation, UnderSupervision })
            await SubmitSummaryAsync(i, 2024, ct);
        await cast[UnderEvaluation].Client.PostAsync("/api/renewals", new
        {
            filingId = cast[UnderEvaluation].FilingId, statement = "三年来规范开展物流服务师等级认定，申请备案续期。",
            batchExplanation = "有效期内共组织评价6批次，均按期完成督导和公示。", incentiveEvidence = "2024年度市级优秀评价机构", unfinishedRectification = false,
        }, ct);
        var supervisedPlan = await PlanAsync(UnderSupervision, "2025-03-03T10:00:00+08:00", "2025-03-13", "2025-03-14", 28, ct);
        await cast.AdvanceToAsync("2025-03-04T10:00:00+08:00", ct);
        foreach (var i in new[] { BatchAhead, BatchCompleted, InPublicity, InRenewalWindow, UnderEvaluation })
            await ReviewSummaryAsync(i, "accept", null, ct);
        await ApproveAsync(supervisedPlan, "2025-03-04T11:00:00+08:00", ct);

        await cast.AdvanceToAsync("2025-03-07T15:00:00+08:00", ct);
        await ReportAsync(publicityPlan, ct);
        return publicityPlan;
    }

    /// <summary>10–14 March 2025: what is still open on the rehearsal's today.</summary>
    private async Task MidMarchAsync(Guid publicityPlan, CancellationToken ct)
    {
        await cast.AdvanceToAsync("2025-03-10T09:30:00+08:00", ct);
        var correction = await cast.RegisterAndApplyAsync(InCorrection, ct);
        var aheadPlan = await PlanAsync(BatchAhead, "2025-03-10T10:00:00+08:00", "2025-03-26", "2025-03-27", 40, ct);
        await ApproveAsync(aheadPlan, "2025-03-11T09:30:00+08:00", ct);

        await cast.AdvanceToAsync("2025-03-12T09:30:00+08:00", ct);
        await cast[InPublicity].Client.PostAsync($"/api/plans/{publicityPlan}/results",
            new { candidates = 36, passed = 31, publishedAt = "济宁运河职业培训学校官网“公示公告”栏目及校内公告栏" }, ct);
        await ReviewSummaryAsync(UnderSupervision, "return",
            new { return_reason = "“评价工作开展情况”缺少各批次考生人数及合格率，请补充后重新报送。" }, ct);
        await cast.ReviewFilingAsync(correction, "correct", new
        {
            correction_items = new object[]
            {
                new { material = "premises-proof", description = "场地租赁合同剩余期限不足3年，请提供续签合同。" },
                new { material = "management-rules", description = "评价管理制度缺少考务安全和保密管理内容。" },
            },
        }, ct);

        await cast.AdvanceToAsync("2025-03-14T14:00:00+08:00", ct);
        using var visitor = cast.Visitor();
        await visitor.PostAsync($"/api/publicity/{publicityPlan}/objections", new
        {
            name = "赵女士", contact = "138-0000-0000", content = "公示名单中第12号考生未参加3月6日的实操考核，请核实。",
        }, ct);
        await cast.RegisterAndApplyAsync(AwaitingReview, ct);
        await PlanAsync(PlanUnderReview, "2025-03-14T15:00:00+08:00", "2025-03-31", "2025-04-01", 32, ct);
    }

    private async Task FileAsync(DemoInstitution institution, string applyOn, string acceptOn, string completeOn, CancellationToken ct)
    {
        await cast.AdvanceToAsync($"{applyOn}T09:30:00+08:00", ct);
        var portal = await cast.RegisterAndApplyAsync(institution, ct);
        await cast.AdvanceToAsync($"{acceptOn}T10:00:00+08:00", ct);
        await cast.ReviewFilingAsync(portal, "accept", null, ct);
        await cast.AdvanceToAsync($"{completeOn}T15:00:00+08:00", ct);
        await cast.CompleteFilingAsync(portal, ct);
    }

    /// <summary>One filing that went through the one-time correction (000 §三.2) before it was filed.</summary>
    private async Task FileWithCorrectionAsync(DemoInstitution institution, CancellationToken ct)
    {
        await cast.AdvanceToAsync("2024-06-11T09:30:00+08:00", ct);
        var portal = await cast.RegisterAndApplyAsync(institution, ct);
        await cast.AdvanceToAsync("2024-06-12T10:00:00+08:00", ct);
        await cast.ReviewFilingAsync(portal, "correct", new
        {
            correction_items = new[] { new { material = "legal-status", description = "营业执照复印件未加盖公章。" } },
        }, ct);
        await cast.AdvanceToAsync("2024-06-14T09:30:00+08:00", ct);
        await portal.Client.PostAsync($"/api/filings/{portal.FilingId}/resubmit",
            new { materials = new[] { new { kind = "legal-status", fileName = "营业执照（盖章）.pdf", digest = "legal-status-stamped" } } }, ct);
        await cast.AdvanceToAsync("2024-06-17T10:00:00+08:00", ct);
        await cast.ReviewFilingAsync(portal, "accept", null, ct);
        await cast.AdvanceToAsync("2024-06-19T15:00:00+08:00", ct);
        await cast.CompleteFilingAsync(portal, ct);
    }

    /// <summary>A batch from plan to reviewed results: supervised, published, publicity over, results uploaded and approved.</summary>
    private async Task CompletedBatchAsync(DemoInstitution institution, CancellationToken ct)
    {
        var plan = await PlanAsync(institution, "2024-11-04T09:30:00+08:00", "2024-11-20", "2024-11-21", 30, ct);
        await ApproveAsync(plan, "2024-11-05T10:00:00+08:00", ct);
        await cast.AdvanceToAsync("2024-11-22T10:00:00+08:00", ct);
        await ReportAsync(plan, ct);
        await cast.AdvanceToAsync("2024-11-25T09:30:00+08:00", ct);
        await cast[institution].Client.PostAsync($"/api/plans/{plan}/results",
            new { candidates = 30, passed = 27, publishedAt = "滨州市人力资源服务中心网站" }, ct);
        await cast.AdvanceToAsync("2024-12-04T09:30:00+08:00", ct);
        await cast[institution].Client.PostAsync($"/api/plans/{plan}/results/upload", null, ct);
        foreach (var review in new[] { "cityReview", "provinceReview" })
            if (await cast.OpenTaskAsync(cast.Clerk, plan.ToString(), review, ct) is not null)
                await cast.CompleteAsync(cast.Clerk, plan.ToString(), review, "approve", null, ct);
    }

    private async Task<Guid> PlanAsync(DemoInstitution institution, string submitAt, string examStart, string examEnd, int candidates, CancellationToken ct)
    {
        await cast.AdvanceToAsync(submitAt, ct);
        var portal = cast[institution];
        var plan = await portal.Client.PostAsync("/api/plans", institution.Plan(portal.FilingId, examStart, examEnd, candidates), ct);
        return plan.GetProperty("id").GetGuid();
    }

    /// <summary>The clerk approves the plan and dispatches the quality supervisor (001 art. 17).</summary>
    private async Task ApproveAsync(Guid plan, string at, CancellationToken ct)
    {
        await cast.AdvanceToAsync(at, ct);
        await cast.CompleteAsync(cast.Clerk, plan.ToString(), "review", "approve", null, ct);
        await cast.Clerk.PostAsync($"/api/plans/{plan}/supervisor", new { supervisor = "supervisor" }, ct);
    }

    private Task ReportAsync(Guid plan, CancellationToken ct) => cast.Supervisor.PostAsync($"/api/plans/{plan}/supervision-report", new
    {
        examAdministration = "考务组织规范，考场秩序良好", candidateEligibility = "抽查考生报名材料，均符合申报条件",
        questionsAndAssessors = "试题取自国家题库，考评组3人均持证上岗", premisesAndEquipment = "场地和设备满足考核要求",
        fees = "按备案标准收费", recommendation = "valid",
    }, ct);

    /// <summary>Each listed institution reports the year in the March window and the clerk accepts the next working day.</summary>
    private async Task SummariesAsync(int year, DemoInstitution[] institutions, string submitOn, string acceptOn, CancellationToken ct)
    {
        await cast.AdvanceToAsync($"{submitOn}T10:00:00+08:00", ct);
        foreach (var i in institutions) await SubmitSummaryAsync(i, year, ct);
        await cast.AdvanceToAsync($"{acceptOn}T10:00:00+08:00", ct);
        foreach (var i in institutions) await ReviewSummaryAsync(i, "accept", null, ct);
    }

    private Task SubmitSummaryAsync(DemoInstitution institution, int year, CancellationToken ct) =>
        cast[institution].Client.PostAsync("/api/annual-reports", new
        {
            filingId = cast[institution].FilingId, year, overview = $"{year}年度按备案范围规范开展{institution.OccupationName}职业技能等级认定。",
            training = $"开展{institution.OccupationName}培训4期。", batchesHeld = 2, candidatesAssessed = 64, candidatesPassed = 55,
            certificatesIssued = 55, problems = "个别批次考生资格审核材料归档不及时，已整改。", plans = "扩大评价规模，加强考评员队伍建设。",
        }, ct);

    private Task ReviewSummaryAsync(DemoInstitution institution, string outcome, object? data, CancellationToken ct) =>
        cast.CompleteAsync(cast.Clerk, cast[institution].FilingId.ToString(), "review", outcome, data, ct);
}
