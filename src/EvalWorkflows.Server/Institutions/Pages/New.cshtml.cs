using System.ComponentModel.DataAnnotations;
using EvalWorkflows.Server.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EvalWorkflows.Server.Institutions.Pages;

/// <summary>The fields of <see cref="CreateInstitutionRequest"/>, as the form posts them.</summary>
public sealed class InstitutionForm
{
    [Display(Name = "机构名称")] public string? Name { get; set; }
    [Display(Name = "统一社会信用代码")] public string? CreditCode { get; set; }
    [Display(Name = "机构类型")] public string? Kind { get; set; }
    [Display(Name = "法定代表人")] public string? LegalRepresentative { get; set; }
    [Display(Name = "地址")] public string? Address { get; set; }
    [Display(Name = "联系人")] public string? ContactName { get; set; }
    [Display(Name = "联系电话")] public string? ContactPhone { get; set; }
    [Display(Name = "联系人电子邮箱")] public string? Email { get; set; }
    [Display(Name = "备案机关")] public string? Authority { get; set; } = Institution.ProvinceAuthority;

    public CreateInstitutionRequest ToRequest() =>
        new(Name, CreditCode, Kind, LegalRepresentative, Address, ContactName, ContactPhone, Email, Authority?.Trim());
}

/// <summary>
/// 登记机构 — registers an institution through the same validation and service as POST /api/institutions, but
/// without a password: the contact is mailed a link to set one.
/// </summary>
[Authorize(Roles = $"{Roles.Clerk},{Roles.Admin}")]
public sealed class NewInstitutionModel(InstitutionRegistration registration) : PageModel
{
    /// <summary>The kinds the notices distinguish (003 §一; 002 §二), in the words on the forms.</summary>
    public static readonly IReadOnlyList<(InstitutionKind Kind, string Name)> Kinds =
    [
        (InstitutionKind.Enterprise, "企业"), (InstitutionKind.IndustryAssociation, "行业协会"),
        (InstitutionKind.University, "高等院校"), (InstitutionKind.TechnicalSchool, "技工院校"),
        (InstitutionKind.PrivateTrainingInstitution, "民办职业培训机构"),
        (InstitutionKind.HrDepartmentCentre, "人力资源社会保障部门所属机构"), (InstitutionKind.Other, "其他"),
    ];

    [BindProperty] public InstitutionForm Input { get; set; } = new();

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var request = Input.ToRequest();
        // Only the validator's verdicts, in the order of the form, so the summary reads top to bottom.
        ModelState.Clear();
        foreach (var error in request.Errors()) AddError(error.Field, error.Detail);
        if (!ModelState.IsValid) return Page();
        var (registered, refusal) = await registration.RegisterAsync(request, withPassword: false, InstitutionEndpoints.SiteUrl(Request), ct);
        if (refusal is not null)
        {
            AddError(refusal.Field, refusal.Detail);
            return Page();
        }
        TempData["Notice"] = $"已登记{registered!.Institution.Name}，登录用户名为 {registered.UserName}。激活链接已发送至联系人邮箱 {registered.Institution.Email}。";
        return Redirect("/institutions");
    }

    /// <summary>The API names fields in camelCase; the form's are <c>Input.PascalCase</c>.</summary>
    /// <remarks>The API's message for the kind lists its JSON values; the form offers the kinds by name.</remarks>
    private void AddError(string field, string detail) =>
        ModelState.AddModelError($"{nameof(Input)}.{char.ToUpperInvariant(field[0])}{field[1..]}", field == "kind" ? "请选择机构类型（kind）。" : detail);
}
