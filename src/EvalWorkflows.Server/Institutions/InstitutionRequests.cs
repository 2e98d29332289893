using System.Text.Json;
using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Notices;

namespace EvalWorkflows.Server.Institutions;

/// <summary>An institution as a clerk registers it, with the contact its notices go to.</summary>
/// <param name="Name">The institution's registered name.</param>
/// <param name="CreditCode">统一社会信用代码: 18 characters with a check character (GB 32100-2015).</param>
/// <param name="Kind">enterprise, industryAssociation, university, technicalSchool, privateTrainingInstitution, hrDepartmentCentre or other.</param>
/// <param name="LegalRepresentative">The legal representative's name.</param>
/// <param name="Address">The registered address.</param>
/// <param name="ContactName">The contact person notices are addressed to.</param>
/// <param name="ContactPhone">The contact person's phone.</param>
/// <param name="Email">Where notices are sent; checked by the rule delivery applies (NoticeAddress).</param>
/// <param name="Authority">"province", or the 6-digit division code of the city the institution files with.</param>
public sealed partial record CreateInstitutionRequest(
    [property: MaxLength(200)] string? Name, [property: MaxLength(18)] string? CreditCode, [property: MaxLength(50)] string? Kind,
    [property: MaxLength(100)] string? LegalRepresentative, [property: MaxLength(500)] string? Address,
    [property: MaxLength(100)] string? ContactName, [property: MaxLength(50)] string? ContactPhone,
    [property: MaxLength(NoticeAddress.MaxLength)] string? Email, [property: MaxLength(10)] string? Authority) : IValidatedRequest
{
    public IEnumerable<RequestError> Validate() => RequestValidation.Errors(
        ValidationExtensions.Required(Name, "name", "机构名称"),
        UnifiedSocialCreditCode.Check(CreditCode) is { } why ? new RequestError("creditCode", why) : null,
        ParsedKind is null
            ? new RequestError("kind", "机构类型（kind）应为 enterprise、industryAssociation、university、technicalSchool、privateTrainingInstitution、hrDepartmentCentre 或 other。")
            : null,
        ValidationExtensions.Required(LegalRepresentative, "legalRepresentative", "法定代表人"),
        ValidationExtensions.Required(Address, "address", "地址"),
        ValidationExtensions.Required(ContactName, "contactName", "联系人"),
        ValidationExtensions.Required(ContactPhone, "contactPhone", "联系电话"),
        NoticeAddress.Check(Email, "email"),
        IsAuthority(Authority) ? null
            : new RequestError("authority", "备案机关应为“province”（省级）或设区的市的6位行政区划代码（authority）。"));

    /// <summary>Every field in error, in form order (the registration page shows them all beside their fields).</summary>
    public IEnumerable<RequestError> Errors() => Validate();

    [System.Text.Json.Serialization.JsonIgnore]
    public InstitutionKind? ParsedKind =>
        Enum.TryParse<InstitutionKind>(Kind, ignoreCase: true, out var k) && !int.TryParse(Kind, out _) ? k : null;

    /// <summary>000 §三.1, 003 §一: an institution files with the province or with a city (division code).</summary>
    public static bool IsAuthority(string? value) => value == Institution.ProvinceAuthority || value is not null && CityCode().IsMatch(value);

    [GeneratedRegex(@"^\d{6}$")]
    private static partial Regex CityCode();
}

/// <summary>The answer to a registered institution.</summary>
/// <param name="Id">The new institution's id.</param>
/// <param name="UserName">The user name of the institution's login.</param>
/// <param name="Password">The login's random initial password, shown only in this answer.</param>
public sealed record CreatedInstitution(Guid Id, string UserName, string Password);

/// <summary>An institution as staff see it.</summary>
/// <param name="Id">The institution's id.</param>
/// <param name="Name">The institution's registered name.</param>
/// <param name="CreditCode">统一社会信用代码, 18 characters.</param>
/// <param name="Kind">enterprise, industryAssociation, university, technicalSchool, privateTrainingInstitution, hrDepartmentCentre or other.</param>
/// <param name="LegalRepresentative">The legal representative's name.</param>
/// <param name="Address">The registered address.</param>
/// <param name="ContactName">The contact person notices are addressed to.</param>
/// <param name="ContactPhone">The contact person's phone.</param>
/// <param name="Email">Where notices are sent.</param>
/// <param name="Authority">"province", or the 6-digit division code of the city the institution files with.</param>
/// <param name="UserName">The user name of the institution's login; null if it has none.</param>
/// <param name="CreatedAt">When the institution was registered, an instant with offset.</param>
public sealed record InstitutionView(
    Guid Id, string Name, string CreditCode, string Kind, string LegalRepresentative, string Address,
    string ContactName, string ContactPhone, string Email, string Authority, string? UserName, DateTimeOffset CreatedAt)
{
    public static InstitutionView Of(Institution i) => new(i.Id, i.Name, i.CreditCode, JsonNamingPolicy.CamelCase.ConvertName(i.Kind.ToString()), i.LegalRepresentative,
        i.Address, i.ContactName, i.ContactPhone, i.Email, i.Authority, i.UserName, i.CreatedAt);
}
