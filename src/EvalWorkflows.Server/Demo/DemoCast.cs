using System.Text.Json;
using EvalWorkflows.Server.Data;
using Microsoft.AspNetCore.Identity;

namespace EvalWorkflows.Server.Demo;

/// <summary>An institution of the demo province once registered: its signed-in portal and its filing.</summary>
public sealed class DemoPortal(DemoInstitution institution, DemoClient client, Guid institutionId)
{
    public DemoInstitution Institution { get; } = institution;
    public DemoClient Client { get; } = client;
    public Guid InstitutionId { get; } = institutionId;
    public Guid FilingId { get; set; }
    public Guid FilingInstanceId { get; set; }
}

/// <summary>
/// The people of the demo province and the steps they take, each one request to the server's API as that person
/// would send it: the admin moves the clock, the clerk registers and reviews, institutions apply and report.
/// </summary>
public sealed class DemoCast(Uri server, string password, IServiceScopeFactory scopes) : IDisposable
{
    private readonly Dictionary<DemoInstitution, DemoPortal> _portals = [];

    public DemoClient Admin { get; private set; } = null!;
    public DemoClient Clerk { get; private set; } = null!;
    public DemoClient Supervisor { get; private set; } = null!;
    public DemoClient Evaluator { get; private set; } = null!;

    public DemoPortal this[DemoInstitution institution] => _portals[institution];

    public async Task SignInStaffAsync(CancellationToken ct)
    {
        Admin = await DemoClient.SignInAsync(server, "admin", password, ct);
        Clerk = await DemoClient.SignInAsync(server, "clerk", password, ct);
        Supervisor = await DemoClient.SignInAsync(server, "supervisor", password, ct);
        Evaluator = await DemoClient.SignInAsync(server, "evaluator", password, ct);
    }

    /// <summary>Someone from the public, without an account.</summary>
    public DemoClient Visitor() => DemoClient.Anonymous(server);

    public Task AdvanceToAsync(string instant, CancellationToken ct) =>
        Admin.PostAsync("/api/clock/advance", new { to = instant }, ct);

    /// <summary>
    /// The clerk registers the institution; its login gets the demo password (instead of the generated one, which
    /// nobody of the rehearsal would ever see) and it applies for filing.
    /// </summary>
    public async Task<DemoPortal> RegisterAndApplyAsync(DemoInstitution institution, CancellationToken ct)
    {
        var created = await Clerk.PostAsync("/api/institutions", institution.RegistrationBody(), ct);
        var userName = created.GetProperty("userName").GetString()!;
        await SetDemoPasswordAsync(userName);
        var portal = new DemoPortal(institution, await DemoClient.SignInAsync(server, userName, password, ct), created.GetProperty("id").GetGuid());
        _portals[institution] = portal;
        var filing = await portal.Client.PostAsync("/api/filings", institution.Application(), ct);
        portal.FilingId = filing.GetProperty("id").GetGuid();
        portal.FilingInstanceId = filing.GetProperty("instanceId").GetGuid();
        return portal;
    }

    private async Task SetDemoPasswordAsync(string userName)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException($"Demo province: no login {userName}.");
        // Hashed directly, as the demo staff passwords are: the operator chose it for the rehearsal.
        user.PasswordHash = users.PasswordHasher.HashPassword(user, password);
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded) throw new InvalidOperationException($"Demo province: password of {userName} not set.");
    }

    /// <summary>Completes the open task of this element among the tasks the person sees for the business key.</summary>
    public async Task CompleteAsync(DemoClient who, string businessKey, string elementId, string? outcome, object? data, CancellationToken ct)
    {
        var task = await OpenTaskAsync(who, businessKey, elementId, ct)
            ?? throw new InvalidOperationException($"Demo province: no open task {elementId} for {businessKey} visible to {who.UserName}.");
        await who.PostAsync($"/api/tasks/{task.GetProperty("id").GetGuid()}/complete", new { outcome, data = data ?? new { } }, ct);
    }

    public async Task<JsonElement?> OpenTaskAsync(DemoClient who, string businessKey, string elementId, CancellationToken ct)
    {
        var tasks = await who.ListAsync("/api/tasks?pageSize=100", ct);
        return tasks.FirstOrDefault(t => t.GetProperty("businessKey").GetString() == businessKey
            && t.GetProperty("elementId").GetString() == elementId) is { ValueKind: JsonValueKind.Object } found ? found : null;
    }

    public Task ReviewFilingAsync(DemoPortal portal, string outcome, object? data, CancellationToken ct) =>
        CompleteAsync(Clerk, portal.FilingId.ToString(), "review", outcome, data, ct);

    public Task CompleteFilingAsync(DemoPortal portal, CancellationToken ct) =>
        CompleteAsync(Clerk, portal.FilingId.ToString(), "complete", null, null, ct);

    public void Dispose()
    {
        foreach (var c in new[] { Admin, Clerk, Supervisor, Evaluator }.Where(c => c is not null)) c.Dispose();
        foreach (var p in _portals.Values) p.Client.Dispose();
    }
}
