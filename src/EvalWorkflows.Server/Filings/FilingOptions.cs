using System.ComponentModel.DataAnnotations;

namespace EvalWorkflows.Server.Filings;

/// <summary>
/// The addresses filing notices go to besides the institution, and the province's division code used in
/// institution codes. Bound from <c>Filings</c>; each one copied into the filing-acceptance instance by
/// <c>filing.received</c> so the BPMN names who receives what.
/// </summary>
public sealed class FilingOptions
{
    /// <summary>The filing clerks' mailbox (reminders about their own deadlines).</summary>
    [Required, EmailAddress] public string CentreEmail { get; set; } = "filing-office@centre.example.cn";
    /// <summary>Whoever supervises the filing office: escalations go there.</summary>
    [Required, EmailAddress] public string SupervisorEmail { get; set; } = "supervision@centre.example.cn";
    /// <summary>The provincial department: city filings are reported there (000 §四.1), levels 2/1 copied (003 §一(二)).</summary>
    [Required, EmailAddress] public string ProvinceEmail { get; set; } = "filings@province.example.cn";
    /// <summary>The province's 6-digit division code, standing for the province in institution codes.</summary>
    [Required, RegularExpression(@"^\d{6}$")] public string ProvinceCode { get; set; } = "370000";
}
