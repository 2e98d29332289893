using EvalWorkflows.Server.Auth;
using EvalWorkflows.Server.Data;
using Microsoft.AspNetCore.Authorization;

namespace EvalWorkflows.Server.Institutions.Pages;

/// <summary>机构详情 — an institution's details; clerks and admins correct its contact details here.</summary>
[Authorize(Roles = $"{Roles.Clerk},{Roles.Admin}")]
public sealed class InstitutionDetailModel(AppDbContext db, ContactCorrections corrections) : ContactPageModel(db, corrections)
{
    protected override Task<Guid?> InstitutionIdAsync(CancellationToken ct) =>
        Task.FromResult(RouteData.Values["id"] is string id && Guid.TryParse(id, out var g) ? g : (Guid?)null);
}
