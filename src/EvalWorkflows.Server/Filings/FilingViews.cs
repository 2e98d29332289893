namespace EvalWorkflows.Server.Filings;

public sealed record FilingStatusChangeView(string From, string To, DateTimeOffset At, string? Actor, string? Basis, string? Note);

public sealed record CorrectionRoundView(int Round, DateTimeOffset RequestedAt, string? RequestedBy, IReadOnlyList<CorrectionItem> Items);

/// <summary>A filing as its institution and the staff see it.</summary>
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

public sealed record FilingSummary(Guid Id, Guid InstitutionId, string Authority, string Status, string? InstitutionCode,
    DateTimeOffset SubmittedAt, DateOnly? FiledOn, DateOnly? ValidUntil);

public sealed record SubmittedFiling(Guid Id, Guid InstanceId);
