using EvalWorkflows.Server.Institutions;

namespace EvalWorkflows.Server.Demo;

/// <summary>
/// One fictitious institution of the demo province: plausible names and addresses in Shandong's cities, mail at
/// example.cn, and a unified social credit code whose check character is valid.
/// </summary>
public sealed record DemoInstitution(
    string Name, string Kind, string City, string Division, string Address, string LegalRepresentative,
    string ContactName, string ContactPhone, string MailHost, string OrganisationCode, string OccupationCode,
    string OccupationName, string? WorkType = null)
{
    /// <summary>Registration authority and organisation type (GB 32100-2015) for each kind of institution.</summary>
    private string TypeCode => Kind switch
    {
        "enterprise" or "hrDepartmentCentre" => "91",
        "privateTrainingInstitution" => "52",
        "industryAssociation" => "51",
        _ => "12",
    };

    public string CreditCode
    {
        get
        {
            var first17 = TypeCode + Division + OrganisationCode;
            return first17 + UnifiedSocialCreditCode.CheckCharacter(first17);
        }
    }

    public string Email => $"contact@{MailHost}.example.cn";

    public object RegistrationBody() => new
    {
        name = Name, creditCode = CreditCode, kind = Kind, legalRepresentative = LegalRepresentative, address = Address,
        contactName = ContactName, contactPhone = ContactPhone, email = Email, authority = "province",
    };

    /// <summary>An application that meets the conditions of 003 附件1: levels 5–3, five own assessors, four materials.</summary>
    public object Application() => new
    {
        scope = new[]
        {
            new { occupationCode = OccupationCode, occupationName = OccupationName, workType = WorkType, levels = new[] { 5, 4, 3 },
                  theoryAreaM2 = 90, theorySeats = 40, practiceStations = 12 },
        },
        premises = new { officeAreaM2 = 65, tenureYears = 5, address = Address },
        assessors = AssessorNames(5).Select((name, i) => new
        {
            name, occupationCode = OccupationCode, qualificationLevel = 2, ownStaff = true, certificateNo = $"KP-{OrganisationCode[^4..]}-{i + 1:00}",
        }),
        materials = new[]
        {
            new { kind = "filing-form", fileName = "备案申请表.pdf", digest = $"{OrganisationCode}-form" },
            new { kind = "legal-status", fileName = "法人登记证书.pdf", digest = $"{OrganisationCode}-status" },
            new { kind = "management-rules", fileName = "评价管理制度.pdf", digest = $"{OrganisationCode}-rules" },
            new { kind = "premises-proof", fileName = "场地产权证明.pdf", digest = $"{OrganisationCode}-premises" },
        },
    };

    /// <summary>A level-4 batch with a panel of three assessors (001 art. 16).</summary>
    public object Plan(Guid filingId, string examStart, string examEnd, int candidates) => new
    {
        filingId, examStart, examEnd,
        occupations = new[] { new { occupationCode = OccupationCode, level = 4, candidates } },
        assessors = AssessorNames(3).Select(name => new { name, occupationCode = OccupationCode, qualificationLevel = 2 }),
    };

    /// <summary>Each institution its own panel, drawn from a pool of fictitious names.</summary>
    private IEnumerable<string> AssessorNames(int count) => NamePool.Skip((OrganisationCode[^1] - '0') % 4).Take(count);

    private static readonly string[] NamePool = ["赵立新", "钱文静", "孙国强", "周晓燕", "吴建华", "郑海波", "冯雪梅", "陈志远", "褚红霞"];
}

/// <summary>The twelve institutions of the demo province, one per city, each to be left in its own stage.</summary>
public static class DemoInstitutions
{
    public static readonly DemoInstitution AwaitingReview = new("济南泉信职业技能评价有限公司", "enterprise", "济南", "370102",
        "济南市历下区泉城路示范大厦18层", "宋立军", "刘晓红", "0531-55501001", "quanxin-skills", "MA3C8R001", "6-18-02-04", "焊工", "电焊工");
    public static readonly DemoInstitution InCorrection = new("青岛海岳职业培训学校", "privateTrainingInstitution", "青岛", "370212",
        "青岛市崂山区海岳路88号", "于海涛", "王璐", "0532-55501002", "haiyue-school", "MJD6G0002", "4-03-02-01", "中式烹调师");
    public static readonly DemoInstitution PlanUnderReview = new("淄博齐化职业技能评价中心有限公司", "enterprise", "淄博", "370303",
        "淄博市张店区齐化路200号", "孟庆华", "韩雪", "0533-55501003", "qihua-eval", "MA3C8R003", "6-11-01-03", "化工总控工");
    public static readonly DemoInstitution BatchAhead = new("烟台港城技师学院", "technicalSchool", "烟台", "370602",
        "烟台市芝罘区港城大道66号", "曲志刚", "姜楠", "0535-55501004", "gangcheng-tech", "495520004", "4-12-01-01", "汽车维修工");
    public static readonly DemoInstitution UnderSupervision = new("潍坊鸢都养老服务职业技能评价中心", "privateTrainingInstitution", "潍坊", "370702",
        "潍坊市潍城区鸢都路15号", "郭秀英", "张敏", "0536-55501005", "yuandu-care", "MJD6G0005", "4-10-01-05", "养老护理员");
    public static readonly DemoInstitution InPublicity = new("济宁运河职业培训学校", "privateTrainingInstitution", "济宁", "370811",
        "济宁市任城区运河路39号", "孔德明", "颜丽", "0537-55501006", "yunhe-school", "MJD6G0006", "4-10-01-02", "育婴员");
    public static readonly DemoInstitution SummaryOverdue = new("泰安岱宗机电职业技能评价有限公司", "enterprise", "泰安", "370902",
        "泰安市泰山区岱宗大街120号", "岳建国", "高飞", "0538-55501007", "daizong-jidian", "MA3C8R007", "6-31-01-03", "电工");
    public static readonly DemoInstitution InRenewalWindow = new("威海海滨职业技术学院", "university", "威海", "371002",
        "威海市环翠区海滨北路9号", "林海燕", "丛杰", "0631-55501008", "haibin-college", "495520008", "4-03-02-02", "中式面点师");
    public static readonly DemoInstitution UnderEvaluation = new("临沂沂蒙物流行业协会", "industryAssociation", "临沂", "371302",
        "临沂市兰山区沂蒙路302号", "厉永胜", "庄婷", "0539-55501009", "yimeng-logistics", "MJD6G0009", "4-02-06-03", "物流服务师");
    public static readonly DemoInstitution InGrace = new("德州太阳城职业技能评价有限公司", "enterprise", "德州", "371402",
        "德州市德城区太阳城路77号", "田振华", "邢悦", "0534-55501010", "taiyangcheng-eval", "MA3C8R010", "6-18-01-01", "车工");
    public static readonly DemoInstitution Ended = new("聊城水城美业职业培训学校", "privateTrainingInstitution", "聊城", "371502",
        "聊城市东昌府区水城路21号", "任秀兰", "马倩", "0635-55501011", "shuicheng-beauty", "MJD6G0011", "4-10-03-01", "美发师");
    public static readonly DemoInstitution BatchCompleted = new("滨州黄河三角洲人力资源服务中心", "hrDepartmentCentre", "滨州", "371602",
        "滨州市滨城区黄河五路500号", "薄文斌", "杜娟", "0543-55501012", "huanghe-hr", "MA3C8R012", "4-10-01-03", "保育师");

    public static readonly IReadOnlyList<DemoInstitution> All =
    [
        AwaitingReview, InCorrection, PlanUnderReview, BatchAhead, UnderSupervision, InPublicity,
        SummaryOverdue, InRenewalWindow, UnderEvaluation, InGrace, Ended, BatchCompleted,
    ];
}
