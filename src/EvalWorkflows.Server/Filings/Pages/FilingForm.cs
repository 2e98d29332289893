using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Files;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace EvalWorkflows.Server.Filings.Pages;

/// <summary>One row of 备案表 二「考核鉴定职业（工种）、等级」.</summary>
public sealed class ScopeRow
{
    [Display(Name = "职业编码")] public string? OccupationCode { get; set; }
    [Display(Name = "职业（工种）名称")] public string? OccupationName { get; set; }
    [Display(Name = "工种")] public string? WorkType { get; set; }
    [Display(Name = "考核鉴定等级")] public List<int> Levels { get; set; } = [];
    [Display(Name = "理论考场面积（㎡）")] public decimal TheoryAreaM2 { get; set; }
    [Display(Name = "理论考场座位数")] public int TheorySeats { get; set; }
    [Display(Name = "操作考场工位数")] public int PracticeStations { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(OccupationCode) && string.IsNullOrWhiteSpace(OccupationName) && Levels.Count == 0;
    public ScopeInput ToInput() => new(OccupationCode?.Trim(), OccupationName, WorkType, Levels, TheoryAreaM2, TheorySeats, PracticeStations);
}

/// <summary>One row of 备案表 七「人员配置情况」: an assessor.</summary>
public sealed class AssessorRow
{
    [Display(Name = "姓名")] public string? Name { get; set; }
    [Display(Name = "考评职业编码")] public string? OccupationCode { get; set; }
    [Display(Name = "职业资格等级或职称")] public int QualificationLevel { get; set; } = 3;
    [Display(Name = "本机构专职人员")] public bool OwnStaff { get; set; } = true;
    [Display(Name = "考评员证书编号")] public string? CertificateNo { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(OccupationCode);
    public AssessorInput ToInput() => new(Name, OccupationCode?.Trim(), QualificationLevel, OwnStaff, CertificateNo);
}

/// <summary>
/// The filing application as the portal's form holds it (000 附件1): the API's request in form-friendly shape.
/// Uploaded materials travel as the ids of stored files (kind → file id), so a redisplayed form keeps them.
/// </summary>
public sealed partial class FilingForm
{
    public List<ScopeRow> Scope { get; set; } = [new()];
    [Display(Name = "办公场所面积（㎡）")] public decimal OfficeAreaM2 { get; set; }
    [Display(Name = "场所自有或租赁年限（年）")] public decimal TenureYears { get; set; }
    [Display(Name = "办公场所详细地址")] public string? Address { get; set; }
    public List<AssessorRow> Assessors { get; set; } = [new()];
    public Dictionary<string, Guid> Files { get; set; } = [];

    public List<ScopeInput> ScopeInputs() => Scope.Where(s => !s.IsBlank).Select(s => s.ToInput()).ToList();
    public PremisesInput Premises() => new(OfficeAreaM2, TenureYears, Address);
    public List<AssessorInput> AssessorInputs() => Assessors.Where(a => !a.IsBlank).Select(a => a.ToInput()).ToList();
    public List<MaterialInput> Materials() =>
        MaterialKinds.All.Where(k => Files.ContainsKey(k.Code)).Select(k => new MaterialInput(k.Code, null, null, Files[k.Code])).ToList();

    public SubmitFilingRequest ToRequest() => new(ScopeInputs(), Premises(), AssessorInputs(), Materials());

    /// <summary>An assessor's qualification as the form offers it: 0 (senior professional title), then levels 1 to 5.</summary>
    public static readonly (int Value, string Name)[] Qualifications =
        [(0, "高级专业技术职务"), .. new[] { 1, 2, 3, 4, 5 }.Select(l => (l, Levels.Name(l)))];

    /// <summary>The filed application's sections as the form shows them, for correcting them after a correction notice.</summary>
    public static FilingForm Of(Filing filing) => new()
    {
        Scope = filing.Scope.Select(s => new ScopeRow
        {
            OccupationCode = s.OccupationCode, OccupationName = s.OccupationName, WorkType = s.WorkType, Levels = [.. s.Levels],
            TheoryAreaM2 = s.TheoryAreaM2, TheorySeats = s.TheorySeats, PracticeStations = s.PracticeStations,
        }).DefaultIfEmpty(new ScopeRow()).ToList(),
        OfficeAreaM2 = filing.Premises.OfficeAreaM2, TenureYears = filing.Premises.TenureYears, Address = filing.Premises.Address,
        Assessors = filing.Assessors.Select(a => new AssessorRow
        {
            Name = a.Name, OccupationCode = a.OccupationCode, QualificationLevel = a.QualificationLevel, OwnStaff = a.OwnStaff,
            CertificateNo = a.CertificateNo,
        }).DefaultIfEmpty(new AssessorRow()).ToList(),
    };

    /// <summary>
    /// Keeps each chosen file (inputs named <c>upload-KIND</c>) through <see cref="FileStore"/>: a stored file replaces the
    /// material's previous one and is added to <paramref name="shown"/>; a refused one is reported beside its input.
    /// </summary>
    public async Task StoreUploadsAsync(IFormFileCollection uploads, FileStore store, Guid institutionId, string? actor,
        ModelStateDictionary state, IDictionary<Guid, StoredFileInfo> shown, CancellationToken ct)
    {
        foreach (var upload in uploads.Where(f => f.Length > 0))
        {
            var kind = upload.Name.StartsWith("upload-", StringComparison.Ordinal) ? upload.Name["upload-".Length..] : null;
            if (MaterialKinds.Find(kind) is null) continue;
            await using var content = upload.OpenReadStream();
            var (saved, refusal) = await store.SaveAsync(institutionId, upload.FileName, content, actor, upload.Name, ct);
            if (refusal is not null) { state.AddModelError(upload.Name, refusal.Detail); continue; }
            Files[kind!] = saved!.Id;
            shown[saved.Id] = StoredFileInfo.Of(saved);
        }
    }

    /// <summary>The sections of the task list and what, if anything, is wrong with each (the API's own checks).</summary>
    public IReadOnlyList<(string Id, string Title, RequestError? Error, bool Started)> Sections() =>
    [
        ("premises", "办公场所", SubmitFilingRequest.ValidatePremises(Premises()), OfficeAreaM2 > 0 || !string.IsNullOrWhiteSpace(Address)),
        ("scope", "考核鉴定职业（工种）、等级", SubmitFilingRequest.ValidateScope(ScopeInputs()).FirstOrDefault(), ScopeInputs().Count > 0),
        ("assessors", "考评人员", SubmitFilingRequest.ValidateAssessors(AssessorInputs()).FirstOrDefault(), AssessorInputs().Count > 0),
        ("materials", "申请材料", null, Files.Count > 0),
    ];

    /// <summary>Where an API field (<c>scope[0].occupationCode</c>) lives in this form (<c>Form.Scope[0].OccupationCode</c>).</summary>
    public static string FieldOf(string? apiField, IReadOnlyList<ScopeRow>? scope = null)
    {
        if (string.IsNullOrEmpty(apiField)) return "";
        if (apiField.StartsWith("materials", StringComparison.Ordinal)) return "Form.Files";
        if (apiField == "premises") return "Form.OfficeAreaM2";
        return "Form." + Segment().Replace(apiField, m => m.Value.ToUpperInvariant());
    }

    [GeneratedRegex(@"(?<=^|\.)[a-z]")]
    private static partial Regex Segment();

    public static void AddError(ModelStateDictionary state, string? apiField, string detail) => state.AddModelError(FieldOf(apiField), detail);
}
