using EvalWorkflows.Server.Api;

namespace EvalWorkflows.Server.Plans;

public sealed record OccupationInput(string? OccupationCode, int? Level, int? Candidates);
public sealed record AssessorInput(string? Name, string? OccupationCode, int? QualificationLevel);
public sealed record SessionInput(DateOnly? Date, string? Time, string? Place);

/// <summary>An assessment plan as the institution submits it (002 §四(一), 002 annex 2).</summary>
public sealed record SubmitPlanRequest(
    Guid? FilingId, DateOnly? ExamStart, DateOnly? ExamEnd, List<OccupationInput>? Occupations,
    List<AssessorInput>? Assessors, List<SessionInput>? Sessions) : IValidatedRequest
{
    public RequestError? Validate()
    {
        if (FilingId is null) return new("filingId", "请填写备案编号（filingId）。");
        if (ExamStart is null) return new("examStart", "请填写考核开始日期（examStart）。");
        if (ExamEnd is null) return new("examEnd", "请填写考核结束日期（examEnd）。");
        if (ExamEnd < ExamStart) return new("examEnd", "考核结束日期不能早于开始日期。");
        if (Occupations is not { Count: > 0 }) return new("occupations", "请至少填写一个考核职业（工种）及等级。");
        for (var i = 0; i < Occupations.Count; i++)
            if (CheckOccupation(Occupations[i], $"occupations[{i}]") is { } error) return error;
        if (Assessors is not { Count: > 0 }) return new("assessors", "请填写考评人员。");
        for (var i = 0; i < Assessors.Count; i++)
            if (CheckAssessor(Assessors[i], $"assessors[{i}]") is { } error) return error;
        for (var i = 0; i < (Sessions?.Count ?? 0); i++)
            if (Sessions![i].Date is not { } d || d < ExamStart || d > ExamEnd)
                return new($"sessions[{i}].date", "考核场次的日期须在考核开始与结束日期之间。");
        return null;
    }

    private static RequestError? CheckOccupation(OccupationInput o, string field) =>
        ValidationExtensions.Required(o.OccupationCode, $"{field}.occupationCode", "职业代码")
        ?? (o.Level is not (>= 1 and <= 5) ? new RequestError($"{field}.level", "等级须为 1（一级/高级技师）至 5（五级/初级工）。") : null)
        ?? (o.Candidates is not > 0 ? new RequestError($"{field}.candidates", "考生人数须大于 0。") : null);

    private static RequestError? CheckAssessor(AssessorInput a, string field) =>
        ValidationExtensions.Required(a.Name, $"{field}.name", "考评人员姓名")
        ?? ValidationExtensions.Required(a.OccupationCode, $"{field}.occupationCode", "考评职业代码")
        ?? (a.QualificationLevel is not (>= 0 and <= 5)
            ? new RequestError($"{field}.qualificationLevel", "资格等级须为 0（高级专业技术职务）或 1 至 5。") : null);

    public List<PlanOccupation> ToOccupations() => Occupations!.Select(o => new PlanOccupation
        { OccupationCode = o.OccupationCode!.Trim(), Level = o.Level!.Value, Candidates = o.Candidates!.Value }).ToList();

    public List<PlanAssessor> ToAssessors() => Assessors!.Select(a => new PlanAssessor
        { Name = a.Name!.Trim(), OccupationCode = a.OccupationCode!.Trim(), QualificationLevel = a.QualificationLevel!.Value }).ToList();

    public List<PlanSession> ToSessions() => (Sessions ?? []).Select(s => new PlanSession
        { Date = s.Date!.Value, Time = s.Time, Place = s.Place }).ToList();
}

/// <summary>An exam date announced before its plan is ready.</summary>
public sealed record AnnounceExamRequest(Guid? FilingId, DateOnly? ExamStart) : IValidatedRequest
{
    public RequestError? Validate() =>
        FilingId is null ? new RequestError("filingId", "请填写备案编号（filingId）。")
        : ExamStart is null ? new RequestError("examStart", "请填写考核开始日期（examStart）。")
        : null;
}

public sealed record PlanCreated(Guid Id, Guid InstanceId);
public sealed record ExamAnnounced(Guid InstanceId, string SubmissionDeadline);
