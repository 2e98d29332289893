namespace EvalWorkflows.Server.Studio;

/// <summary>
/// The words admins read for each task handler in the studio's palette and templates. A handler missing here
/// still appears, under its type name, so registering a handler is all it takes to offer it.
/// </summary>
public static class TaskHandlerLabels
{
    /// <summary>An <c>ew:</c> attribute a handler reads besides <c>ew:type</c> and <c>ew:basis</c>.</summary>
    public sealed record Attribute(string Label, string Name, string Hint);

    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["filing.received"] = "登记备案申请",
        ["filing.correction"] = "一次性告知补正",
        ["filing.resubmitted"] = "登记补正材料",
        ["filing.accept"] = "受理备案",
        ["filing.refuse"] = "不予受理",
        ["filing.abandon"] = "视为放弃申请",
        ["filing.complete"] = "分配机构代码并完成备案",
        ["plan.set-status"] = "设置计划状态",
        ["plan.assign-supervisor"] = "指派质量督导员",
        ["supervision.record"] = "登记督导报告",
        ["publicity.open"] = "开始结果公示",
        ["publicity.decide"] = "处理公示异议",
        ["publicity.count-open"] = "统计未处理异议",
        ["lifecycle.stop-reporting"] = "停止数据报送",
        ["lifecycle.renew"] = "续期备案",
        ["lifecycle.end"] = "终止备案",
        ["lifecycle.next-report-year"] = "确定下一总结年度",
        ["renewal.assess"] = "续期材料核验",
        ["renewal.decide"] = "记录续期评估结论",
        ["annual.schedule"] = "安排年度工作总结",
        ["annual.accept"] = "接收年度工作总结",
        ["annual.return"] = "退回年度工作总结",
        ["annual.record-overdue"] = "记录年度总结逾期",
    };

    private static readonly Dictionary<string, Attribute[]> Extra = new(StringComparer.Ordinal)
    {
        ["plan.set-status"] = [new("计划状态", "ew:status", "例如：filed")],
        ["publicity.open"] = [new("公示截止日（表达式）", "ew:endsOn", "例如：add_working_days(opened_on, 5)")],
        ["publicity.decide"] = [new("重新公示截止日（表达式）", "ew:endsOn", "异议成立时重新公示至该日")],
    };

    public static string Of(string type) => Labels.GetValueOrDefault(type, type);

    public static IEnumerable<Attribute> ExtraAttributes(string type) => Extra.GetValueOrDefault(type, []);
}
