namespace EvalWorkflows.Server.Sources;

public sealed record SourceProblem(string Field, string Detail);

/// <summary>What makes a legal source citable; the shipped file and every admin edit are held to it.</summary>
public static class LegalSourceRules
{
    public const int MaxKey = 64;
    public const int MaxText = 200;

    /// <param name="all">The sources in force; a part key may belong to one source only.</param>
    public static IReadOnlyList<SourceProblem> Check(LegalSource source, IEnumerable<LegalSource> all)
    {
        var problems = new List<SourceProblem>();
        void Require(string field, string? value, string name)
        {
            if (string.IsNullOrWhiteSpace(value)) problems.Add(new(field, $"{name}不能为空。"));
            else if (value.Length > MaxText) problems.Add(new(field, $"{name}不能超过 {MaxText} 个字符。"));
        }
        Require("code", source.Code, "代码");
        Require("title", source.Title, "标题");
        Require("shortTitle", source.ShortTitle, "简称");
        Require("issuer", source.Issuer, "发文机关");
        if (source.Code is { Length: > 32 }) problems.Add(new("code", "代码不能超过 32 个字符。"));
        if (source.Status == SourceStatus.InForce && string.IsNullOrWhiteSpace(source.DocumentNumber))
            problems.Add(new("documentNumber", "现行有效的文件必须填写文号；征求意见稿的状态为 draft-for-comment。"));
        if (source.Title?.Contains('《') == true || source.Title?.Contains('》') == true)
            problems.Add(new("title", "标题不含书名号《》，引用时自动添加。"));
        CheckParts(source, all, problems);
        return problems;
    }

    private static void CheckParts(LegalSource source, IEnumerable<LegalSource> all, List<SourceProblem> problems)
    {
        if (source.Parts is not { Count: > 0 }) { problems.Add(new("parts", "至少需要一个条款（parts）。")); return; }
        var taken = all.Where(s => s.Code != source.Code).SelectMany(s => s.Parts.Select(p => (p.Key, s.Code)))
            .GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.First().Code);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < source.Parts.Count; i++)
        {
            var (key, label) = source.Parts[i] ?? new SourcePart("", "");
            if (string.IsNullOrWhiteSpace(key) || key.Length > MaxKey || key != key.Trim() || key.IndexOfAny([';', '；']) >= 0)
                problems.Add(new($"parts[{i}].key", $"条款键不能为空、不能有首尾空格或分号，且不超过 {MaxKey} 个字符。"));
            else if (!seen.Add(key))
                problems.Add(new($"parts[{i}].key", $"条款键“{key}”重复。"));
            else if (taken.TryGetValue(key, out var other))
                problems.Add(new($"parts[{i}].key", $"条款键“{key}”已属于文件 {other}。"));
            if (string.IsNullOrWhiteSpace(label) || label.Length > MaxText)
                problems.Add(new($"parts[{i}].label", $"条款“{key}”的引用文字不能为空，且不超过 {MaxText} 个字符。"));
        }
    }
}
