using System.ComponentModel;
using System.Security.Claims;
using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Auth;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Institutions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace EvalWorkflows.Server.Files;

/// <summary>A stored upload as the API reports it; cite <see cref="Id"/> as a material's <c>fileId</c>.</summary>
/// <param name="Id">The upload's id, cited as a material's fileId.</param>
/// <param name="FileName">The file's name as uploaded.</param>
/// <param name="ContentType">The file's media type, e.g. application/pdf.</param>
/// <param name="Size">The file's size in bytes.</param>
/// <param name="Sha256">The file's SHA-256 digest, hex.</param>
/// <param name="Href">Where the file is downloaded, /files/{id}.</param>
public sealed record UploadedFile(Guid Id, string FileName, string ContentType, long Size, string Sha256, string Href)
{
    public static UploadedFile Of(StoredFile f) => new(f.Id, f.FileName, f.ContentType, f.Size, f.Sha256, $"/files/{f.Id}");
}

public static class FileEndpoints
{
    /// <summary>
    /// <c>POST /api/files</c> (multipart, field <c>file</c>) for institutions; <c>GET /files/{id}</c> for the file's
    /// institution and for staff — outside /api so a page can link to it and the browser downloads it.
    /// </summary>
    public static IEndpointRouteBuilder MapFileEndpoints(this IEndpointRouteBuilder app)
    {
        // No anti-forgery token: like every API call it is authorised by the SameSite=Lax cookie, which a form
        // posted from another site does not carry.
        app.MapPost("/api/files", UploadAsync).WithTags("Files")
            .WithSummary("Upload one material file (PDF, PNG or JPEG; multipart field file) to cite as a material's fileId").DisableAntiforgery()
            .RequireAuthorization(p => p.RequireRole(Roles.Institution))
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        app.MapGet("/files/{id:guid}", DownloadAsync).WithTags("Files")
            .WithSummary("Download an uploaded file (its institution and staff only)").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<Created<UploadedFile>, ProblemHttpResult>> UploadAsync(IFormFile? file, ClaimsPrincipal user,
        UserManager<AppUser> users, FileStore store, CancellationToken ct)
    {
        if (await InstitutionAccess.InstitutionOfAsync(user, users) is not { } institutionId)
            return ApiProblems.Forbidden("您的账号未关联评价机构，不能上传材料。");
        if (file is null) return ApiProblems.BadRequest("file", "请以 multipart/form-data 的 file 字段上传一个文件。", "FILE_MISSING");
        await using var content = file.OpenReadStream();
        var (saved, refusal) = await store.SaveAsync(institutionId, file.FileName, content, user.Identity!.Name, "file", ct);
        if (refusal is not null) return refusal.ToProblem();
        return TypedResults.Created($"/files/{saved!.Id}", UploadedFile.Of(saved));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadAsync(
        [Description("The stored upload's id, as POST /api/files answered it.")] Guid id, ClaimsPrincipal user,
        FileStore store, CancellationToken ct)
    {
        var file = await store.FindForAsync(user, id, ct);
        if (file is null) return ApiProblems.NotFound("FILE_NOT_FOUND", $"文件 {id} 不存在或您无权查看。");
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }
}

public static class FilesExtensions
{
    public static IServiceCollection AddFiles(this IServiceCollection services)
    {
        services.AddOptions<UploadOptions>().BindConfiguration("Files").ValidateDataAnnotations()
            .Validate(o => o.MaxFilingBytes >= o.MaxFileBytes, "Files:MaxFilingBytes must be at least Files:MaxFileBytes.")
            .ValidateOnStart();
        services.AddScoped<FileStore>();
        return services;
    }
}
