using EvalWorkflows.Server.Auth;
using EvalWorkflows.Server.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace EvalWorkflows.Server.Institutions.Pages;

/// <summary>机构信息 — the signed-in institution's own details; it corrects its contact details here.</summary>
[Authorize(Roles = Roles.Institution)]
public sealed class InstitutionProfileModel(AppDbContext db, ContactCorrections corrections, UserManager<AppUser> users)
    : ContactPageModel(db, corrections)
{
    protected override Task<Guid?> InstitutionIdAsync(CancellationToken ct) => InstitutionAccess.InstitutionOfAsync(User, users);
}
