using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Files;
using EvalWorkflows.Server.Filings;
using EvalWorkflows.Server.Institutions;
using EvalWorkflows.Server.Plans;
using EvalWorkflows.Server.Publicity;
using EvalWorkflows.Server.Renewals;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Workflows.Pages;

/// <summary>One condition shown beside a task, pass or fail, with the rule's source.</summary>
public sealed record CaseCheck(string Title, bool Passed, string Detail, string Basis);

/// <summary>
/// What a workflow instance is about, found from its business key: every procedure keys its instance by the
/// filing's or the plan's id (an exam announcement by "filing id/exam date"), so the first 36 characters name
/// the record. Holds the institution, filing, plan, the checks that apply to the case and, for a batch, its
/// objections with the institution's answers and the files of its results.
/// </summary>
public sealed record CaseFile(Institution? Institution, Filing? Filing, AssessmentPlan? Plan,
    IReadOnlyList<CaseCheck> Checks)
{
    /// <summary>A batch's objections with the institution's answers (002 §四(三)), oldest first.</summary>
    public IReadOnlyList<PublicityObjection> Objections { get; init; } = [];
    /// <summary>A batch's files: the results' materials under <c>null</c>, each objection's answer under its id.</summary>
    public ILookup<Guid?, UploadedFile> PlanFiles { get; init; } = Array.Empty<UploadedFile>().ToLookup(_ => (Guid?)null);

    public static async Task<CaseFile> ForAsync(AppDbContext db, InstanceRecord instance, CancellationToken ct)
    {
        var id = RecordId(instance.BusinessKey);
        var plan = id is null ? null : await db.Set<AssessmentPlan>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        var filingId = plan?.FilingId ?? id;
        var filing = filingId is null ? null : await db.Set<Filing>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == filingId, ct);
        var institutionId = filing?.InstitutionId ?? plan?.InstitutionId;
        var institution = institutionId is null ? null
            : await db.Set<Institution>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == institutionId, ct);
        var renewal = await db.Set<RenewalApplication>().AsNoTracking().FirstOrDefaultAsync(r => r.InstanceId == instance.Id, ct);
        IReadOnlyList<CaseCheck> checks = renewal is not null
            ? renewal.Checks.Select(c => new CaseCheck(c.Title, c.Passed, c.Detail, c.Basis)).ToList()
            : filing is not null && plan is null && instance.DefinitionKey == FilingEndpoints.AcceptanceProcess
                ? FilingChecks.Evaluate(filing).Select(c => new CaseCheck(c.Title, c.Passed, c.Detail, c.Basis)).ToList()
                : [];
        if (plan is null) return new(institution, filing, plan, checks);
        return new(institution, filing, plan, checks)
        {
            Objections = await db.Set<PublicityObjection>().AsNoTracking().Where(o => o.PlanId == plan.Id).OrderBy(o => o.RaisedAt).ToListAsync(ct),
            PlanFiles = await Publicity.PlanFiles.OfPlanAsync(db, plan.Id, ct),
        };
    }

    /// <summary>The id of the filing or plan a business key names, when it begins with one.</summary>
    public static Guid? RecordId(string? businessKey) =>
        businessKey is { Length: >= 36 } && Guid.TryParse(businessKey.AsSpan(0, 36), out var id) ? id : null;

    /// <summary>
    /// The institution each business key's case belongs to, for a page of a list (three reads whatever its length):
    /// keys naming a filing or a plan map to its institution; other keys are left out.
    /// </summary>
    public static async Task<Dictionary<string, Institution>> InstitutionsOfKeysAsync(AppDbContext db,
        IEnumerable<string?> businessKeys, CancellationToken ct)
    {
        var ids = businessKeys.Select(RecordId).OfType<Guid>().Distinct().ToList();
        if (ids.Count == 0) return [];
        var owners = (await db.Set<Filing>().Where(f => ids.Contains(f.Id)).Select(f => new { f.Id, f.InstitutionId }).ToListAsync(ct))
            .Concat(await db.Set<AssessmentPlan>().Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.InstitutionId }).ToListAsync(ct))
            .ToDictionary(o => o.Id, o => o.InstitutionId);
        var institutionIds = owners.Values.Distinct().ToList();
        var institutions = await db.Set<Institution>().AsNoTracking().Where(i => institutionIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, ct);
        var found = new Dictionary<string, Institution>();
        foreach (var key in businessKeys.OfType<string>().Distinct())
            if (RecordId(key) is { } id && owners.TryGetValue(id, out var owner) && institutions.TryGetValue(owner, out var institution))
                found[key] = institution;
        return found;
    }

    /// <summary>The business-key prefixes (filing and plan ids) of one institution's cases, for list filters.</summary>
    public static async Task<List<string>> KeysOfInstitutionAsync(AppDbContext db, Guid institutionId, CancellationToken ct)
    {
        var filings = await db.Set<Filing>().Where(f => f.InstitutionId == institutionId).Select(f => f.Id).ToListAsync(ct);
        var plans = await db.Set<AssessmentPlan>().Where(p => p.InstitutionId == institutionId).Select(p => p.Id).ToListAsync(ct);
        return filings.Concat(plans).Select(g => g.ToString()).ToList();
    }
}
