namespace EvalWorkflows.Server.Filings;

/// <summary>Where a filing stands, in the words an institution reads, and the tag colour that goes with it.</summary>
public static class FilingStatusText
{
    public static (string Text, string Tag) Of(FilingStatus status) => status switch
    {
        FilingStatus.Submitted => ("形式审查中", "info"),
        FilingStatus.CorrectionRequested => ("待补正", "warn"),
        FilingStatus.Accepted => ("已受理，审核中", "info"),
        FilingStatus.Filed => ("已备案", "ok"),
        FilingStatus.Refused => ("不予受理", "bad"),
        FilingStatus.Renewing => ("续期评估中", "info"),
        FilingStatus.Expired => ("已到期（存续期内）", "warn"),
        FilingStatus.Ended => ("已终止", "muted"),
        FilingStatus.Abandoned => ("逾期未补正，视为放弃", "muted"),
        _ => (status.ToString(), "muted"),
    };
}
