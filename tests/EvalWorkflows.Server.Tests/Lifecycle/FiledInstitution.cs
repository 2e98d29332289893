using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EvalWorkflows.Engine;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Filings;
using EvalWorkflows.Server.Institutions;
using EvalWorkflows.Server.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvalWorkflows.Server.Tests.Lifecycle;

/// <summary>
/// An institution with a Filed filing written straight to the database, its portal user, and its lifecycle
/// started as filing.complete starts it (business key and variables alike).
/// </summary>
public sealed class FiledInstitution
{
    public required TestApp App { get; init; }
    public required Guid InstitutionId { get; init; }
    public required Guid FilingId { get; init; }
    public required Guid LifecycleId { get; init; }
    public required HttpClient Portal { get; init; }
    /// <summary>Where the institution's notices go (institution_email).</summary>
    public required string Email { get; init; }

    public static async Task<FiledInstitution> CreateAsync(TestApp app, DateOnly filedOn, InstitutionKind kind = InstitutionKind.Enterprise)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var dates = FilingDates.Compute(scope.ServiceProvider.GetRequiredService<EvalWorkflows.Server.Calendar.WorkingDayCalendar>(), filedOn);
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var institution = new Institution
        {
            Id = Guid.NewGuid(), Name = $"闽江技能评价中心{suffix}", CreditCode = suffix, Kind = kind,
            LegalRepresentative = "林一", Address = "福州市鼓楼区", ContactName = "陈二", ContactPhone = "0591-87000000",
            Email = $"contact-{suffix}@example.cn", Authority = "province", UserName = $"inst-{suffix}",
        };
        var filing = new Filing
        {
            Id = Guid.NewGuid(), InstitutionId = institution.Id, Authority = "province", InstitutionCode = $"FJ{suffix}",
            FiledOn = filedOn, ValidFrom = dates.ValidFrom, ValidUntil = dates.ValidUntil,
            RenewalOpensOn = dates.RenewalOpensOn, GraceUntil = dates.GraceUntil,
        };
        filing.ChangeStatus(FilingStatus.Filed, app.Services.GetRequiredService<TimeProvider>().GetUtcNow(), "clerk", "001 art. 9");
        db.AddRange(institution, filing);
        await db.SaveChangesAsync();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = institution.UserName, Email = institution.Email, InstitutionId = institution.Id };
        Assert.True((await users.CreateAsync(user, TestApp.Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, "institution")).Succeeded);

        var engine = scope.ServiceProvider.GetRequiredService<WorkflowEngine>();
        var lifecycle = await engine.StartAsync("filing-lifecycle", filing.Id.ToString(), new Dictionary<string, object?>
        {
            ["filingId"] = filing.Id.ToString(), ["institutionId"] = institution.Id.ToString(),
            ["institution_name"] = institution.Name, ["institution_email"] = institution.Email,
            ["institution_code"] = filing.InstitutionCode, ["filed_on"] = Iso(filedOn), ["valid_from"] = Iso(dates.ValidFrom),
            ["valid_until"] = Iso(dates.ValidUntil), ["renewal_opens_on"] = Iso(dates.RenewalOpensOn), ["grace_until"] = Iso(dates.GraceUntil),
        }, "clerk");
        return new FiledInstitution
        {
            App = app, InstitutionId = institution.Id, FilingId = filing.Id, LifecycleId = lifecycle,
            Portal = await app.LoginAsAsync(institution.UserName), Email = institution.Email,
        };
    }

    public async Task<Filing> FilingAsync()
    {
        using var scope = App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Filing>().AsNoTracking().Include(f => f.StatusHistory).FirstAsync(f => f.Id == FilingId);
    }

    /// <summary>The notices sent for this institution, as an admin lists them: (template, queuedAt) in order.</summary>
    public async Task<List<(string Template, DateTimeOffset QueuedAt, string Text)>> NoticesAsync(HttpClient admin)
    {
        var list = (await (await admin.GetAsync($"/api/notices?institutionId={InstitutionId}")).ReadAsync(HttpStatusCode.OK)).GetProperty("items");
        return [.. list.EnumerateArray()
            .Select(n => (n.GetProperty("template").GetString()!, n.GetProperty("queuedAt").GetDateTimeOffset(), n.GetProperty("body").GetString()!))
            .OrderBy(n => n.Item2)];
    }

    /// <summary>The open task of this filing's workflows that the client sees.</summary>
    public async Task<JsonElement> TaskAsync(HttpClient staff, string elementName)
    {
        var tasks = (await (await staff.GetAsync("/api/tasks?mine=true")).ReadAsync(HttpStatusCode.OK)).GetProperty("items");
        return Assert.Single(tasks.EnumerateArray(), t => t.GetProperty("businessKey").GetString() == FilingId.ToString()
            && t.GetProperty("name").GetString()!.StartsWith(elementName, StringComparison.Ordinal));
    }

    /// <summary>This filing's entry on the public register, as an anonymous visitor reads it.</summary>
    public async Task<JsonElement> RegisterEntryAsync()
    {
        var code = (await FilingAsync()).InstitutionCode!;
        var entries = (await (await App.Anonymous().GetAsync($"/api/register?q={code}")).ReadAsync(HttpStatusCode.OK)).GetProperty("items");
        return Assert.Single(entries.EnumerateArray(), e => e.GetProperty("institutionCode").GetString() == code);
    }

    public Task<HttpResponseMessage> ApplyForRenewalAsync(object? extra = null) =>
        Portal.PostAsJsonAsync("/api/renewals", extra ?? new { filingId = FilingId, statement = "续期申请表及工作总结" });

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd");
}

public static class LifecycleClock
{
    public static Task<JsonElement> AdvanceToAsync(this HttpClient admin, string instant) =>
        admin.AdvanceClockAsync(new { to = instant });

    public static DateTimeOffset At(int y, int m, int d, int h = 0) => new(y, m, d, h, 0, 0, TimeSpan.FromHours(8));
}
