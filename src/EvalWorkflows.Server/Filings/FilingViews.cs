namespace EvalWorkflows.Server.Filings;

/// <summary>One change of a filing's status.</summary>
/// <param name="From">The status before the change (see FilingView.status).</param>
/// <param name="To">The status after the change.</param>
/// <param name="At">When the status changed, an instant with offset.</param>
/// <param name="Actor">The user name who caused the change; null for the system.</param>
/// <param name="Basis">The legal basis key of the change, e.g. "000 §三.2".</param>
/// <param name="Note">A note on the change, in Chinese.</param>
public sealed record FilingStatusChangeView(string From, string To, DateTimeOffset At, string? Actor, string? Basis, string? Note);

/// <summary>One correction notice (补正通知) and its items.</summary>
/// <param name="Round">The round's number, from 1.</param>
/// <param name="RequestedAt">When the correction notice was issued, an instant with offset.</param>
/// <param name="RequestedBy">The user name of the clerk who asked for corrections.</param>
/// <param name="Items">What must be corrected.</param>
public sealed record CorrectionRoundView(int Round, DateTimeOffset RequestedAt, string? RequestedBy, IReadOnlyList<CorrectionItem> Items);

/// <summary>A filing as its institution and the staff see it.</summary>
/// <param name="Id">The filing's id.</param>
/// <param name="InstitutionId">The id of the institution that filed.</param>
/// <param name="Authority">"province", or the 6-digit division code of the city the filing is made with.</param>
/// <param name="Status">submitted, correctionRequested, accepted, filed, refused, renewing, expired, ended or abandoned.</param>
/// <param name="InstitutionCode">The institution code given on filing; null until filed.</param>
/// <param name="SubmissionVersion">How many times the application was submitted (1 = first submission).</param>
/// <param name="SubmittedAt">When the application was first submitted, an instant with offset.</param>
/// <param name="AcceptedOn">Day the application was accepted, ISO yyyy-MM-dd.</param>
/// <param name="CompletionDueOn">Last day for the filing decision, ISO yyyy-MM-dd.</param>
/// <param name="FiledOn">Day the filing was granted, ISO yyyy-MM-dd.</param>
/// <param name="ValidFrom">First day of validity, ISO yyyy-MM-dd.</param>
/// <param name="ValidUntil">Last day of validity, ISO yyyy-MM-dd.</param>
/// <param name="RenewalOpensOn">First day a renewal may be applied for, ISO yyyy-MM-dd.</param>
/// <param name="GraceUntil">Last day of the grace period after expiry, ISO yyyy-MM-dd.</param>
/// <param name="Scope">The occupations, work types and levels filed.</param>
/// <param name="Premises">The office premises.</param>
/// <param name="Assessors">The assessors declared.</param>
/// <param name="Materials">The materials' metadata, one per kind.</param>
/// <param name="StatusHistory">Every status change, oldest first.</param>
/// <param name="Corrections">The correction rounds, oldest first.</param>
public sealed record FilingView(
    Guid Id, Guid InstitutionId, string Authority, string Status, string? InstitutionCode, int SubmissionVersion,
    DateTimeOffset SubmittedAt, DateOnly? AcceptedOn, DateOnly? CompletionDueOn, DateOnly? FiledOn,
    DateOnly? ValidFrom, DateOnly? ValidUntil, DateOnly? RenewalOpensOn, DateOnly? GraceUntil,
    IReadOnlyList<ScopeItem> Scope, Premises Premises, IReadOnlyList<Assessor> Assessors,
    IReadOnlyList<FilingMaterial> Materials, IReadOnlyList<FilingStatusChangeView> StatusHistory,
    IReadOnlyList<CorrectionRoundView> Corrections)
{
    public static string StatusName(FilingStatus s) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(s.ToString());

    public static FilingView Of(Filing f, IEnumerable<FilingCorrectionRound> rounds) => new(
        f.Id, f.InstitutionId, f.Authority, StatusName(f.Status), f.InstitutionCode, f.SubmissionVersion, f.SubmittedAt,
        f.AcceptedOn, f.CompletionDueOn, f.FiledOn, f.ValidFrom, f.ValidUntil, f.RenewalOpensOn, f.GraceUntil,
        f.Scope, f.Premises, f.Assessors, f.Materials,
        f.StatusHistory.OrderBy(h => h.At).Select(h =>
            new FilingStatusChangeView(StatusName(h.From), StatusName(h.To), h.At, h.Actor, h.Basis, h.Note)).ToList(),
        rounds.OrderBy(r => r.Round).Select(r => new CorrectionRoundView(r.Round, r.RequestedAt, r.RequestedBy, r.Items)).ToList());
}

/// <summary>A filing in a list.</summary>
/// <param name="Id">The filing's id.</param>
/// <param name="InstitutionId">The id of the institution that filed.</param>
/// <param name="Authority">"province", or the 6-digit division code of the city the filing is made with.</param>
/// <param name="Status">The filing's status (see FilingView.status).</param>
/// <param name="InstitutionCode">The institution code given on filing; null until filed.</param>
/// <param name="SubmittedAt">When the application was first submitted, an instant with offset.</param>
/// <param name="FiledOn">Day the filing was granted, ISO yyyy-MM-dd.</param>
/// <param name="ValidUntil">Last day of validity, ISO yyyy-MM-dd.</param>
public sealed record FilingSummary(Guid Id, Guid InstitutionId, string Authority, string Status, string? InstitutionCode,
    DateTimeOffset SubmittedAt, DateOnly? FiledOn, DateOnly? ValidUntil);

/// <summary>The answer to a submitted filing application.</summary>
/// <param name="Id">The new filing's id.</param>
/// <param name="InstanceId">The id of the acceptance workflow instance started for it.</param>
public sealed record SubmittedFiling(Guid Id, Guid InstanceId);
