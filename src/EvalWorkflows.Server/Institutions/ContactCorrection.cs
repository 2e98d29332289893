using System.ComponentModel.DataAnnotations;
using EvalWorkflows.Engine;
using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Notices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EvalWorkflows.Server.Institutions;

/// <summary>
/// A correction of an institution's contact details; a field left out stays as it is. The mail address is checked
/// by the rule delivery applies, so a corrected address is one notices can reach.
/// </summary>
/// <param name="ContactName">The new contact person.</param>
/// <param name="ContactPhone">The new contact phone.</param>
/// <param name="Email">The new address notices go to.</param>
/// <param name="Address">The new address of the institution.</param>
/// <param name="Reason">Why the details are corrected (kept in the history).</param>
public sealed record CorrectContactRequest(
    [property: MaxLength(100)] string? ContactName, [property: MaxLength(50)] string? ContactPhone,
    [property: MaxLength(NoticeAddress.MaxLength)] string? Email, [property: MaxLength(500)] string? Address,
    [property: MaxLength(500)] string? Reason) : IValidatedRequest
{
    public IEnumerable<RequestError> Validate() => RequestValidation.Errors(
        ContactName is null && ContactPhone is null && Email is null && Address is null
            ? new RequestError("contactName", "请至少填写一项要更正的联系信息（contactName、contactPhone、email 或 address）。") : null,
        ContactName is null ? null : ValidationExtensions.Required(ContactName, "contactName", "联系人"),
        ContactPhone is null ? null : ValidationExtensions.Required(ContactPhone, "contactPhone", "联系电话"),
        Email is null ? null : NoticeAddress.Check(Email, "email"),
        Address is null ? null : ValidationExtensions.Required(Address, "address", "地址"),
        ValidationExtensions.Required(Reason, "reason", "更正原因"));
}

/// <summary>One field of an institution's contact details changed: from what, to what, by whom, when and why.</summary>
public sealed class InstitutionContactChange
{
    public Guid Id { get; set; }
    public Guid InstitutionId { get; set; }
    public DateTimeOffset At { get; set; }
    public required string By { get; set; }
    public required string Field { get; set; }
    public required string OldValue { get; set; }
    public required string NewValue { get; set; }
    public required string Reason { get; set; }
}

internal sealed class InstitutionContactChangeConfiguration : IEntityTypeConfiguration<InstitutionContactChange>
{
    public void Configure(EntityTypeBuilder<InstitutionContactChange> b)
    {
        b.ToTable("institution_contact_changes");
        b.HasIndex(x => new { x.InstitutionId, x.At });
        b.HasOne<Institution>().WithMany().HasForeignKey(x => x.InstitutionId);
    }
}

/// <summary>A contact change as the API and pages show it.</summary>
/// <param name="At">When it was made.</param>
/// <param name="By">Who made it.</param>
/// <param name="Field">contactName, contactPhone, email or address.</param>
/// <param name="OldValue">The value before.</param>
/// <param name="NewValue">The value after.</param>
/// <param name="Reason">Why.</param>
public sealed record ContactChangeView(DateTimeOffset At, string By, string Field, string OldValue, string NewValue, string Reason)
{
    public static ContactChangeView Of(InstitutionContactChange c) => new(c.At, c.By, c.Field, c.OldValue, c.NewValue, c.Reason);
}

/// <summary>What a correction changed: the fields, and how many running workflows now use the new address.</summary>
/// <param name="Changes">The fields that changed (none when every value was already as given).</param>
/// <param name="UpdatedInstances">Running workflow instances of the institution whose notice address was updated.</param>
public sealed record ContactCorrected(IReadOnlyList<ContactChangeView> Changes, int UpdatedInstances);

/// <summary>
/// Corrects an institution's contact details (by the institution itself or by staff): the institution row, one
/// history row per changed field and — when the mail address changes — the <c>institution_email</c> of every running
/// workflow of the institution commit in one step, so the next notice of each goes to the corrected address.
/// </summary>
public sealed class ContactCorrections(AppDbContext db, WorkflowEngine engine, TimeProvider time)
{
    /// <summary>The instance variable the workflows address their notices to (filing.received, InstitutionContext).</summary>
    public const string EmailVariable = "institution_email";

    public async Task<(ContactCorrected? Corrected, Refusal? Refusal)> CorrectAsync(Guid institutionId, CorrectContactRequest request,
        string actor, CancellationToken ct)
    {
        if (RequestValidation.Check(request) is [var invalid, ..]) return (null, Refusal.Invalid(invalid));
        var institution = await db.Set<Institution>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == institutionId, ct);
        if (institution is null)
            return (null, new("INSTITUTION_NOT_FOUND", $"机构 {institutionId} 不存在。", null, null, Status: StatusCodes.Status404NotFound));
        var now = time.GetUtcNow();
        var changes = institution.CorrectContact(request.ContactName, request.ContactPhone, request.Email, request.Address)
            .Select(c => new InstitutionContactChange
            {
                Id = RowIds.Next(now), InstitutionId = institutionId, At = now, By = actor,
                Field = c.Field, OldValue = c.Old, NewValue = c.New, Reason = request.Reason!.Trim(),
            }).ToList();
        if (changes.Count == 0) return (new ContactCorrected([], 0), null);
        var instances = changes.Any(c => c.Field == "email") ? await RunningInstancesOfAsync(institutionId, ct) : [];
        await engine.SetVariablesAsync(instances, new Dictionary<string, object?> { [EmailVariable] = institution.Email }, actor, ct,
            alongside: (stepDb, _) =>
            {
                stepDb.Update(institution);
                stepDb.AddRange(changes);
                return Task.CompletedTask;
            });
        return (new ContactCorrected(changes.Select(ContactChangeView.Of).ToList(), instances.Count), null);
    }

    public async Task<List<ContactChangeView>> HistoryAsync(Guid institutionId, CancellationToken ct) =>
        (await db.Set<InstitutionContactChange>().AsNoTracking().Where(c => c.InstitutionId == institutionId)
            .OrderByDescending(c => c.At).ThenByDescending(c => c.Id).Take(200).ToListAsync(ct))
        .Select(ContactChangeView.Of).ToList();

    /// <summary>
    /// Running instances that carry the institution's notice address: every workflow of an institution is started
    /// with its <c>institutionId</c> (InstitutionContext, filing.received).
    /// </summary>
    private async Task<List<Guid>> RunningInstancesOfAsync(Guid institutionId, CancellationToken ct)
    {
        var marker = $"%\"institutionId\":\"{institutionId}\"%";
        return await db.Set<InstanceRecord>().AsNoTracking()
            .Where(i => i.Status == InstanceStatus.Running && EF.Functions.Like(i.VariablesJson, marker)
                && i.VariablesJson.Contains(EmailVariable))
            .Select(i => i.Id).ToListAsync(ct);
    }
}
