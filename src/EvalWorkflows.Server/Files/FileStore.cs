using EvalWorkflows.Engine.Persistence;
using System.Security.Claims;
using System.Security.Cryptography;
using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Auth;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Filings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EvalWorkflows.Server.Files;

/// <summary>
/// Uploaded materials: checks and keeps an institution's file, lets a filing cite it (taking its name and digest
/// from what was stored, never from the client) and decides who may read it back. The API and the portal's
/// pages both go through here.
/// </summary>
public sealed class FileStore(AppDbContext db, IOptions<UploadOptions> options, TimeProvider time)
{
    private readonly UploadOptions _limits = options.Value;

    public UploadOptions Limits => _limits;

    public async Task<(StoredFile? File, Refusal? Refusal)> SaveAsync(Guid institutionId, string? fileName, Stream content,
        string? actor, string field, CancellationToken ct)
    {
        var name = Path.GetFileName(fileName ?? "").Trim();
        if (name.Length is 0 or > 200) return (null, Refuse("FILE_NAME_INVALID", "文件名不能为空，且不超过200个字符。", field));
        var bytes = await ReadLimitedAsync(content, ct);
        if (bytes is null)
            return (null, Refuse("FILE_TOO_LARGE", $"文件“{name}”超过单个文件大小上限{Megabytes(_limits.MaxFileBytes)}。", field));
        if (bytes.Length == 0) return (null, Refuse("FILE_EMPTY", $"文件“{name}”是空文件。", field));
        var kind = FileSignatures.Detect(bytes);
        if (kind is null)
            return (null, Refuse("FILE_TYPE_NOT_ALLOWED", $"文件“{name}”的内容不是PDF、PNG或JPEG格式，只能上传这三种文件。", field));
        if (!kind.Extensions.Contains(Path.GetExtension(name).ToLowerInvariant()))
            return (null, Refuse("FILE_EXTENSION_MISMATCH",
                $"文件“{name}”的内容是{kind.ContentType}，扩展名应为{string.Join("或", kind.Extensions)}。", field));
        var file = new StoredFile
        {
            Id = RowIds.Next(time.GetUtcNow()), InstitutionId = institutionId, FileName = name,
            ContentType = kind.ContentType, Size = bytes.Length, Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            Content = bytes, UploadedAt = time.GetUtcNow(), UploadedBy = actor,
        };
        db.Add(file);
        await db.SaveChangesAsync(ct);
        return (file, null);
    }

    /// <summary>
    /// Fills each material that cites an uploaded file with that file's stored name and digest, after checking the
    /// file is the institution's own, not already part of another filing, and that the filing stays within its limit.
    /// </summary>
    public async Task<(List<MaterialInput>? Materials, Refusal? Refusal)> ResolveAsync(Guid institutionId, Guid? filingId,
        List<MaterialInput>? materials, CancellationToken ct)
    {
        if (materials is null) return (null, null);
        var ids = materials.Where(m => m.FileId is not null).Select(m => m.FileId!.Value).ToList();
        var files = await db.Set<StoredFile>().AsNoTracking().Where(f => ids.Contains(f.Id))
            .Select(f => new { f.Id, f.InstitutionId, f.FilingId, f.FileName, f.Sha256, f.Size }).ToDictionaryAsync(f => f.Id, ct);
        var resolved = new List<MaterialInput>();
        for (var i = 0; i < materials.Count; i++)
        {
            var m = materials[i];
            if (m.FileId is not { } id) { resolved.Add(m); continue; }
            if (!files.TryGetValue(id, out var f) || f.InstitutionId != institutionId || f.FilingId is not null && f.FilingId != filingId)
                return (null, Refuse("FILE_NOT_FOUND", $"材料引用的文件 {id} 不存在、不属于您的机构或已用于其他备案。", $"materials[{i}].fileId"));
            resolved.Add(m with { FileName = f.FileName, Digest = f.Sha256 });
        }
        var attached = filingId is null ? 0
            : await db.Set<StoredFile>().Where(f => f.FilingId == filingId && !ids.Contains(f.Id)).SumAsync(f => f.Size, ct);
        if (attached + files.Values.Sum(f => f.Size) > _limits.MaxFilingBytes)
            return (null, Refuse("FILING_FILES_TOO_LARGE", $"一次备案的材料文件合计不能超过{Megabytes(_limits.MaxFilingBytes)}。", "materials"));
        return (resolved, null);
    }

    /// <summary>Marks the cited files as part of the filing, in the transaction that commits the filing's change.</summary>
    public static async Task AttachAsync(Microsoft.EntityFrameworkCore.DbContext stepDb, Guid filingId, IEnumerable<MaterialInput>? materials,
        CancellationToken ct)
    {
        var ids = (materials ?? []).Where(m => m.FileId is not null).Select(m => m.FileId!.Value).ToList();
        if (ids.Count == 0) return;
        await stepDb.Set<StoredFile>().Where(f => ids.Contains(f.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.FilingId, filingId), ct);
    }

    /// <summary>A file for whoever may read it: staff, or the institution that uploaded it.</summary>
    public async Task<StoredFile?> FindForAsync(ClaimsPrincipal user, Guid id, CancellationToken ct)
    {
        var file = await db.Set<StoredFile>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct);
        if (file is null) return null;
        if (Roles.Staff.Any(user.IsInRole)) return file;
        var institutionId = await db.Users.Where(u => u.UserName == user.Identity!.Name).Select(u => u.InstitutionId).FirstOrDefaultAsync(ct);
        return user.IsInRole(Roles.Institution) && institutionId == file.InstitutionId ? file : null;
    }

    /// <summary>A refused upload or file reference: 413 when the file is too large, else 400.</summary>
    private static Refusal Refuse(string code, string detail, string field) => new(code, detail, field, null,
        Status: code == "FILE_TOO_LARGE" ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest);

    private async Task<byte[]?> ReadLimitedAsync(Stream content, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > _limits.MaxFileBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    public static string Megabytes(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024):0.#} MB" : $"{bytes / 1024.0:0.#} KB";
}
