namespace EvalWorkflows.Server.Sources;

/// <summary>
/// Writes legal bases the way Chinese administrative documents cite them. The first mention of a source in a
/// text gives its full title and 文号 — 《山东省人力资源和社会保障厅关于做好职业技能考核鉴定机构备案管理工作的通知》
/// （鲁人社字〔2020〕190号）第三部分第2项 — and, when the same text cites it again, introduces its short form
/// in the same brackets (…190号，以下简称《备案管理通知》); later mentions use the short form. A draft for comment has no 文号 and is marked
/// 征求意见稿. One writer serves one text: it remembers which sources that text already introduced.
/// </summary>
/// <remarks>With <c>shortForms</c>, every source is written by its short title (《备案管理通知》第三部分第2项), for lists
/// and tables where the full title would crowd each row; pages give the full citation beside it.</remarks>
public sealed class CitationWriter(LegalSourceRegistry registry, bool shortForms = false)
{
    private const string Draft = "征求意见稿";
    private readonly HashSet<string> _introduced = new(StringComparer.Ordinal);

    /// <summary>
    /// Keys of one source in a row share its name (…第二部分、第五部分第（一）项); different sources are separated
    /// by ；. A key the registry lacks (deploy and template saves refuse those) is written as it is.
    /// </summary>
    public string Cite(string basis)
    {
        var keys = LegalSourceRegistry.Keys(basis);
        var cited = keys.Select(k => (Key: k, Citation: registry.Find(k))).ToList();
        var groups = new List<(LegalSource? Source, List<string> Labels)>();
        foreach (var (key, citation) in cited)
        {
            if (citation is not null && groups.Count > 0 && groups[^1].Source?.Code == citation.Source.Code)
                groups[^1].Labels.Add(citation.Part.Label);
            else
                groups.Add((citation?.Source, [citation?.Part.Label ?? key]));
        }
        var citedAgain = groups.Where(g => g.Source is not null).GroupBy(g => g.Source!.Code)
            .Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        return string.Join("；", groups.Select(g => g.Source is null
            ? g.Labels[0]
            : Name(g.Source, citedAgain.Contains(g.Source.Code)) + string.Join("、", g.Labels)));
    }

    /// <summary>The name of a source as this text should write it now.</summary>
    public string Name(LegalSource source, bool willCiteAgain = false)
    {
        if (!_introduced.Add(source.Code) || shortForms) return $"《{source.ShortTitle}》";
        var title = source.Status == SourceStatus.DraftForComment && !source.Title.Contains(Draft)
            ? $"{source.Title}（{Draft}）" : source.Title;
        string[] notes = [source.DocumentNumber ?? "",
            willCiteAgain && source.ShortTitle != source.Title ? $"以下简称《{source.ShortTitle}》" : ""];
        var note = string.Join("，", notes.Where(n => n.Length > 0));
        return note.Length > 0 ? $"《{title}》（{note}）" : $"《{title}》";
    }
}
