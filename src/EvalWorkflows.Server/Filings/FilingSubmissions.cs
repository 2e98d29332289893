using EvalWorkflows.Engine;
using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Files;
using EvalWorkflows.Server.Filings.Handlers;
using EvalWorkflows.Server.Institutions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Filings;

/// <summary>
/// Submitting a filing application and resubmitting it after a correction notice (000 §二, §三.2): the one path both
/// the API (<c>POST /api/filings</c>, <c>…/resubmit</c>) and the portal's pages take, so each rule is applied once.
/// </summary>
public sealed class FilingSubmissions(AppDbContext db, WorkflowEngine engine, FileStore files, TimeProvider time)
{
    public const string AcceptanceProcess = "filing-acceptance";
    public const string ResubmittedMessage = "filing-resubmitted";

    /// <summary>The filing row, its files and its acceptance workflow commit in one transaction, or none of them does.</summary>
    public async Task<(SubmittedFiling? Submitted, Refusal? Refusal)> SubmitAsync(Institution institution,
        SubmitFilingRequest request, string? actor, CancellationToken ct)
    {
        if (RequestValidation.Check(request) is [var invalid, ..]) return (null, Refusal.Invalid(invalid));
        var (materials, refused) = await files.ResolveAsync(institution.Id, null, request.Materials, ct);
        if (refused is not null) return (null, refused);
        var filing = new Filing
        {
            Id = Guid.NewGuid(), InstitutionId = institution.Id, Authority = institution.Authority,
            Scope = FilingInputs.ToScope(request.Scope!), Premises = FilingInputs.ToPremises(request.Premises!),
            Assessors = FilingInputs.ToAssessors(request.Assessors), Materials = FilingInputs.ToMaterials(materials, 1),
            SubmittedAt = time.GetUtcNow(),
        };
        var variables = new Dictionary<string, object?> { ["filingId"] = filing.Id.ToString(), ["institutionId"] = institution.Id.ToString() };
        var instanceId = await engine.StartAsync(AcceptanceProcess, filing.Id.ToString(), variables, actor, ct,
            alongside: async (stepDb, c) =>
            {
                stepDb.Add(filing);
                await FileStore.AttachAsync(stepDb, filing.Id, materials, c);
            });
        return (new SubmittedFiling(filing.Id, instanceId), null);
    }

    /// <summary>
    /// 000 §三.2: after a correction notice the institution resubmits; the workflow applies the new version
    /// (<c>filing.resubmitted</c>) in the same transaction that takes the message — and attaches the new files —
    /// so the review reopens on it.
    /// </summary>
    public async Task<(SubmittedFiling? Submitted, Refusal? Refusal)> ResubmitAsync(Guid institutionId, Guid filingId,
        ResubmitFilingRequest request, string? actor, CancellationToken ct)
    {
        var filing = await db.Set<Filing>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == filingId && f.InstitutionId == institutionId, ct);
        if (filing is null)
            return (null, new("FILING_NOT_FOUND", $"备案 {filingId} 不存在。", null, null, Status: StatusCodes.Status404NotFound));
        if (filing.Status != FilingStatus.CorrectionRequested)
            return (null, Refusal.Conflict("FILING_NOT_AWAITING_CORRECTION",
                $"该备案当前状态为“{FilingStatusText.Of(filing.Status).Text}”，只有收到补正告知后才能重新提交。", "status", "000 §三.2"));
        if (RequestValidation.Check(request) is [var invalid, ..]) return (null, Refusal.Invalid(invalid));
        var (materials, refused) = await files.ResolveAsync(institutionId, filingId, request.Materials, ct);
        if (refused is not null) return (null, refused);
        var resolved = request with { Materials = materials };
        var variables = new Dictionary<string, object?> { [ResubmissionHandler.Variable] = ResubmissionHandler.Serialize(resolved) };
        var result = await engine.CorrelateMessageAsync(ResubmittedMessage, filingId.ToString(), variables, actor, ct,
            alongside: (stepDb, c) => FileStore.AttachAsync(stepDb, filingId, materials, c));
        return (new SubmittedFiling(filingId, result.InstanceId), null);
    }
}
