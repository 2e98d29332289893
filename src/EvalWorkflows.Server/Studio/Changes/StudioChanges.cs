using EvalWorkflows.Engine;
using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Auth;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Studio.Changes;

/// <summary>
/// The record of studio changes. Every path that changes a definition, template, calendar year or legal source
/// calls <see cref="Add"/> on the DbContext that saves the change, before it saves, so both commit together.
/// Deployments go through <see cref="DeployAsync"/>, the one deploy path the API and the pages share.
/// </summary>
public sealed class StudioChanges(WorkflowEngine engine)
{
    /// <summary>Adds the record of a change without saving: the caller commits it with the change.</summary>
    public static StudioChange Add(DbContext db, string kind, string target, long? version, string action,
        string? changedBy, DateTimeOffset changedAt, string? reason)
    {
        var change = new StudioChange
        {
            Kind = kind, Target = target, Version = version, Action = action,
            ChangedBy = string.IsNullOrWhiteSpace(changedBy) ? Actors.System : changedBy,
            ChangedAt = changedAt, Reason = NormalizeReason(reason),
        };
        db.Set<StudioChange>().Add(change);
        return change;
    }

    /// <summary>A reason as stored: trimmed, null when blank.</summary>
    public static string? NormalizeReason(string? reason) => string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();

    /// <summary>
    /// Refuses a blank reason, then one longer than the record keeps: the check of every change the issue wants
    /// recorded with why (templates, calendar years, and the studio's own deploy forms).
    /// </summary>
    public static RequestError? RequireReason(string? reason, string field = "reason") =>
        string.IsNullOrWhiteSpace(reason)
            ? new RequestError(field, "请填写修改原因：它与这次修改一起记入变更记录（谁、何时、为什么）。")
            : CheckReason(reason, field);

    /// <summary>The API's code for a reason <see cref="RequireReason"/> refused: missing, or too long.</summary>
    public static string ReasonCode(string? reason) => string.IsNullOrWhiteSpace(reason) ? "REASON_REQUIRED" : "REASON_TOO_LONG";

    /// <summary>The API's 400 for a reason <see cref="RequireReason"/> refuses (REASON_REQUIRED / REASON_TOO_LONG), else null.</summary>
    public static Refusal? ReasonRefusal(string? reason) =>
        RequireReason(reason) is { } error
            ? new Refusal(ReasonCode(reason), error.Detail, error.Field, null, Status: StatusCodes.Status400BadRequest)
            : null;

    /// <summary>Refuses a reason longer than the record keeps, in the words of the field it came from.</summary>
    public static RequestError? CheckReason(string? reason, string field = "reason") =>
        reason?.Trim().Length > StudioChange.MaxReasonLength
            ? new RequestError(field, $"修改原因不能超过 {StudioChange.MaxReasonLength} 个字。")
            : null;

    /// <summary>
    /// Deploys a definition through the engine and, when it made a new version, records who, when and why in
    /// the deployment's own transaction. Uploads, reverts, imports and the API all deploy through here.
    /// </summary>
    /// <exception cref="DefinitionInvalidException">The definition was refused, with every problem.</exception>
    public Task<DeployResult> DeployAsync(string xml, string? actor, string? reason, string action, CancellationToken ct) =>
        engine.DeployAsync(xml, actor, ct, (db, deployed, token) =>
        {
            var record = db.Set<DefinitionRecord>().Local.Single(d => d.Id == deployed.DefinitionId);
            Add(db, StudioChangeKinds.Definition, deployed.Key, deployed.Version, action, actor, record.DeployedAt, reason);
            return Task.CompletedTask;
        });

    /// <summary>The record, newest first, one page at a time, optionally of one kind.</summary>
    public static Task<Paged<StudioChange>> ListAsync(DbContext db, string? kind, PageQuery page, CancellationToken ct)
    {
        var changes = db.Set<StudioChange>().AsNoTracking();
        if (kind is not null) changes = changes.Where(c => c.Kind == kind);
        return changes.OrderByDescending(c => c.Id).ToPageAsync(page, ct);
    }
}
