using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Files;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Publicity;

/// <summary>
/// Files an institution cites for one of its batches — the results' materials, or the evidence of an answer to an
/// objection: its own uploads (<c>POST /api/files</c>, so the type and size rules of <see cref="FileStore"/> hold),
/// not yet cited by a filing or a batch, bound to the batch in the step that takes the citation.
/// </summary>
public sealed class PlanFiles(AppDbContext db, FileStore store)
{
    public const int MaxFiles = 10;

    /// <summary>Refuses a cited file that is missing, another institution's, or already cited; and too many bytes in all.</summary>
    public async Task<Refusal?> CheckAsync(Guid institutionId, IReadOnlyList<Guid>? ids, CancellationToken ct)
    {
        if (ids is null or []) return null;
        var files = await db.Set<StoredFile>().AsNoTracking().Where(f => ids.Contains(f.Id))
            .Select(f => new { f.Id, f.InstitutionId, f.FilingId, f.PlanId, f.Size }).ToDictionaryAsync(f => f.Id, ct);
        for (var i = 0; i < ids.Count; i++)
        {
            if (ids.Take(i).Contains(ids[i]))
                return new("FILE_DUPLICATE", $"文件 {ids[i]} 重复引用。", $"fileIds[{i}]", null, Status: StatusCodes.Status400BadRequest);
            if (!files.TryGetValue(ids[i], out var f) || f.InstitutionId != institutionId || f.FilingId is not null || f.PlanId is not null)
                return new("FILE_NOT_FOUND", $"文件 {ids[i]} 不存在、不属于您的机构或已用于其他备案或批次。", $"fileIds[{i}]", null,
                    Status: StatusCodes.Status400BadRequest);
        }
        return files.Values.Sum(f => f.Size) > store.Limits.MaxFilingBytes
            ? new("FILES_TOO_LARGE", $"一次提交的文件合计不能超过{FileStore.Megabytes(store.Limits.MaxFilingBytes)}。", "fileIds", null,
                Status: StatusCodes.Status413PayloadTooLarge)
            : null;
    }

    /// <summary>Binds the files to the batch (and the objection they answer), in the transaction of the workflow step.</summary>
    public static async Task AttachAsync(DbContext stepDb, Guid planId, Guid? objectionId, IReadOnlyList<Guid>? ids, CancellationToken ct)
    {
        if (ids is null or []) return;
        await stepDb.Set<StoredFile>().Where(f => ids.Contains(f.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.PlanId, planId).SetProperty(f => f.ObjectionId, objectionId), ct);
    }

    /// <summary>The batch's files: its results' materials under <c>null</c>, each objection's evidence under its id.</summary>
    public static async Task<ILookup<Guid?, UploadedFile>> OfPlanAsync(AppDbContext db, Guid planId, CancellationToken ct)
    {
        var files = await db.Set<StoredFile>().AsNoTracking().Where(f => f.PlanId == planId).OrderBy(f => f.UploadedAt)
            .Select(f => new { f.ObjectionId, f.Id, f.FileName, f.ContentType, f.Size, f.Sha256 }).ToListAsync(ct);
        return files.ToLookup(f => f.ObjectionId, f => new UploadedFile(f.Id, f.FileName, f.ContentType, f.Size, f.Sha256, $"/files/{f.Id}"));
    }
}
