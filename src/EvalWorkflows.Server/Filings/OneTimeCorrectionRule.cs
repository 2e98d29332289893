namespace EvalWorkflows.Server.Filings;

/// <summary>
/// 一次性告知 — 000 §三.2: an incomplete application is told, at once, everything that needs correcting. So a later
/// correction notice may not raise an item about a material (or form section) that was already there, and has
/// not changed since, when the first review happened: that review could have raised it. Repeating an item an
/// earlier notice already raised (it is still not right) is allowed.
/// </summary>
public static class OneTimeCorrectionRule
{
    public const string Basis = "000 §三.2";
    public const string Code = "CORRECTION_NOT_ONE_TIME";

    /// <summary>The items the rule refuses, given the filing as it stands now and the earlier rounds.</summary>
    public static IReadOnlyList<CorrectionItem> Violations(Filing filing, IReadOnlyList<FilingCorrectionRound> earlier, IEnumerable<CorrectionItem> items)
    {
        var first = earlier.OrderBy(r => r.Round).FirstOrDefault();
        if (first is null) return [];
        var raised = earlier.SelectMany(r => r.Items).Select(i => i.Target).ToHashSet();
        var now = FilingCorrectionRound.Fingerprints(filing);
        return items.Where(i => !raised.Contains(i.Target)
            && first.Snapshot.TryGetValue(i.Target, out var seen) && now.GetValueOrDefault(i.Target) == seen).ToList();
    }

    public static string Explain(IReadOnlyList<CorrectionItem> violations) =>
        $"首次审查时以下材料已提交且此后未作修改，当时即应一并告知，不得在后续补正中新增（一次性告知）：{string.Join("；", violations.Select(v => MaterialKinds.TitleOf(v.Target)))}。";
}
