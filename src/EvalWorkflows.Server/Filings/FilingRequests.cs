using System.Text.RegularExpressions;
using EvalWorkflows.Server.Api;

namespace EvalWorkflows.Server.Filings;

public sealed record ScopeInput(string? OccupationCode, string? OccupationName, string? WorkType, List<int>? Levels,
    decimal TheoryAreaM2, int TheorySeats, int PracticeStations);

public sealed record PremisesInput(decimal OfficeAreaM2, decimal TenureYears, string? Address);

public sealed record AssessorInput(string? Name, string? OccupationCode, int QualificationLevel, bool OwnStaff, string? CertificateNo);

/// <summary>
/// One material: either an uploaded file (<see cref="FileId"/> from <c>POST /api/files</c>, whose stored name and
/// digest are used) or, for clients that keep files elsewhere, its name and digest.
/// </summary>
public sealed record MaterialInput(string? Kind, string? FileName, string? Digest, Guid? FileId = null);

/// <summary>A filing application (000 附件1; 001 第六条): scope, premises, assessors and the materials' metadata.</summary>
public sealed partial record SubmitFilingRequest(
    List<ScopeInput>? Scope, PremisesInput? Premises, List<AssessorInput>? Assessors, List<MaterialInput>? Materials)
    : IValidatedRequest
{
    public RequestError? Validate() =>
        ValidateScope(Scope)
        ?? (Premises is null ? new RequestError("premises", "请填写办公场所情况（premises）。") : ValidatePremises(Premises))
        ?? ValidateAssessors(Assessors)
        ?? ValidateMaterials(Materials, "materials");

    internal static RequestError? ValidateScope(List<ScopeInput>? scope) =>
        scope is null or [] ? new RequestError("scope", "请至少填写一个考核鉴定职业（工种）（scope）。")
            : scope.Select((s, i) => ValidateScope(s, $"scope[{i}]")).FirstOrDefault(e => e is not null);

    internal static RequestError? ValidatePremises(PremisesInput premises) =>
        premises.OfficeAreaM2 < 0 || premises.TenureYears < 0
            ? new RequestError("premises", "场所面积和使用年限不能为负数。") : null;

    internal static RequestError? ValidateAssessors(List<AssessorInput>? assessors) =>
        (assessors ?? []).Select((a, i) => ValidateAssessor(a, $"assessors[{i}]")).FirstOrDefault(e => e is not null);

    internal static RequestError? ValidateMaterials(List<MaterialInput>? materials, string field)
    {
        for (var i = 0; i < (materials?.Count ?? 0); i++)
        {
            var m = materials![i];
            if (MaterialKinds.Find(m.Kind) is null)
                return new($"{field}[{i}].kind", $"材料类型“{m.Kind}”不是备案材料（可选：{string.Join("、", MaterialKinds.All.Select(k => k.Code))}）。");
            if (m.FileId is null && string.IsNullOrWhiteSpace(m.FileName))
                return new($"{field}[{i}].fileName", "请上传材料文件（fileId）或填写文件名（fileName）。");
            if (materials.Take(i).Any(o => o.Kind == m.Kind))
                return new($"{field}[{i}].kind", $"材料“{m.Kind}”重复提交。");
        }
        return null;
    }

    private static RequestError? ValidateScope(ScopeInput s, string field) =>
        (!IsOccupationCode(s.OccupationCode)
            ? new RequestError($"{field}.occupationCode", $"职业编码“{s.OccupationCode}”格式不正确，应形如 6-18-01-01。") : null)
        ?? ValidationExtensions.Required(s.OccupationName, $"{field}.occupationName", "职业名称")
        ?? (s.Levels is null or [] || s.Levels.Any(l => l is < 1 or > 5) || s.Levels.Distinct().Count() != s.Levels.Count
            ? new RequestError($"{field}.levels", "鉴定等级应为1至5级（5=五级/初级工……1=一级/高级技师），且不重复。") : null)
        ?? (s.TheoryAreaM2 < 0 || s.TheorySeats < 0 || s.PracticeStations < 0
            ? new RequestError(field, "考场面积、座位数和工位数不能为负数。") : null);

    private static RequestError? ValidateAssessor(AssessorInput a, string field) =>
        ValidationExtensions.Required(a.Name, $"{field}.name", "考评人员姓名")
        ?? (!IsOccupationCode(a.OccupationCode)
            ? new RequestError($"{field}.occupationCode", $"职业编码“{a.OccupationCode}”格式不正确，应形如 6-18-01-01。") : null)
        ?? (a.QualificationLevel is < 0 or > 5
            ? new RequestError($"{field}.qualificationLevel", "考评人员等级应为0（高级职称）或1至5级。") : null);

    /// <summary>职业分类大典 codes: major group digit, then two-digit groups (6-18-01-01, optionally one more).</summary>
    public static bool IsOccupationCode(string? code) => code is not null && OccupationCode().IsMatch(code);

    [GeneratedRegex(@"^\d-\d{2}-\d{2}-\d{2}(-\d{2})?$")]
    private static partial Regex OccupationCode();
}

/// <summary>The corrected materials (and, where the notice asked, corrected form sections) after 000 §三.2.</summary>
public sealed record ResubmitFilingRequest(
    List<MaterialInput>? Materials, List<ScopeInput>? Scope, PremisesInput? Premises, List<AssessorInput>? Assessors)
    : IValidatedRequest
{
    public RequestError? Validate() =>
        (Materials is null or [] && Scope is null && Premises is null && Assessors is null
            ? new RequestError("materials", "请提交补正后的材料（materials）。") : null)
        ?? (Scope is null ? null : SubmitFilingRequest.ValidateScope(Scope))
        ?? (Premises is null ? null : SubmitFilingRequest.ValidatePremises(Premises))
        ?? SubmitFilingRequest.ValidateAssessors(Assessors)
        ?? SubmitFilingRequest.ValidateMaterials(Materials, "materials");
}
