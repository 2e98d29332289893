using System.Text.Json;
using System.Net.Mail;
using System.Text.RegularExpressions;
using EvalWorkflows.Server.Api;

namespace EvalWorkflows.Server.Institutions;

public sealed partial record CreateInstitutionRequest(
    string? Name, string? CreditCode, string? Kind, string? LegalRepresentative, string? Address,
    string? ContactName, string? ContactPhone, string? Email, string? Authority) : IValidatedRequest
{
    public RequestError? Validate() => Errors().FirstOrDefault();

    /// <summary>Every field in error, in form order: the API answers with the first, the page shows them all.</summary>
    public IEnumerable<RequestError> Errors()
    {
        RequestError?[] errors =
        [
            ValidationExtensions.Required(Name, "name", "机构名称"),
            UnifiedSocialCreditCode.Check(CreditCode) is { } why ? new RequestError("creditCode", why) : null,
            ParsedKind is null
                ? new RequestError("kind", "机构类型（kind）应为 enterprise、industryAssociation、university、technicalSchool、privateTrainingInstitution、hrDepartmentCentre 或 other。")
                : null,
            ValidationExtensions.Required(LegalRepresentative, "legalRepresentative", "法定代表人"),
            ValidationExtensions.Required(Address, "address", "地址"),
            ValidationExtensions.Required(ContactName, "contactName", "联系人"),
            ValidationExtensions.Required(ContactPhone, "contactPhone", "联系电话"),
            IsEmail(Email) ? null : new RequestError("email", "电子邮箱格式不正确（email）。"),
            IsAuthority(Authority) ? null
                : new RequestError("authority", "备案机关应为“province”（省级）或设区的市的6位行政区划代码（authority）。"),
        ];
        return errors.OfType<RequestError>();
    }

    public InstitutionKind? ParsedKind =>
        Enum.TryParse<InstitutionKind>(Kind, ignoreCase: true, out var k) && !int.TryParse(Kind, out _) ? k : null;

    private static bool IsEmail(string? value) =>
        !string.IsNullOrWhiteSpace(value) && MailAddress.TryCreate(value.Trim(), out var a) && a.Address == value.Trim()
        && a.Host.Contains('.');

    /// <summary>000 §三.1, 003 §一: an institution files with the province or with a city (division code).</summary>
    public static bool IsAuthority(string? value) => value == Institution.ProvinceAuthority || value is not null && CityCode().IsMatch(value);

    [GeneratedRegex(@"^\d{6}$")]
    private static partial Regex CityCode();
}

public sealed record CreatedInstitution(Guid Id, string UserName, string Password);

public sealed record InstitutionView(
    Guid Id, string Name, string CreditCode, string Kind, string LegalRepresentative, string Address,
    string ContactName, string ContactPhone, string Email, string Authority, string? UserName, DateTimeOffset CreatedAt)
{
    public static InstitutionView Of(Institution i) => new(i.Id, i.Name, i.CreditCode, JsonNamingPolicy.CamelCase.ConvertName(i.Kind.ToString()), i.LegalRepresentative,
        i.Address, i.ContactName, i.ContactPhone, i.Email, i.Authority, i.UserName, i.CreatedAt);
}
