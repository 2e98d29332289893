using System.ComponentModel.DataAnnotations;
using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Calendar;
using EvalWorkflows.Server.Lifecycle;

namespace EvalWorkflows.Server.AnnualReports;

/// <summary>A yearly work summary as the institution submits it (outline of 003 annex 3).</summary>
/// <param name="FilingId">The filing the summary belongs to.</param>
/// <param name="Year">The year summarised.</param>
/// <param name="Overview">Overview of the year's work.</param>
/// <param name="Training">Training carried out.</param>
/// <param name="BatchesHeld">Assessment batches held.</param>
/// <param name="CandidatesAssessed">Candidates assessed.</param>
/// <param name="CandidatesPassed">Candidates who passed.</param>
/// <param name="CertificatesIssued">Certificates issued.</param>
/// <param name="Problems">Problems met and how they were handled.</param>
/// <param name="Plans">Plans for the next year's training and assessment work.</param>
public sealed record SubmitAnnualReport(Guid? FilingId, int? Year, [property: MaxLength(SubmitAnnualReport.Text)] string? Overview,
    [property: MaxLength(SubmitAnnualReport.Text)] string? Training, int BatchesHeld, int CandidatesAssessed, int CandidatesPassed,
    int CertificatesIssued, [property: MaxLength(SubmitAnnualReport.Text)] string? Problems, [property: MaxLength(SubmitAnnualReport.Text)] string? Plans) : IValidatedRequest
{
    /// <summary>003 annex 3 outlines a few pages per section.</summary>
    public const int Text = 10_000;

    public IEnumerable<RequestError> Validate()
    {
        if (FilingId is null) yield return new("filingId", "请填写备案编号（filingId）。");
        if (Year is null or < 2000 or > 2099) yield return new("year", "请填写总结所属年度（year，2000 至 2099）。");
        if (BatchesHeld < 0) yield return new("batchesHeld", "评价批次数不能为负数。");
        if (CandidatesAssessed < 0) yield return new("candidatesAssessed", "报考人数不能为负数。");
        if (CandidatesPassed < 0 || CandidatesPassed > CandidatesAssessed)
            yield return new("candidatesPassed", "合格人数不能为负数，也不能多于报考人数。");
        if (CertificatesIssued < 0) yield return new("certificatesIssued", "发放证书数不能为负数。");
        if (ValidationExtensions.Required(Plans, "plans", "下一步培训评价工作打算") is { } plans) yield return plans;
    }

    public AnnualReportContent ToContent() => new()
    {
        Overview = Overview?.Trim(), Training = Training?.Trim(), BatchesHeld = BatchesHeld,
        CandidatesAssessed = CandidatesAssessed, CandidatesPassed = CandidatesPassed, CertificatesIssued = CertificatesIssued,
        Problems = Problems?.Trim(), Plans = Plans!.Trim(),
    };
}

/// <summary>Whether a summary may be submitted today: inside its window, or before the resubmission deadline.</summary>
internal static class AnnualReportWindow
{
    // 003 §四(二): summaries are submitted 1–10 March; the window itself is computed in annual-report.bpmn and
    // recorded on the expected report, so this only compares today with what the workflow recorded.
    public const string Rule = "003 §四(二)";

    public static Refusal? RefusalFor(AnnualReport? report, int year, DateOnly today) => report switch
    {
        null => new Refusal("ANNUAL_REPORT_NOT_DUE", $"{year}年度工作总结尚未到报送时间（次年3月1日至10日报送）。", "year", Rule),
        { Status: AnnualReportStatus.Submitted or AnnualReportStatus.Accepted } =>
            Refusal.Conflict("ANNUAL_REPORT_DUPLICATE", $"{year}年度工作总结已经提交，请勿重复提交。", "year"),
        { Status: AnnualReportStatus.Returned } r when today > r.ResubmitDueOn => ResubmissionClosed(r, year),
        { Status: AnnualReportStatus.Returned } => null,
        { Status: AnnualReportStatus.Overdue, ResubmitDueOn: not null } r => ResubmissionClosed(r, year),
        { Status: AnnualReportStatus.Overdue } r => Closed(r, year),
        var r when today < r.WindowOpens => new Refusal("ANNUAL_WINDOW_NOT_OPEN",
            $"{year}年度工作总结的报送时间为{ChineseDates.Date(r.WindowOpens)}至{ChineseDates.Date(r.WindowCloses)}，尚未开始。", "year", Rule),
        var r when today > r.WindowCloses => Closed(r, year),
        _ => null,
    };

    private static Refusal ResubmissionClosed(AnnualReport r, int year) => new("ANNUAL_RESUBMISSION_CLOSED",
        $"退回修改的{year}年度工作总结应于{ChineseDates.Date(r.ResubmitDueOn!.Value)}前重新提交，已逾期。", "year", Rule);

    private static Refusal Closed(AnnualReport r, int year) => new("ANNUAL_WINDOW_CLOSED",
        $"{year}年度工作总结的报送时间为{ChineseDates.Date(r.WindowOpens)}至{ChineseDates.Date(r.WindowCloses)}，已截止。", "year", Rule);
}
