using System.Collections;

namespace EvalWorkflows.Server.Filings;

/// <summary>Reads what a clerk enters when completing the formal review (task data, as plain values).</summary>
public static class FilingReviewData
{
    public const string CorrectionItemsField = "correction_items";
    public const string RefusalReasonsField = "refusal_reasons";

    /// <summary>Refusal reasons: one text or a list of texts; blanks dropped.</summary>
    public static List<string> Reasons(object? value) => value switch
    {
        string s => string.IsNullOrWhiteSpace(s) ? [] : [s.Trim()],
        IEnumerable e => e.Cast<object?>().Select(x => x?.ToString()?.Trim()).Where(x => !string.IsNullOrEmpty(x)).Select(x => x!).ToList(),
        _ => [],
    };

    /// <summary>
    /// Correction items: a non-empty list of {material | field, description}; material is a kind of
    /// <see cref="MaterialKinds"/>, field one of its form sections. Returns the items or what is wrong (Chinese).
    /// </summary>
    public static (List<CorrectionItem> Items, string? Error) CorrectionItems(object? value)
    {
        if (value is not IEnumerable list || value is string || !list.Cast<object?>().Any())
            return ([], "要求补正时须逐项列出全部补正事项（correction_items），每项写明所涉材料或表项（material 或 field）和补正内容（description）。");
        var items = new List<CorrectionItem>();
        var i = 0;
        foreach (var raw in list)
        {
            i++;
            if (raw is not IDictionary<string, object?> item) return ([], $"第{i}项补正事项应写明 material 或 field 和 description。");
            var target = (Field(item, "material") ?? Field(item, "field"))?.ToString()?.Trim();
            if (target is null || MaterialKinds.Find(target) is null && !MaterialKinds.FormSections.ContainsKey(target))
                return ([], $"第{i}项补正事项所涉材料或表项“{target}”无效（材料：{string.Join("、", MaterialKinds.All.Select(k => k.Code))}；表项：{string.Join("、", MaterialKinds.FormSections.Keys)}）。");
            var description = Field(item, "description")?.ToString()?.Trim();
            if (string.IsNullOrEmpty(description)) return ([], $"第{i}项补正事项须写明需要补正的内容（description）。");
            items.Add(new CorrectionItem { Target = target, Description = description });
        }
        return (items, null);
    }

    private static object? Field(IDictionary<string, object?> item, string name) => item.TryGetValue(name, out var v) ? v : null;
}
