using EvalWorkflows.Server.Filings;

namespace EvalWorkflows.Server.Workflows;

/// <summary>How a declared task field is entered: free text, one entry per line, correction items, or a choice.</summary>
public enum TaskFieldKind { Text, Lines, CorrectionItems, Choice }

/// <summary>One input of a generated task form: the BPMN field name, its Chinese label, how it is entered.</summary>
public sealed record TaskField(string Name, string Label, TaskFieldKind Kind, string? Hint = null,
    IReadOnlyList<(string Value, string Text)>? Options = null);

/// <summary>
/// The form of a human task, generated from what its BPMN declares (<c>ew:fields</c>, <c>ew:outcomes</c>):
/// Chinese labels for the field and outcome names the workflows use, and the typed values the form posts
/// turned into the task data the completion validators and the engine read (the same data the API takes).
/// A field without a label here is still offered, as plain text under its own name.
/// </summary>
public static class TaskForms
{
    private static readonly Dictionary<string, TaskField> Known = new TaskField[]
    {
        new(FilingReviewData.CorrectionItemsField, "补正事项", TaskFieldKind.CorrectionItems,
            "每行一项，写“材料或表项代码：需要补正的内容”。材料：" + string.Join("、", MaterialKinds.All.Select(k => k.Code))
            + "；表项：" + string.Join("、", MaterialKinds.FormSections.Keys) + "。"),
        new(FilingReviewData.RefusalReasonsField, "不予备案理由", TaskFieldKind.Lines, "每行一条理由。"),
        new("reason", "理由", TaskFieldKind.Text),
        new("reasons", "理由", TaskFieldKind.Text),
        new("return_reason", "退回理由", TaskFieldKind.Text),
        new("supervisor", "质量督导员（用户名）", TaskFieldKind.Text),
        new("exam_administration", "考务组织情况评价", TaskFieldKind.Text),
        new("candidate_eligibility", "考生资格情况评价", TaskFieldKind.Text),
        new("questions_and_assessors", "试题和考评人员使用情况评价", TaskFieldKind.Text),
        new("premises_and_equipment", "考场设施设备情况评价", TaskFieldKind.Text),
        new("fees", "收费情况评价", TaskFieldKind.Text),
        new("recommendation", "有效性建议", TaskFieldKind.Choice, null, [("valid", "有效"), ("invalid", "无效")]),
        new("invalidity_grounds", "建议无效的依据情形", TaskFieldKind.Text, "建议无效时必填（001 第三十一条）。"),
    }.ToDictionary(f => f.Name);

    private static readonly Dictionary<string, string> OutcomeTexts = new()
    {
        ["accept"] = "受理", ["correct"] = "要求补正", ["refuse"] = "不予备案", ["approve"] = "审核通过",
        ["return"] = "退回", ["uphold"] = "异议成立", ["dismiss"] = "驳回异议", ["pass"] = "通过", ["fail"] = "不通过",
        ["done"] = "办结",
    };

    /// <summary>The fields a task's model declares, in declared order (none when it declares none).</summary>
    public static IReadOnlyList<TaskField> FieldsOf(string? declared) =>
        (declared ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(name => Known.GetValueOrDefault(name) ?? new TaskField(name, name, TaskFieldKind.Text)).ToList();

    public static string OutcomeText(string outcome) => OutcomeTexts.GetValueOrDefault(outcome, outcome);

    /// <summary>The task data from the posted values: blank fields are left out, lists split by line.</summary>
    public static Dictionary<string, object?> ToData(IEnumerable<TaskField> fields, IReadOnlyDictionary<string, string?> posted)
    {
        var data = new Dictionary<string, object?>();
        foreach (var field in fields)
        {
            var text = posted.GetValueOrDefault(field.Name)?.Trim();
            if (string.IsNullOrEmpty(text)) continue;
            data[field.Name] = field.Kind switch
            {
                TaskFieldKind.Lines => Lines(text).Cast<object?>().ToList(),
                TaskFieldKind.CorrectionItems => Lines(text).Select(CorrectionItem).Cast<object?>().ToList(),
                _ => text,
            };
        }
        return data;
    }

    private static IEnumerable<string> Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>"premises-proof：租赁合同已过期" → {material, description}; a form section becomes {field, description}.</summary>
    private static Dictionary<string, object?> CorrectionItem(string line)
    {
        var at = line.IndexOfAny(['：', ':']);
        var target = (at < 0 ? line : line[..at]).Trim();
        var description = at < 0 ? "" : line[(at + 1)..].Trim();
        return new Dictionary<string, object?>
        {
            [MaterialKinds.FormSections.ContainsKey(target) ? "field" : "material"] = target,
            ["description"] = description,
        };
    }
}
