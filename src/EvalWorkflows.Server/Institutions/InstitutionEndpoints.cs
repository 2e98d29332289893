using System.Security.Claims;
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
        group.MapPost("/", CreateAsync).WithRequestValidation()
            .RequireAuthorization(p => p.RequireRole(Roles.Clerk, Roles.Admin))
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/activation", ResendActivationAsync)
            .RequireAuthorization(p => p.RequireRole(Roles.Clerk, Roles.Admin)).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/", ListAsync).RequireAuthorization(p => p.RequireRole(Roles.Staff));
        group.MapGet("/{id:guid}", GetAsync).ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    /// <summary>
    /// The institution and its portal login are created together or not at all. The answer carries an initial
    /// password for scripted integrations (README, "Institution accounts"); the contact is also mailed an activation link, with
    /// which they set a password of their own.
    /// </summary>
    private static async Task<Results<Created<CreatedInstitution>, ProblemHttpResult>> CreateAsync(
        CreateInstitutionRequest request, InstitutionRegistration registration, HttpRequest http, CancellationToken ct)
    {
        var (registered, refusal) = await registration.RegisterAsync(request, withPassword: true, SiteUrl(http), ct);
        if (refusal is not null)
            return TypedResults.Problem(ApiProblems.Create(StatusCodes.Status409Conflict, refusal.Code, refusal.Detail, refusal.Field));
        var (institution, userName, password) = registered!;
        return TypedResults.Created($"/api/institutions/{institution.Id}", new CreatedInstitution(institution.Id, userName, password!));
    }

    /// <summary>Mails the contact a new activation link; the earlier one stops working.</summary>
    private static async Task<Results<NoContent, ProblemHttpResult>> ResendActivationAsync(
        Guid id, InstitutionRegistration registration, HttpRequest http, CancellationToken ct) =>
        await registration.ResendActivationAsync(id, SiteUrl(http), ct)
            ? TypedResults.NoContent()
            : ApiProblems.NotFound("INSTITUTION_NOT_FOUND", $"机构 {id} 不存在。");

    /// <summary>The site's address as this request reached it, for links in mail.</summary>
    public static Uri SiteUrl(HttpRequest http) => new($"{http.Scheme}://{http.Host}{http.PathBase}/");

    private static async Task<Ok<List<InstitutionView>>> ListAsync(AppDbContext db, CancellationToken ct)
    {
        var all = await db.Set<Institution>().AsNoTracking().ToListAsync(ct);
        return TypedResults.Ok(all.OrderBy(i => i.CreatedAt).Select(InstitutionView.Of).ToList());
    }

    private static async Task<Results<Ok<InstitutionView>, ProblemHttpResult>> GetAsync(
        Guid id, ClaimsPrincipal user, AppDbContext db, UserManager<AppUser> users, CancellationToken ct)
    {
        var institution = await db.Set<Institution>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
        if (institution is null || !await InstitutionAccess.MaySeeAsync(user, users, id))
            return ApiProblems.NotFound("INSTITUTION_NOT_FOUND", $"机构 {id} 不存在。");
        return TypedResults.Ok(InstitutionView.Of(institution));
    }
}
