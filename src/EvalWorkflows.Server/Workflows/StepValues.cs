using System.Globalization;
using EvalWorkflows.Engine;
using EvalWorkflows.Engine.Execution;
using EvalWorkflows.Engine.Expressions;
using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Server.Auth;
using EvalWorkflows.Server.Calendar;
using EvalWorkflows.Server.Filings;
using EvalWorkflows.Server.Plans;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Workflows;

/// <summary>
/// The one set of helpers every task handler uses on its step: instance variables (ids, 'YYYY-MM-DD' dates),
/// the element's properties (its <c>ew:basis</c> above all, so no rule's source is repeated in C#), the record
/// the instance is about, and status changes recorded under the deciding user or <see cref="Actors.System"/>.
/// </summary>
public static class StepValues
{
    public static DateOnly Today(this TaskHandlerContext context) => WorkingDayCalendar.ChinaDate(context.Now);

    /// <summary>A required id variable (a Guid, or its text as variables from JSON carry it).</summary>
    public static Guid Id(this TaskHandlerContext context, string name) =>
        context.OptionalId(name) ?? throw Missing(context, name);

    public static Guid? OptionalId(this TaskHandlerContext context, string name) =>
        context.Variables.TryGetValue(name, out var value) ? value switch
        {
            Guid g => g,
            string s when Guid.TryParse(s, out var g) => g,
            _ => null,
        } : null;

    /// <summary>The business key as the id of the record the instance is about (a filing, a plan).</summary>
    public static Guid KeyId(this TaskHandlerContext context) =>
        Guid.TryParse(context.BusinessKey, out var id) ? id
            : throw new WorkflowException("BUSINESS_KEY_INVALID", $"流程实例的业务键“{context.BusinessKey}”不是记录编号。");

    public static DateOnly Date(this TaskHandlerContext context, string name) =>
        context.Variables.TryGetValue(name, out var value) && value?.ToString() is { } text && IsoDate.TryParse(text, out var d)
            ? d : throw Missing(context, name);

    public static string? Text(this TaskHandlerContext context, string name) =>
        context.Variables.TryGetValue(name, out var value) ? value?.ToString() : null;

    public static void SetDate(this TaskHandlerContext context, string name, DateOnly date) =>
        context.Variables[name] = IsoDate.Format(date);

    public static void Set(this TaskHandlerContext context, string name, object? value) =>
        context.Variables[name] = ScriptValues.ToScript(value);

    public static object? Plain(this TaskHandlerContext context, string name) =>
        ScriptValues.ToPlain(context.Variables.TryGetValue(name, out var v) ? v : null);

    /// <summary>A required <c>ew:property</c> of the element (a rule an admin reads in the BPMN).</summary>
    public static string Property(this TaskHandlerContext context, string name) =>
        context.Properties.GetValueOrDefault(name) is { Length: > 0 } value ? value
            : throw new WorkflowException("PROPERTY_MISSING", $"任务 {context.ElementId} 缺少参数“{name}”。");

    public static int IntProperty(this TaskHandlerContext context, string name) =>
        int.TryParse(context.Property(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n
            : throw new WorkflowException("PROPERTY_INVALID", $"任务 {context.ElementId} 的参数“{name}”应为整数。");

    public static int IntProperty(this TaskHandlerContext context, string name, int fallback) =>
        context.Properties.ContainsKey(name) ? context.IntProperty(name) : fallback;

    /// <summary>A date the BPMN gives as an expression in a property (so an admin reads and changes it there).</summary>
    public static DateOnly DateProperty(this TaskHandlerContext context, string name)
    {
        var expression = context.Property(name);
        var value = context.Evaluate(expression)?.ToString();
        return IsoDate.TryParse(value, out var d) ? d
            : throw new WorkflowException("PROPERTY_INVALID", $"任务 {context.ElementId} 的参数“{name}”（{expression}）不是日期：{value}。");
    }

    /// <summary>The rule the element applies, as its <c>ew:basis</c> cites it.</summary>
    public static string Basis(this TaskHandlerContext context) => context.Property("basis");

    /// <summary>The filing named by the <c>filingId</c> variable, tracked by the step.</summary>
    public static async Task<Filing> FilingAsync(this TaskHandlerContext context, CancellationToken ct) =>
        await FindFilingAsync(context, context.Id("filingId"), ct);

    /// <summary>The filing whose id is the business key (the acceptance workflow), with its status history.</summary>
    public static async Task<Filing> FilingOfKeyAsync(this TaskHandlerContext context, CancellationToken ct) =>
        await FindFilingAsync(context, context.KeyId(), ct);

    /// <summary>The plan whose id is the business key (plan, supervision and publicity workflows).</summary>
    public static async Task<AssessmentPlan> PlanAsync(this TaskHandlerContext context, CancellationToken ct) =>
        await context.Db.Set<AssessmentPlan>().FirstOrDefaultAsync(p => p.Id == context.KeyId(), ct)
            ?? throw new WorkflowException("PLAN_NOT_FOUND", $"流程的业务键“{context.BusinessKey}”不是现有考核计划的编号。");

    /// <summary>Who decided: the user who last completed a task of this instance (the reviewing clerk).</summary>
    public static async Task<string?> DeciderAsync(this TaskHandlerContext context, CancellationToken ct) =>
        await context.Db.Set<UserTaskRecord>().Where(t => t.InstanceId == context.InstanceId && t.CompletedAt != null)
            .OrderByDescending(t => t.CompletedAt).Select(t => t.CompletedBy).FirstOrDefaultAsync(ct);

    /// <summary>
    /// Changes the filing's status in the step on the element's <c>ew:basis</c>, attributed to the deciding user,
    /// or to the system when a timer or rule decided.
    /// </summary>
    public static void ChangeStatus(this TaskHandlerContext context, Filing filing, FilingStatus to, string? note = null,
        string? actor = null) =>
        filing.ChangeStatus(to, context.Now, actor ?? Actors.System, context.Basis(), note);

    private static async Task<Filing> FindFilingAsync(TaskHandlerContext context, Guid id, CancellationToken ct) =>
        await context.Db.Set<Filing>().Include(f => f.StatusHistory).FirstOrDefaultAsync(f => f.Id == id, ct)
            ?? throw new WorkflowException("FILING_NOT_FOUND", $"备案 {id} 不存在。");

    private static WorkflowException Missing(TaskHandlerContext context, string name) =>
        new("VARIABLE_MISSING", $"任务 {context.ElementId} 需要流程变量“{name}”，但它缺失或格式不正确。");
}
