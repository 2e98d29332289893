using System.ComponentModel.DataAnnotations;
using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Institutions.Pages;

/// <summary>The fields of <see cref="CorrectContactRequest"/>, as the form posts them (prefilled with today's values).</summary>
public sealed class ContactForm
{
    [Display(Name = "联系人")] public string? ContactName { get; set; }
    [Display(Name = "联系电话")] public string? ContactPhone { get; set; }
    [Display(Name = "联系人电子邮箱")] public string? Email { get; set; }
    [Display(Name = "机构地址")] public string? Address { get; set; }
    [Display(Name = "更正原因")] public string? Reason { get; set; }

    public static ContactForm Of(Institution i) =>
        new() { ContactName = i.ContactName, ContactPhone = i.ContactPhone, Email = i.Email, Address = i.Address };

    public CorrectContactRequest ToRequest() => new(ContactName, ContactPhone, Email, Address, Reason);
}

/// <summary>
/// The institution's details with its contact correction form and history: one model for the staff page
/// (<c>/institutions/{id}</c>) and the institution's own (<c>/portal/profile</c>), both through
/// <see cref="ContactCorrections"/> like <c>PATCH /api/institutions/{id}/contact</c>.
/// </summary>
public abstract class ContactPageModel(AppDbContext db, ContactCorrections corrections) : PageModel
{
    public Institution Institution { get; private set; } = null!;
    public List<ContactChangeView> History { get; private set; } = [];
    [BindProperty] public ContactForm Form { get; set; } = new();

    /// <summary>The field names people read, for the history table.</summary>
    public static string FieldName(string field) => field switch
    {
        "contactName" => "联系人", "contactPhone" => "联系电话", "email" => "联系人电子邮箱", "address" => "机构地址", _ => field,
    };

    protected abstract Task<Guid?> InstitutionIdAsync(CancellationToken ct);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        Form = ContactForm.Of(Institution);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        ModelState.Clear();
        var (corrected, refusal) = await corrections.CorrectAsync(Institution.Id, Form.ToRequest(), User.Identity!.Name!, ct);
        if (refusal is not null)
        {
            // Every error beside its field, not only the first the service met.
            foreach (var error in RequestValidation.Check(Form.ToRequest())) ModelState.AddModelError(FormField(error.Field), error.Detail);
            if (ModelState.IsValid) ModelState.AddModelError(FormField(refusal.Field), refusal.Detail);
            return Page();
        }
        TempData["Notice"] = corrected!.Changes.Count == 0 ? "联系信息没有变化。"
            : corrected.UpdatedInstances > 0
                ? $"联系信息已更正；{corrected.UpdatedInstances} 个正在办理的流程今后的通知将发送到新邮箱。"
                : "联系信息已更正。";
        return RedirectToPage();
    }

    private static string FormField(string? field) => string.IsNullOrEmpty(field) ? "" : "Form." + char.ToUpperInvariant(field[0]) + field[1..];

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await InstitutionIdAsync(ct) is not { } id) return false;
        var institution = await db.Set<Institution>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
        if (institution is null) return false;
        Institution = institution;
        History = await corrections.HistoryAsync(id, ct);
        return true;
    }
}
