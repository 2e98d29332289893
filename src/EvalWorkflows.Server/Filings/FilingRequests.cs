using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using EvalWorkflows.Server.Api;

namespace EvalWorkflows.Server.Filings;

/// <summary>One occupation (and work type) the institution applies to assess, with its levels and rooms.</summary>
/// <param name="OccupationCode">职业分类大典 code, e.g. 6-18-01-01.</param>
/// <param name="OccupationName">The occupation's name in the catalogue.</param>
/// <param name="WorkType">The work type (工种) within the occupation, if any.</param>
/// <param name="Levels">Levels 1 (一级/高级技师) to 5 (五级/初级工), each once.</param>
/// <param name="TheoryAreaM2">Floor area of the theory exam room, m².</param>
/// <param name="TheorySeats">Seats in the theory exam room.</param>
/// <param name="PracticeStations">Practical exam stations.</param>
public sealed record ScopeInput(
    [property: MaxLength(20)] string? OccupationCode, [property: MaxLength(100)] string? OccupationName,
    [property: MaxLength(100)] string? WorkType, [property: MaxLength(5)] List<int>? Levels,
    decimal TheoryAreaM2, int TheorySeats, int PracticeStations);

/// <summary>The office premises (000 annex 1).</summary>
/// <param name="OfficeAreaM2">Office floor area, m².</param>
/// <param name="TenureYears">Years the premises are owned or leased for.</param>
/// <param name="Address">Where the premises are.</param>
public sealed record PremisesInput(decimal OfficeAreaM2, decimal TenureYears, [property: MaxLength(500)] string? Address);

/// <summary>An assessor (考评人员) the institution relies on.</summary>
/// <param name="Name">The assessor's name.</param>
/// <param name="OccupationCode">The occupation the assessor is qualified in.</param>
/// <param name="QualificationLevel">0 (senior professional title) or level 1 to 5.</param>
/// <param name="OwnStaff">Whether the assessor is the institution's own staff.</param>
/// <param name="CertificateNo">The assessor's certificate number.</param>
public sealed record AssessorInput(
    [property: MaxLength(100)] string? Name, [property: MaxLength(20)] string? OccupationCode, int QualificationLevel,
    bool OwnStaff, [property: MaxLength(100)] string? CertificateNo);

/// <summary>
/// One material: either an uploaded file (<see cref="FileId"/> from <c>POST /api/files</c>, whose stored name and
/// digest are used) or, for clients that keep files elsewhere, its name and digest.
/// </summary>
/// <param name="Kind">The material kind's code (see MaterialKinds).</param>
/// <param name="FileName">The file's name; taken from the stored upload when <paramref name="FileId"/> is given.</param>
/// <param name="Digest">The file's SHA-256 digest, hex; taken from the stored upload when <paramref name="FileId"/> is given.</param>
/// <param name="FileId">An upload's id from <c>POST /api/files</c>.</param>
public sealed record MaterialInput([property: MaxLength(50)] string? Kind, [property: MaxLength(260)] string? FileName,
    [property: MaxLength(128)] string? Digest, Guid? FileId = null);

/// <summary>A filing application (000 附件1; 001 第六条): scope, premises, assessors and the materials' metadata.</summary>
/// <param name="Scope">The occupations applied for (at least one).</param>
/// <param name="Premises">The office premises.</param>
/// <param name="Assessors">The assessors.</param>
/// <param name="Materials">The materials' metadata, one per kind.</param>
public sealed partial record SubmitFilingRequest(
    [property: MaxLength(SubmitFilingRequest.MaxScope)] List<ScopeInput>? Scope, PremisesInput? Premises,
    [property: MaxLength(SubmitFilingRequest.MaxAssessors)] List<AssessorInput>? Assessors,
    [property: MaxLength(SubmitFilingRequest.MaxMaterials)] List<MaterialInput>? Materials)
    : IValidatedRequest
{
    public const int MaxScope = 100, MaxAssessors = 500, MaxMaterials = 50;

    public IEnumerable<RequestError> Validate() =>
        ValidateScope(Scope)
        .Concat(RequestValidation.Errors(Premises is null ? new RequestError("premises", "请填写办公场所情况（premises）。") : ValidatePremises(Premises)))
        .Concat(ValidateAssessors(Assessors))
        .Concat(ValidateMaterials(Materials, "materials"));

    internal static IEnumerable<RequestError> ValidateScope(List<ScopeInput>? scope) =>
        scope is null or [] ? [new RequestError("scope", "请至少填写一个考核鉴定职业（工种）（scope）。")]
            : scope.SelectMany((s, i) => ValidateScope(s, $"scope[{i}]"));

    internal static RequestError? ValidatePremises(PremisesInput premises) =>
        premises.OfficeAreaM2 < 0 || premises.TenureYears < 0
            ? new RequestError("premises", "场所面积和使用年限不能为负数。") : null;

    internal static IEnumerable<RequestError> ValidateAssessors(List<AssessorInput>? assessors) =>
        (assessors ?? []).SelectMany((a, i) => ValidateAssessor(a, $"assessors[{i}]"));

    internal static IEnumerable<RequestError> ValidateMaterials(List<MaterialInput>? materials, string field)
    {
        for (var i = 0; i < (materials?.Count ?? 0); i++)
        {
            var m = materials![i];
            if (MaterialKinds.Find(m.Kind) is null)
                yield return new($"{field}[{i}].kind", $"材料类型“{m.Kind}”不是备案材料（可选：{string.Join("、", MaterialKinds.All.Select(k => k.Code))}）。");
            else if (materials.Take(i).Any(o => o.Kind == m.Kind))
                yield return new($"{field}[{i}].kind", $"材料“{m.Kind}”重复提交。");
            if (m.FileId is null && string.IsNullOrWhiteSpace(m.FileName))
                yield return new($"{field}[{i}].fileName", "请上传材料文件（fileId）或填写文件名（fileName）。");
        }
    }

    private static IEnumerable<RequestError> ValidateScope(ScopeInput s, string field) => RequestValidation.Errors(
        !IsOccupationCode(s.OccupationCode)
            ? new RequestError($"{field}.occupationCode", $"职业编码“{s.OccupationCode}”格式不正确，应形如 6-18-01-01。") : null,
        ValidationExtensions.Required(s.OccupationName, $"{field}.occupationName", "职业名称"),
        s.Levels is null or [] || s.Levels.Any(l => l is < 1 or > 5) || s.Levels.Distinct().Count() != s.Levels.Count
            ? new RequestError($"{field}.levels", "鉴定等级应为1至5级（5=五级/初级工……1=一级/高级技师），且不重复。") : null,
        s.TheoryAreaM2 < 0 || s.TheorySeats < 0 || s.PracticeStations < 0
            ? new RequestError(field, "考场面积、座位数和工位数不能为负数。") : null);

    private static IEnumerable<RequestError> ValidateAssessor(AssessorInput a, string field) => RequestValidation.Errors(
        ValidationExtensions.Required(a.Name, $"{field}.name", "考评人员姓名"),
        !IsOccupationCode(a.OccupationCode)
            ? new RequestError($"{field}.occupationCode", $"职业编码“{a.OccupationCode}”格式不正确，应形如 6-18-01-01。") : null,
        a.QualificationLevel is < 0 or > 5
            ? new RequestError($"{field}.qualificationLevel", "考评人员等级应为0（高级职称）或1至5级。") : null);

    /// <summary>职业分类大典 codes: major group digit, then two-digit groups (6-18-01-01, optionally one more).</summary>
    public static bool IsOccupationCode(string? code) => code is not null && OccupationCode().IsMatch(code);

    [GeneratedRegex(@"^\d-\d{2}-\d{2}-\d{2}(-\d{2})?$")]
    private static partial Regex OccupationCode();
}

/// <summary>The corrected materials (and, where the notice asked, corrected form sections) after 000 §三.2.</summary>
/// <param name="Materials">The corrected materials' metadata.</param>
/// <param name="Scope">The corrected scope, where the notice asked for it.</param>
/// <param name="Premises">The corrected premises, where the notice asked for them.</param>
/// <param name="Assessors">The corrected assessors, where the notice asked for them.</param>
public sealed record ResubmitFilingRequest(
    [property: MaxLength(SubmitFilingRequest.MaxMaterials)] List<MaterialInput>? Materials,
    [property: MaxLength(SubmitFilingRequest.MaxScope)] List<ScopeInput>? Scope, PremisesInput? Premises,
    [property: MaxLength(SubmitFilingRequest.MaxAssessors)] List<AssessorInput>? Assessors)
    : IValidatedRequest
{
    public IEnumerable<RequestError> Validate() =>
        RequestValidation.Errors(
            Materials is null or [] && Scope is null && Premises is null && Assessors is null
                ? new RequestError("materials", "请提交补正后的材料（materials）。") : null,
            Premises is null ? null : SubmitFilingRequest.ValidatePremises(Premises))
        .Concat(Scope is null ? [] : SubmitFilingRequest.ValidateScope(Scope))
        .Concat(SubmitFilingRequest.ValidateAssessors(Assessors))
        .Concat(SubmitFilingRequest.ValidateMaterials(Materials, "materials"));
}
