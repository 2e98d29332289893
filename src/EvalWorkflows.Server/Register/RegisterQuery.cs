using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Filings;
using EvalWorkflows.Server.Institutions;
using EvalWorkflows.Server.Renewals;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Register;

/// <summary>One occupation of a filing's scope as the register shows it.</summary>
/// <param name="OccupationCode">职业分类大典 code, e.g. 6-18-01-01.</param>
/// <param name="OccupationName">The occupation's name in the catalogue.</param>
/// <param name="WorkType">The work type (工种) within the occupation, if any.</param>
/// <param name="Levels">Levels filed, 1 (一级/高级技师) to 5 (五级/初级工).</param>
/// <param name="LevelNames">The levels as people read them, in Chinese.</param>
public sealed record RegisterScope(string OccupationCode, string OccupationName, string? WorkType, IReadOnlyList<int> Levels, string LevelNames);

/// <summary>One filing of an institution as the public sees it (000 §四.1; 003 §一(二), §四(三); 001 art. 28).</summary>
/// <param name="Name">The institution's registered name.</param>
/// <param name="InstitutionCode">The institution code given on filing.</param>
/// <param name="Authority">"province", or the 6-digit division code of the city the filing is made with.</param>
/// <param name="Address">Where the institution's premises are.</param>
/// <param name="Scope">The occupations, work types and levels filed.</param>
/// <param name="ContactName">The contact person.</param>
/// <param name="ContactPhone">The contact person's phone.</param>
/// <param name="FiledOn">Day the filing was granted, ISO yyyy-MM-dd.</param>
/// <param name="ValidFrom">First day of validity, ISO yyyy-MM-dd.</param>
/// <param name="ValidUntil">Last day of validity, ISO yyyy-MM-dd.</param>
/// <param name="GraceUntil">Last day of the grace period after expiry, ISO yyyy-MM-dd.</param>
/// <param name="Status">filed, renewing, in-grace, in-grace-renewing or ended.</param>
/// <param name="StatusName">The status in Chinese, e.g. 已备案.</param>
/// <param name="InstitutionId">The institution's id.</param>
public sealed record RegisterEntry(
    string Name, string? InstitutionCode, string Authority, string Address, IReadOnlyList<RegisterScope> Scope,
    string ContactName, string ContactPhone, DateOnly? FiledOn, DateOnly? ValidFrom, DateOnly? ValidUntil,
    DateOnly? GraceUntil, string Status, string StatusName, Guid InstitutionId);

/// <summary>
/// What the public register shows: <paramref name="Text"/> matches the name, the institution code, or an
/// occupation (code prefix, name or work type); <paramref name="City"/> matches the address.
/// </summary>
public sealed record RegisterSearch(string? Text = null, string? City = null);

/// <summary>
/// 公开目录 — the public register of filed institutions, the one query behind GET /api/register and the
/// /register pages. Only filings that were filed appear; endings stay listed as ended (000 §三.4; 003 §四(三);
/// 001 art. 28). Filtering and paging run in the database.
/// </summary>
public sealed class RegisterQuery(AppDbContext db)
{
    private static readonly Dictionary<FilingStatus, (string Code, string Name)> Shown = new()
    {
        [FilingStatus.Filed] = ("filed", "已备案"),
        [FilingStatus.Renewing] = ("renewing", "续期评估中"),
        // 004 §五(二): after expiry a 60-day grace period runs; data reporting has stopped.
        [FilingStatus.Expired] = ("in-grace", "已到期（存续期内）"),
        [FilingStatus.Ended] = ("ended", "已终止"),
    };

    // 004 §五(二): an application made in the grace period is evaluated as in the window (004 §四); the filing
    // stays Expired (no data reporting) while the public sees that its renewal is being evaluated.
    private static readonly (string Code, string Name) ExpiredRenewing = ("in-grace-renewing", "已到期（存续期内续期评估中）");

    /// <summary>One page of the matching filings in institution-code order, and how many match in all.</summary>
    public async Task<(IReadOnlyList<RegisterEntry> Entries, int Total)> SearchAsync(
        RegisterSearch search, int skip, int take, CancellationToken ct)
    {
        var rows = Matching(search);
        var total = await rows.CountAsync(ct);
        var page = await rows.OrderBy(r => r.Filing.InstitutionCode).ThenBy(r => r.Filing.Id).Skip(skip).Take(take).ToListAsync(ct);
        return (await EntriesAsync(page, ct), total);
    }

    /// <summary>Every filing of one institution that the register shows, newest first; empty when none.</summary>
    public async Task<IReadOnlyList<RegisterEntry>> OfInstitutionAsync(Guid institutionId, CancellationToken ct)
    {
        var rows = await Shown_().Where(r => r.Institution.Id == institutionId)
            .OrderByDescending(r => r.Filing.FiledOn).ToListAsync(ct);
        return await EntriesAsync(rows, ct);
    }

    private IQueryable<Row> Matching(RegisterSearch search)
    {
        var rows = Shown_();
        if (search.Text?.Trim() is { Length: > 0 } text)
        {
            var upper = text.ToUpperInvariant();
            rows = rows.Where(r => r.Institution.Name.Contains(text)
                || (r.Filing.InstitutionCode != null && r.Filing.InstitutionCode.ToUpper().Contains(upper))
                || r.Filing.Scope.Any(s => s.OccupationCode.StartsWith(text) || s.OccupationName.Contains(text)
                    || (s.WorkType != null && s.WorkType.Contains(text))));
        }
        if (search.City?.Trim() is { Length: > 0 } city)
            rows = rows.Where(r => (r.Filing.Premises.Address ?? r.Institution.Address).Contains(city));
        return rows;
    }

    private IQueryable<Row> Shown_()
    {
        var statuses = Shown.Keys.ToList();
        return db.Set<Filing>().AsNoTracking().Where(f => statuses.Contains(f.Status))
            .Join(db.Set<Institution>().AsNoTracking(), f => f.InstitutionId, i => i.Id, (f, i) => new Row { Filing = f, Institution = i });
    }

    private async Task<IReadOnlyList<RegisterEntry>> EntriesAsync(List<Row> rows, CancellationToken ct)
    {
        var ids = rows.Select(r => r.Filing.Id).ToList();
        var renewing = (await db.Set<RenewalApplication>().AsNoTracking()
            .Where(a => a.Status == RenewalStatus.Received && ids.Contains(a.FilingId))
            .Select(a => a.FilingId).ToListAsync(ct)).ToHashSet();
        return [.. rows.Select(r => Entry(r.Filing, r.Institution, renewing.Contains(r.Filing.Id)))];
    }

    private static RegisterEntry Entry(Filing f, Institution i, bool renewalPending)
    {
        var (code, name) = f.Status == FilingStatus.Expired && renewalPending ? ExpiredRenewing : Shown[f.Status];
        return new(
            i.Name, f.InstitutionCode, f.Authority, f.Premises.Address ?? i.Address,
            f.Scope.Select(s => new RegisterScope(s.OccupationCode, s.OccupationName, s.WorkType, s.Levels, Levels.Describe(s.Levels))).ToList(),
            i.ContactName, i.ContactPhone, f.FiledOn, f.ValidFrom, f.ValidUntil, f.GraceUntil, code, name, i.Id);
    }

    private sealed class Row
    {
        public required Filing Filing { get; init; }
        public required Institution Institution { get; init; }
    }
}
