using System.Globalization;
using EvalWorkflows.Engine;
using EvalWorkflows.Engine.Execution;
using EvalWorkflows.Server.Calendar;
using EvalWorkflows.Server.Filings;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Lifecycle;

/// <summary>
/// Reading the instance variables and properties the lifecycle, renewal and annual-report handlers share:
/// ids, 'YYYY-MM-DD' dates, date expressions from the BPMN, and the filing the instance is about.
/// </summary>
internal static class StepValues
{
    public static DateOnly Today(this TaskHandlerContext context) => WorkingDayCalendar.ChinaDate(context.Now);

    public static Guid Id(this TaskHandlerContext context, string name) =>
        context.Variables.TryGetValue(name, out var value) && value switch
        {
            Guid g => (Guid?)g,
            string s when Guid.TryParse(s, out var g) => g,
            _ => null,
        } is { } id ? id : throw Missing(context, name);

    public static DateOnly Date(this TaskHandlerContext context, string name) =>
        context.Variables.TryGetValue(name, out var value) && value?.ToString() is { } text && IsoDate.TryParse(text, out var d)
            ? d : throw Missing(context, name);

    public static string? Text(this TaskHandlerContext context, string name) =>
        context.Variables.TryGetValue(name, out var value) ? value?.ToString() : null;

    public static void SetDate(this TaskHandlerContext context, string name, DateOnly date) =>
        context.Variables[name] = IsoDate.Format(date);

    /// <summary>A date the BPMN gives as an expression in a property (so an admin reads and changes it there).</summary>
    public static DateOnly DateProperty(this TaskHandlerContext context, string name)
    {
        var expression = context.Properties.GetValueOrDefault(name)
            ?? throw new WorkflowException("PROPERTY_MISSING", $"任务 {context.ElementId} 缺少参数“{name}”。");
        var value = context.Evaluate(expression)?.ToString();
        return IsoDate.TryParse(value, out var d) ? d
            : throw new WorkflowException("PROPERTY_INVALID", $"任务 {context.ElementId} 的参数“{name}”（{expression}）不是日期：{value}。");
    }

    public static int IntProperty(this TaskHandlerContext context, string name, int fallback) =>
        context.Properties.GetValueOrDefault(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    public static string Basis(this TaskHandlerContext context, string fallback) =>
        context.Properties.GetValueOrDefault("basis") is { Length: > 0 } b ? b : fallback;

    public static async Task<Filing> FilingAsync(this TaskHandlerContext context, CancellationToken ct)
    {
        var id = context.Id("filingId");
        return await context.Db.Set<Filing>().FirstOrDefaultAsync(f => f.Id == id, ct)
            ?? throw new WorkflowException("FILING_NOT_FOUND", $"备案 {id} 不存在。");
    }

    /// <summary>Changes the filing's status in the step, as the system (a timer or rule, not a person, decided).</summary>
    public static void ChangeStatus(this TaskHandlerContext context, Filing filing, FilingStatus to, string basis, string note) =>
        filing.ChangeStatus(to, context.Now, null, basis, note);

    private static WorkflowException Missing(TaskHandlerContext context, string name) =>
        new("VARIABLE_MISSING", $"任务 {context.ElementId} 需要流程变量“{name}”，但它缺失或格式不正确。");
}
