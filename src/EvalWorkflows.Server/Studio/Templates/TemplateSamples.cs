namespace EvalWorkflows.Server.Studio.Templates;

/// <summary>
/// Sample data for previewing any notice template in the studio: every variable the shipped templates use, in
/// the shapes workflows store them (dates as YYYY-MM-DD text, lists of strings). The tests render every shipped
/// template with it, so a template that reads a new variable needs it added here.
/// </summary>
public static class TemplateSamples
{
    public static Dictionary<string, object?> Model() => new()
    {
        ["institution_name"] = "青岛市技师学院",
        ["institution_code"] = "370200-2025-0003",
        ["recipient_name"] = "青岛市技师学院",
        ["authority"] = "370200",
        ["submitted_on"] = "2025-10-09",
        ["received_on"] = "2025-10-09",
        ["accepted_on"] = "2025-10-10",
        ["review_from"] = "2025-10-09",
        ["returned_on"] = "2025-10-13",
        ["filed_on"] = "2025-10-14",
        ["valid_from"] = "2025-10-14",
        ["valid_until"] = "2028-10-13",
        ["correction_requested_on"] = "2025-10-10",
        ["correction_deadline"] = "2025-10-17",
        ["corrected_on"] = "2025-10-15",
        ["completion_due_on"] = "2025-10-17",
        ["exam_start"] = "2025-11-03",
        ["exam_end"] = "2025-11-04",
        ["submission_deadline"] = "2025-10-27",
        ["published_on"] = "2025-11-10",
        ["publicity_ends_on"] = "2025-11-17",
        ["published_at"] = "本中心网站“公示公告”栏目",
        ["report_year"] = 2025,
        ["window_opens"] = "2026-03-01",
        ["resubmit_due"] = "2026-03-20",
        ["renewal_opens_on"] = "2028-07-15",
        ["grace_until"] = "2028-12-12",
        ["ended_on"] = "2028-12-13",
        ["due_date"] = "2025-10-17",
        ["days_left"] = 3,
        ["matter"] = "2025年第四季度考核计划报送",
        ["action"] = "登录系统报送考核计划",
        ["supervisor"] = "王督导",
        ["reason"] = "考评人员名单与备案不一致",
        ["return_reason"] = "未附岗位激励制度佐证材料",
        ["end_reason"] = "备案有效期届满且存续期内未申请续期",
        ["decided_objection_text"] = "经核查，异议所称情况不属实",
        ["occupation_summary"] = "电工（四级/中级工、三级/高级工）",
        ["invalidity_grounds"] = "未按规定使用考评人员",
        ["invalid_batches"] = 1,
        ["contact_phone"] = "0532-12345678",
        ["planId"] = "0199c3a4-7b2e-7f10-9a61-2d5e8f0b1c47",
        ["correction_items"] = new List<object?> { "场地租赁合同（剩余租期不少于3年）", "考评员资格证书复印件" },
        ["filing_scope"] = new List<object?> { "电工 四级/中级工", "焊工 三级/高级工" },
        ["refusal_reasons"] = new List<object?> { "备案有效期内组织认定不足6批次" },
    };
}
