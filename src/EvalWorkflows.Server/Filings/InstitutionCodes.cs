using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Filings;

/// <summary>
/// 机构代码 (001 art. 9): <c>{authority division code}-{year filed}-{4-digit sequence}</c>, e.g. <c>370000-2025-0001</c>
/// for the province (its own division code) or <c>370100-2025-0003</c> for Jinan. Unique per authority and year;
/// two completions racing for a number collide on the unique index and the losing step is retried.
/// </summary>
public static class InstitutionCodes
{
    public static string Prefix(string authority, string provinceCode, int year) =>
        $"{(authority == Institutions.Institution.ProvinceAuthority ? provinceCode : authority)}-{year}-";

    public static async Task<string> NextAsync(DbContext db, string authority, string provinceCode, int year, CancellationToken ct)
    {
        var prefix = Prefix(authority, provinceCode, year);
        var taken = await db.Set<Filing>().Where(f => f.InstitutionCode != null && f.InstitutionCode.StartsWith(prefix))
            .Select(f => f.InstitutionCode!).ToListAsync(ct);
        var last = taken.Select(c => int.TryParse(c[prefix.Length..], out var n) ? n : 0).DefaultIfEmpty(0).Max();
        return $"{prefix}{last + 1:D4}";
    }
}
