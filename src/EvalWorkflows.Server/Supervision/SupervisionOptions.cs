using System.ComponentModel.DataAnnotations;

namespace EvalWorkflows.Server.Supervision;

/// <summary>Where supervision escalations go (section <c>Supervision</c>).</summary>
public sealed class SupervisionOptions
{
    public const string Section = "Supervision";

    /// <summary>
    /// The quality supervisors' dispatching unit (派出单位, 001 art. 17–18): it receives overdue-report escalations,
    /// and reminders for supervisors who have no address of their own.
    /// </summary>
    [Required, EmailAddress]
    public string DispatchingUnitEmail { get; set; } = "dudao@jdzx.example.cn";
}
