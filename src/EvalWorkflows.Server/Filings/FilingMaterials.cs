namespace EvalWorkflows.Server.Filings;

/// <summary>
/// One submitted material (its metadata: the file travels separately). <see cref="Version"/> is the submission
/// in which it last changed, so a later review can tell what the institution touched after a correction notice.
/// </summary>
public sealed class FilingMaterial
{
    /// <summary>The material kind's code (see MaterialKinds).</summary>
    public required string Kind { get; set; }
    /// <summary>The file's name.</summary>
    public required string FileName { get; set; }
    /// <summary>Content digest (e.g. SHA-256 hex) as the upload reported it; used to tell a changed file.</summary>
    public string? Digest { get; set; }
    /// <summary>The submission version in which the material last changed (1 = first submission).</summary>
    public int Version { get; set; } = 1;
    /// <summary>The uploaded file (<c>/files/{id}</c>), when the material was uploaded rather than described.</summary>
    public Guid? FileId { get; set; }

    /// <summary>fileName|digest, compared to tell a changed material.</summary>
    public string Fingerprint => $"{FileName}|{Digest}";
}

/// <summary>A kind of material the notices ask for, with its Chinese title and where it is required.</summary>
public sealed record MaterialKind(string Code, string Title, string Basis);

/// <summary>The materials of a filing application, after 000 §二 and annex 1, 001 art. 6 and 003 annex 1.</summary>
public static class MaterialKinds
{
    public static readonly IReadOnlyList<MaterialKind> All =
    [
        new("filing-form", "职业技能考核鉴定机构备案表（申请表）", "000 §二 附件1；001 第六条（一）"),
        new("legal-status", "营业执照或事业单位法人证书", "000 附件1；003 附件1"),
        new("management-rules", "技能鉴定机构管理制度", "000 §二"),
        new("work-procedures", "考核鉴定工作流程、考务规程及质量管理制度", "000 §二；001 第六条（三）"),
        new("assessment-schemes", "考核方案、试题来源等资料（按职业分别描述）", "001 第六条（二）"),
        new("staff-rules", "考务管理人员、考评人员、督导人员及专家队伍使用管理办法", "001 第六条（四）"),
        new("certificate-rules", "职业资格证书核发与管理制度", "001 第六条（五）"),
        new("premises-proof", "场地产权证明或3年以上租赁合同", "000 附件1 注2；003 附件1"),
        new("assessor-roster", "考评人员名册及证书", "000 附件1 七（二）；003 附件1"),
        new("establishment-consent", "同意设立鉴定机构的相关材料（国家部门及行业组织设立的）", "000 §二"),
    ];

    /// <summary>The parts of the form itself a correction item may point at instead of a material.</summary>
    public static readonly IReadOnlyDictionary<string, string> FormSections = new Dictionary<string, string>
    {
        ["scope"] = "考核鉴定职业（工种）、等级",
        ["premises"] = "办公场所及考场",
        ["assessors"] = "考评人员配置",
    };

    public static MaterialKind? Find(string? code) => All.FirstOrDefault(k => k.Code == code);

    public static string TitleOf(string target) =>
        Find(target)?.Title ?? FormSections.GetValueOrDefault(target) ?? target;
}
