using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Institutions;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Workflows.Pages;

/// <summary>
/// The institution filter of the task and instance lists, typed rather than picked from every institution: an
/// institution's id (links), its unified social credit code, its full name, or part of either when only one
/// institution matches. Several matches give the few nearest as choices (the page's datalist), none an error.
/// </summary>
/// <param name="Id">The institution the text names; null when none or not exactly one.</param>
/// <param name="Chosen">The named institution as the hint under the field shows it, "name（code）".</param>
/// <param name="FieldText">What the field holds: the text typed, or the credit code in place of an id.</param>
/// <param name="Error">Why the text names no single institution (Chinese); null when it does or is empty.</param>
/// <param name="Choices">The institutions the text partly matches, at most <see cref="InstitutionFilter.ChoiceCount"/>.</param>
public sealed record InstitutionFilterResult(Guid? Id, string? Chosen, string? FieldText, string? Error,
    IReadOnlyList<(string Name, string CreditCode)> Choices)
{
    public static readonly InstitutionFilterResult None = new(null, null, null, null, []);
}

public static class InstitutionFilter
{
    /// <summary>At most this many choices are offered (the datalist and the typeahead's page size).</summary>
    public const int ChoiceCount = 10;

    public static async Task<InstitutionFilterResult> ResolveAsync(AppDbContext db, string? text, CancellationToken ct)
    {
        if (text?.Trim() is not { Length: > 0 } typed) return InstitutionFilterResult.None;
        var institutions = db.Set<Institution>().AsNoTracking();
        var code = typed.ToUpperInvariant();
        var exact = Guid.TryParse(typed, out var id)
            ? institutions.Where(i => i.Id == id)
            : institutions.Where(i => i.CreditCode == code || i.Name == typed);
        var found = await exact.Select(i => new { i.Id, i.Name, i.CreditCode }).Take(2).ToListAsync(ct);
        if (found.Count != 1)
        {
            var lower = typed.ToLowerInvariant();
            found = await institutions.Where(i => i.Name.ToLower().Contains(lower) || i.CreditCode.ToLower().Contains(lower))
                .OrderBy(i => i.Name).ThenBy(i => i.CreditCode).Select(i => new { i.Id, i.Name, i.CreditCode }).Take(ChoiceCount).ToListAsync(ct);
        }
        return found switch
        {
            [var one] => new(one.Id, $"{one.Name}（{one.CreditCode}）", one.Id == id ? one.CreditCode : typed, null, []),
            [] => new(null, null, typed, $"没有名称或统一社会信用代码包含“{typed}”的机构，请检查后重新输入。", []),
            _ => new(null, null, typed, $"名称或统一社会信用代码包含“{typed}”的机构不止一个，请从列表中选择，或输入完整的统一社会信用代码。",
                found.Select(i => (i.Name, i.CreditCode)).ToList()),
        };
    }
}
