using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Filings;
using EvalWorkflows.Server.Plans;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Portal;

/// <summary>One date ahead that matters to an institution, where it comes from, and the rule behind it.</summary>
public sealed record PortalDeadline(DateOnly Date, string What, string Href, string? Basis);

/// <summary>
/// Every deadline ahead of an institution, read from its own records as the workflows wrote them (the dates a
/// filing and its batches carry) — never recomputed here, so the dashboard cannot disagree with the procedures.
/// </summary>
public static class PortalDeadlines
{
    public static async Task<List<PortalDeadline>> ForAsync(AppDbContext db, Guid institutionId, DateOnly today, CancellationToken ct)
    {
        var filings = await db.Set<Filing>().AsNoTracking().Where(f => f.InstitutionId == institutionId).ToListAsync(ct);
        var plans = await db.Set<AssessmentPlan>().AsNoTracking()
            .Where(p => p.InstitutionId == institutionId && (p.ExamStart >= today || p.PublicityEndsOn >= today)).ToListAsync(ct);
        var all = filings.SelectMany(FilingDates).Concat(plans.SelectMany(PlanDates));
        return all.Where(d => d.Date >= today).OrderBy(d => d.Date).ToList();
    }

    private static IEnumerable<PortalDeadline> FilingDates(Filing f)
    {
        var href = $"/portal/filings/{f.Id}";
        if (f.Status is FilingStatus.Submitted or FilingStatus.Accepted && f.CompletionDueOn is { } due)
            yield return new(due, "备案审核办结期限", href, null);
        if (f.RenewalOpensOn is { } opens) yield return new(opens, "可开始申请备案续期", "/portal/renewals", null);
        if (f.ValidUntil is { } until) yield return new(until, "备案有效期届满", href, "003 §四(一)");
        if (f.GraceUntil is { } grace) yield return new(grace, "到期后存续期截止", href, "004 §五(二)");
    }

    private static IEnumerable<PortalDeadline> PlanDates(AssessmentPlan p)
    {
        var href = $"/portal/plans/{p.Id}";
        yield return new(p.ExamStart, "考核开始", href, null);
        if (p.PublicityEndsOn is { } ends) yield return new(ends, "考核结果公示截止", href, "002 §四(三)");
    }
}
