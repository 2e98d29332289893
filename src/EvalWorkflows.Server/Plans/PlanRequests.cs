using System.ComponentModel.DataAnnotations;
using EvalWorkflows.Server.Api;

namespace EvalWorkflows.Server.Plans;

/// <summary>An occupation and level assessed in the batch.</summary>
/// <param name="OccupationCode">职业分类大典 code of the occupation.</param>
/// <param name="Level">1 (一级/高级技师) to 5 (五级/初级工).</param>
/// <param name="Candidates">Candidates sitting this occupation and level.</param>
public sealed record OccupationInput([property: MaxLength(20)] string? OccupationCode, int? Level, int? Candidates);

/// <summary>An assessor working in the batch.</summary>
/// <param name="Name">The assessor's name.</param>
/// <param name="OccupationCode">The occupation the assessor assesses.</param>
/// <param name="QualificationLevel">0 (senior professional title) or level 1 to 5.</param>
public sealed record AssessorInput([property: MaxLength(100)] string? Name, [property: MaxLength(20)] string? OccupationCode, int? QualificationLevel);

/// <summary>One exam session.</summary>
/// <param name="Date">The session's date, between the exam's start and end.</param>
/// <param name="Time">When on that day, as the institution writes it (e.g. 09:00–11:00).</param>
/// <param name="Place">Where the session is held.</param>
public sealed record SessionInput(DateOnly? Date, [property: MaxLength(50)] string? Time, [property: MaxLength(500)] string? Place);

/// <summary>An assessment plan as the institution submits it (002 §四(一), 002 annex 2).</summary>
/// <param name="FilingId">The institution's filing the batch runs under.</param>
/// <param name="ExamStart">First exam day.</param>
/// <param name="ExamEnd">Last exam day.</param>
/// <param name="Occupations">Occupations and levels assessed (at least one).</param>
/// <param name="Assessors">Assessors working in the batch (at least one).</param>
/// <param name="Sessions">Exam sessions, if already fixed.</param>
public sealed record SubmitPlanRequest(
    Guid? FilingId, DateOnly? ExamStart, DateOnly? ExamEnd, [property: MaxLength(100)] List<OccupationInput>? Occupations,
    [property: MaxLength(500)] List<AssessorInput>? Assessors, [property: MaxLength(200)] List<SessionInput>? Sessions) : IValidatedRequest
{
    public IEnumerable<RequestError> Validate()
    {
        if (FilingId is null) yield return new("filingId", "请填写备案编号（filingId）。");
        if (ExamStart is null) yield return new("examStart", "请填写考核开始日期（examStart）。");
        if (ExamEnd is null) yield return new("examEnd", "请填写考核结束日期（examEnd）。");
        if (ExamEnd < ExamStart) yield return new("examEnd", "考核结束日期不能早于开始日期。");
        if (Occupations is not { Count: > 0 }) yield return new("occupations", "请至少填写一个考核职业（工种）及等级。");
        for (var i = 0; i < (Occupations?.Count ?? 0); i++)
            foreach (var error in CheckOccupation(Occupations![i], $"occupations[{i}]")) yield return error;
        if (Assessors is not { Count: > 0 }) yield return new("assessors", "请填写考评人员。");
        for (var i = 0; i < (Assessors?.Count ?? 0); i++)
            foreach (var error in CheckAssessor(Assessors![i], $"assessors[{i}]")) yield return error;
        for (var i = 0; i < (Sessions?.Count ?? 0); i++)
            if (Sessions![i].Date is not { } d || d < ExamStart || d > ExamEnd)
                yield return new($"sessions[{i}].date", "考核场次的日期须在考核开始与结束日期之间。");
    }

    private static IEnumerable<RequestError> CheckOccupation(OccupationInput o, string field) => RequestValidation.Errors(
        ValidationExtensions.Required(o.OccupationCode, $"{field}.occupationCode", "职业代码"),
        o.Level is not (>= 1 and <= 5) ? new RequestError($"{field}.level", "等级须为 1（一级/高级技师）至 5（五级/初级工）。") : null,
        o.Candidates is not > 0 ? new RequestError($"{field}.candidates", "考生人数须大于 0。") : null);

    private static IEnumerable<RequestError> CheckAssessor(AssessorInput a, string field) => RequestValidation.Errors(
        ValidationExtensions.Required(a.Name, $"{field}.name", "考评人员姓名"),
        ValidationExtensions.Required(a.OccupationCode, $"{field}.occupationCode", "考评职业代码"),
        a.QualificationLevel is not (>= 0 and <= 5)
            ? new RequestError($"{field}.qualificationLevel", "资格等级须为 0（高级专业技术职务）或 1 至 5。") : null);

    public List<PlanOccupation> ToOccupations() => Occupations!.Select(o => new PlanOccupation
        { OccupationCode = o.OccupationCode!.Trim(), Level = o.Level!.Value, Candidates = o.Candidates!.Value }).ToList();

    public List<PlanAssessor> ToAssessors() => Assessors!.Select(a => new PlanAssessor
        { Name = a.Name!.Trim(), OccupationCode = a.OccupationCode!.Trim(), QualificationLevel = a.QualificationLevel!.Value }).ToList();

    public List<PlanSession> ToSessions() => (Sessions ?? []).Select(s => new PlanSession
        { Date = s.Date!.Value, Time = s.Time, Place = s.Place }).ToList();
}

/// <summary>An exam date announced before its plan is ready.</summary>
/// <param name="FilingId">The institution's filing the batch runs under.</param>
/// <param name="ExamStart">The first exam day planned.</param>
public sealed record AnnounceExamRequest(Guid? FilingId, DateOnly? ExamStart) : IValidatedRequest
{
    public IEnumerable<RequestError> Validate() => RequestValidation.Errors(
        FilingId is null ? new RequestError("filingId", "请填写备案编号（filingId）。") : null,
        ExamStart is null ? new RequestError("examStart", "请填写考核开始日期（examStart）。") : null);
}

/// <summary>The answer to a submitted assessment plan.</summary>
/// <param name="Id">The new assessment plan's id.</param>
/// <param name="InstanceId">The id of the plan workflow instance started for it.</param>
public sealed record PlanCreated(Guid Id, Guid InstanceId);
/// <summary>The answer to an announced exam.</summary>
/// <param name="InstanceId">The id of the workflow instance started for the exam announcement.</param>
/// <param name="SubmissionDeadline">Last day to submit, ISO yyyy-MM-dd.</param>
public sealed record ExamAnnounced(Guid InstanceId, string SubmissionDeadline);
