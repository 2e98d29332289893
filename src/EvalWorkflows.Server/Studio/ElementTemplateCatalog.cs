using EvalWorkflows.Engine;
using EvalWorkflows.Server.Auth;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Notices;

namespace EvalWorkflows.Server.Studio;

/// <summary>
/// The modeler's element templates (bpmn.io's Camunda 7 template schema, bound to our <c>ew:</c> attributes),
/// built from what the server has: one per registered task handler and the notice templates as the notice
/// task's choices, so a new handler or template appears in the studio without a front-end change.
/// </summary>
public sealed class ElementTemplateCatalog(IEnumerable<TaskHandlerRegistration> handlers, NoticeTemplates templates, AppDbContext db)
{
    private const string Schema = "https://unpkg.com/@camunda/element-templates-json-schema/resources/schema.json";

    /// <summary>Roles a user task may be offered to, with the words admins know.</summary>
    private static readonly (string Role, string Text)[] TaskRoles =
    [
        (Roles.Clerk, "经办人员"), (Roles.Supervisor, "质量督导员"), (Roles.Evaluator, "评估人员"), (Roles.Admin, "管理员"),
    ];

    public async Task<IReadOnlyList<ElementTemplate>> AllAsync(CancellationToken ct)
    {
        var notices = await templates.ListAsync(db, ct);
        var list = new List<ElementTemplate> { Review(), WorkingDayDeadline(), WorkingDayReminder(), Notice(notices) };
        list.AddRange(handlers.Select(h => h.Type).Where(t => t != NoticeTaskHandler.TypeName).Distinct().Order(StringComparer.Ordinal)
            .Select(Handler));
        return list;
    }

    /// <summary>人工审核: a user task for a role, with its form, outcomes and deadline.</summary>
    private static ElementTemplate Review() => Template("ew.review", "人工审核", "由指定角色办理并选择办理结果的任务。", "bpmn:UserTask",
    [
        Text("任务名称", "name", "可用 {{ 变量 }} 插入实例数据，例如：形式审查：{{ institution_name }}", required: true),
        RoleChoice(),
        Text("办理结果", "ew:outcomes", "逗号分隔，例如：accept,correction,refuse", required: true),
        Text("表单字段", "ew:fields", "逗号分隔的字段名，办理时填写"),
        Text("期限（表达式）", "ew:dueDate", "例如：end_of_day(add_working_days(received_on, 20))", required: true),
        Text("期限写入变量", "ew:dueVariable", "任务开始时写入最后一天（YYYY-MM-DD），供通知使用"),
        Basis(),
    ]);

    /// <summary>工作日期限: a user task whose deadline counts official working days from a date in the instance.</summary>
    private static ElementTemplate WorkingDayDeadline() => Template("ew.working-day-deadline", "工作日期限", "按官方工作日历计算期限的任务；附加的提醒和逾期定时器读取 task_due / task_due_on。", "bpmn:UserTask",
    [
        Text("任务名称", "name", null, required: true),
        RoleChoice(),
        Text("期限（表达式）", "ew:dueDate", "把数字改为工作日数，把 received_on 改为起算日变量", required: true,
            value: "end_of_day(add_working_days(received_on, 5))"),
        Text("期限写入变量", "ew:dueVariable", "例如：review_due"),
        Text("办理结果", "ew:outcomes", "逗号分隔", required: true, value: "done"),
        Basis(),
    ]);

    /// <summary>
    /// 工作日提醒: a timer catch event that fires a number of official working days from a date in the instance,
    /// bound to ew:dueFrom / ew:workingDays / ew:at (the parser turns them into the timer's timeDate).
    /// </summary>
    private static ElementTemplate WorkingDayReminder() => Template("ew.working-day-reminder", "工作日提醒", "在某个日期前后若干个工作日的指定时刻触发的定时器（按官方工作日历计算）。", "bpmn:IntermediateCatchEvent",
    [
        Text("事件名称", "name", null),
        Text("起算日期（变量）", "ew:dueFrom", "实例中保存日期的变量，例如：submission_deadline", required: true),
        Text("相差工作日数", "ew:workingDays", "负数表示之前，例如 -2 为该日期前 2 个工作日", required: true, value: "-2",
            pattern: new ElementTemplatePattern(@"^[+-]?\d{1,4}$", "请填写整数，例如 -2。")),
        Text("提醒时刻", "ew:at", "北京时间，24 小时制，例如 09:00", required: true, value: "09:00",
            pattern: new ElementTemplatePattern(@"^([01]\d|2[0-3]):[0-5]\d$", "请按 HH:mm 填写，例如 09:00。")),
        Basis(),
    ]);

    /// <summary>发送通知: the send task that renders a notice template and queues it for its recipients.</summary>
    private ElementTemplate Notice(IReadOnlyList<TemplateSource> notices) => Template("ew.notice", "发送通知", "按通知模板生成通知并发送给收件人。", "bpmn:SendTask",
    [
        Hidden("ew:type", NoticeTaskHandler.TypeName),
        new("Dropdown", Binding("ew:template"), Label: "通知模板", Constraints: new(NotEmpty: true),
            Choices: notices.Select(n => new ElementTemplateChoice($"{TitleOf(n)}（{n.Name}）", n.Name)).ToList()),
        Text("收件人（表达式）", "ew:to", "例如：institution_email", required: true),
        Text("抄送（表达式）", "ew:cc", null),
        Basis(),
    ]);

    private static ElementTemplate Handler(string type) => Template($"ew.handler.{type}", TaskHandlerLabels.Of(type),
        $"运行服务端处理程序 {type}。", "bpmn:ServiceTask",
        [
            Hidden("ew:type", type),
            .. TaskHandlerLabels.ExtraAttributes(type).Select(a => Text(a.Label, a.Name, a.Hint, required: true)),
            Basis(),
        ]);

    /// <summary>
    /// The notice's title from its header, parsed once per text (the modeler page builds this list on every open, and
    /// parsing every template each time was most of its cost); every stored and shipped text was checked to parse.
    /// </summary>
    private string TitleOf(TemplateSource source) => templates.Parse(source.Text).Title ?? source.Name;

    private static ElementTemplate Template(string id, string name, string description, string appliesTo, ElementTemplateProperty[] properties) =>
        new(Schema, id, name, description, Version: 1, [appliesTo], properties);

    private static ElementTemplateProperty RoleChoice() => new("Dropdown", Binding("ew:candidateRole"), Label: "办理角色", Value: Roles.Clerk,
        Choices: TaskRoles.Select(r => new ElementTemplateChoice(r.Text, r.Role)).ToList());

    private static ElementTemplateProperty Basis() => Text("法律依据", "ew:basis", "来源键，例如：002 §四(一)");

    private static ElementTemplateProperty Hidden(string attribute, string value) => new("Hidden", Binding(attribute), Value: value);

    private static ElementTemplateProperty Text(string label, string attribute, string? hint, bool required = false, string? value = null,
        ElementTemplatePattern? pattern = null) =>
        new("String", Binding(attribute), label, hint, value, Constraints(required, pattern));

    /// <summary>The form refuses an empty or mismatching value before deploy does.</summary>
    private static ElementTemplateConstraints? Constraints(bool required, ElementTemplatePattern? pattern) =>
        required || pattern is not null ? new(required, pattern) : null;

    private static ElementTemplateBinding Binding(string attribute) => new("property", attribute);
}
