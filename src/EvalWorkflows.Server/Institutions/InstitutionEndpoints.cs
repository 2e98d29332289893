using System.Security.Claims;
using System.Security.Cryptography;
using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Auth;
using EvalWorkflows.Server.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Institutions;

public static class InstitutionEndpoints
{
    public static IEndpointRouteBuilder MapInstitutionEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/institutions").WithTags("Institutions").RequireAuthorization();
        group.MapPost("/", CreateAsync).WithSummary("Register an institution and create its login").WithRequestValidation()
            .RequireAuthorization(p => p.RequireRole(Roles.Clerk, Roles.Admin))
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/", ListAsync).WithSummary("List registered institutions (paged)").RequireAuthorization(p => p.RequireRole(Roles.Staff)).WithRequestValidation();
        group.MapGet("/{id:guid}", GetAsync).WithSummary("One institution (staff, or the institution itself)").ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    /// <summary>The institution and its portal login are created together or not at all.</summary>
    private static async Task<Results<Created<CreatedInstitution>, ProblemHttpResult>> CreateAsync(
        CreateInstitutionRequest request, AppDbContext db, UserManager<AppUser> users, TimeProvider time, CancellationToken ct)
    {
        var code = UnifiedSocialCreditCode.Normalize(request.CreditCode!);
        if (await db.Set<Institution>().AnyAsync(i => i.CreditCode == code, ct))
            return CreditCodeTaken(code);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var institution = new Institution
        {
            Id = Guid.NewGuid(), Name = request.Name!.Trim(), CreditCode = code, Kind = request.ParsedKind!.Value,
            LegalRepresentative = request.LegalRepresentative!.Trim(), Address = request.Address!.Trim(),
            ContactName = request.ContactName!.Trim(), ContactPhone = request.ContactPhone!.Trim(),
            Email = request.Email!.Trim(), Authority = request.Authority!, UserName = code.ToLowerInvariant(),
            CreatedAt = time.GetUtcNow(),
        };
        db.Add(institution);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return CreditCodeTaken(code);
        }
        var user = new AppUser { UserName = institution.UserName, Email = institution.Email, DisplayName = institution.Name, InstitutionId = institution.Id };
        var password = NewPassword();
        var created = await users.CreateAsync(user, password);
        if (created.Succeeded) created = await users.AddToRoleAsync(user, Roles.Institution);
        if (!created.Succeeded)
            return TypedResults.Problem(ApiProblems.Create(StatusCodes.Status409Conflict, "LOGIN_NOT_CREATED",
                $"无法为该机构创建登录账号：{string.Join("；", created.Errors.Select(e => e.Description))}", "creditCode"));
        await tx.CommitAsync(ct);
        return TypedResults.Created($"/api/institutions/{institution.Id}", new CreatedInstitution(institution.Id, user.UserName!, password));
    }

    private static ProblemHttpResult CreditCodeTaken(string code) => TypedResults.Problem(ApiProblems.Create(
        StatusCodes.Status409Conflict, "INSTITUTION_EXISTS", $"统一社会信用代码为 {code} 的机构已经登记。", "creditCode"));

    /// <summary>Registered institutions in the order they were registered, one page at a time.</summary>
    /// <param name="search">Only institutions whose name or credit code contains this text.</param>
    private static async Task<Ok<Paged<InstitutionView>>> ListAsync(AppDbContext db, [AsParameters] PageQuery page,
        [AsParameters] SearchQuery search, CancellationToken ct)
    {
        var query = db.Set<Institution>().AsNoTracking();
        if (search.Text is { } text) query = query.Where(i => i.Name.ToLower().Contains(text) || i.CreditCode.ToLower().Contains(text));
        var institutions = await query.OrderBy(i => i.CreatedAt).ThenBy(i => i.Id).ToPageAsync(page, ct);
        return TypedResults.Ok(institutions.Select(InstitutionView.Of));
    }

    private static async Task<Results<Ok<InstitutionView>, ProblemHttpResult>> GetAsync(
        Guid id, ClaimsPrincipal user, AppDbContext db, UserManager<AppUser> users, CancellationToken ct)
    {
        var institution = await db.Set<Institution>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
        if (institution is null || !await InstitutionAccess.MaySeeAsync(user, users, id))
            return ApiProblems.NotFound("INSTITUTION_NOT_FOUND", $"机构 {id} 不存在。");
        return TypedResults.Ok(InstitutionView.Of(institution));
    }

    /// <summary>16 characters from every class Identity requires, drawn from a cryptographic source.</summary>
    private static string NewPassword()
    {
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", lower = "abcdefghijkmnpqrstuvwxyz", digits = "23456789", symbols = "!@#$%^&*-_=+";
        const string all = upper + lower + digits + symbols;
        var chars = new[] { Pick(upper), Pick(lower), Pick(digits), Pick(symbols) }
            .Concat(Enumerable.Range(0, 12).Select(_ => Pick(all))).ToArray();
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }

    private static char Pick(string from) => from[RandomNumberGenerator.GetInt32(from.Length)];
}
