using EvalWorkflows.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Files;

/// <summary>A stored file without its content: what a page shows and links to.</summary>
public sealed record StoredFileInfo(Guid Id, string FileName, long Size, string Sha256)
{
    public string Href => $"/files/{Id}";
    public string SizeText => FileStore.Megabytes(Size);

    public static StoredFileInfo Of(StoredFile f) => new(f.Id, f.FileName, f.Size, f.Sha256);

    /// <summary>The institution's own files among <paramref name="ids"/>.</summary>
    public static Task<Dictionary<Guid, StoredFileInfo>> LoadAsync(AppDbContext db, Guid institutionId, IReadOnlyCollection<Guid> ids,
        CancellationToken ct) =>
        db.Set<StoredFile>().AsNoTracking().Where(f => f.InstitutionId == institutionId && ids.Contains(f.Id))
            .Select(f => new StoredFileInfo(f.Id, f.FileName, f.Size, f.Sha256)).ToDictionaryAsync(f => f.Id, ct);
}
