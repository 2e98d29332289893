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
        group.MapPost("/", CreateAsync).WithSummary("Register an institution and create its login").WithRequestValidation()
            .RequireAuthorization(p => p.RequireRole(Roles.Clerk, Roles.Admin))
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/activation", ResendActivationAsync).WithSummary("Send the institution's contact a new account activation link (the previous one stops working)")
            .RequireAuthorization(p => p.RequireRole(Roles.Clerk, Roles.Admin)).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/", ListAsync).WithSummary("List registered institutions (paged)").RequireAuthorization(p => p.RequireRole(Roles.Staff)).WithRequestValidation();
        group.MapGet("/{id:guid}", GetAsync).WithSummary("One institution (staff, or the institution itself)").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPatch("/{id:guid}/contact", CorrectContactAsync).WithRequestValidation()
            .WithSummary("Correct the institution's contact details (the institution itself, clerks, admins); running workflows use a corrected mail address for their next notice")
            .RequireAuthorization(p => p.RequireRole(Roles.Institution, Roles.Clerk, Roles.Admin))
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id:guid}/contact-history", ContactHistoryAsync)
            .WithSummary("Every correction of the institution's contact details, newest first (staff, or the institution itself)")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    /// <summary>Corrects the contact details; an institution may correct only its own.</summary>
    private static async Task<Results<Ok<ContactCorrected>, ProblemHttpResult>> CorrectContactAsync(Guid id, CorrectContactRequest request,
        ClaimsPrincipal user, UserManager<AppUser> users, ContactCorrections corrections, CancellationToken ct)
    {
        if (!await InstitutionAccess.MaySeeAsync(user, users, id)) return NotFound(id);
        var (corrected, refusal) = await corrections.CorrectAsync(id, request, user.Identity!.Name!, ct);
        return refusal is null ? TypedResults.Ok(corrected!) : refusal.ToProblem();
    }

    private static async Task<Results<Ok<List<ContactChangeView>>, ProblemHttpResult>> ContactHistoryAsync(Guid id,
        ClaimsPrincipal user, UserManager<AppUser> users, AppDbContext db, ContactCorrections corrections, CancellationToken ct)
    {
        if (!await InstitutionAccess.MaySeeAsync(user, users, id) || !await db.Set<Institution>().AnyAsync(i => i.Id == id, ct))
            return NotFound(id);
        return TypedResults.Ok(await corrections.HistoryAsync(id, ct));
    }

    private static ProblemHttpResult NotFound(Guid id) => ApiProblems.NotFound("INSTITUTION_NOT_FOUND", $"机构 {id} 不存在。");

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
            : NotFound(id);

    /// <summary>The site's address as this request reached it, for links in mail.</summary>
    public static Uri SiteUrl(HttpRequest http) => new($"{http.Scheme}://{http.Host}{http.PathBase}/");

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
            return NotFound(id);
        return TypedResults.Ok(InstitutionView.Of(institution));
    }
}
