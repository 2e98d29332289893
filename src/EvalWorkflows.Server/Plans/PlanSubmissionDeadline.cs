using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Calendar;

namespace EvalWorkflows.Server.Plans;

/// <summary>
/// 考核计划提前5个工作日报送 — the plan reaches the centre at least 5 working days before the exam.
/// </summary>
public sealed class PlanSubmissionDeadline(WorkingDayCalendar calendar)
{
    // 002 §四(一) [000 §四.2, 001 art. 27]: plans are filed 5 working days before the exam — on time when adding
    // 5 working days to the submission date does not pass the exam start.
    public const int WorkingDays = 5;
    public const string Basis = "002 §四(一)";

    /// <summary>The first day an exam could start for a plan submitted on <paramref name="submittedOn"/>.</summary>
    public DateOnly EarliestExamDate(DateOnly submittedOn) => calendar.AddWorkingDays(submittedOn, WorkingDays).Value;

    public bool IsOnTime(DateOnly submittedOn, DateOnly examStart) => EarliestExamDate(submittedOn) <= examStart;

    /// <summary>
    /// The last day a plan for an exam starting <paramref name="examStart"/> is on time: the last calendar day d with
    /// <see cref="IsOnTime"/>(d, exam). Rest days right after the last working day count too — for an exam on Sunday
    /// 2025-03-23 a plan of Sunday 2025-03-16 is on time (5 working days later is 2025-03-21).
    /// </summary>
    public DateOnly LastSubmissionDay(DateOnly examStart)
    {
        // W working days back from the last working day on or before the exam: adding W gives that day, on time.
        var day = calendar.AddWorkingDays(examStart.AddDays(1), -(WorkingDays + 1)).Value;
        while (IsOnTime(day.AddDays(1), examStart)) day = day.AddDays(1);
        return day;
    }

    public Refusal? Check(DateOnly submittedOn, DateOnly examStart)
    {
        if (IsOnTime(submittedOn, examStart)) return null;
        var earliest = EarliestExamDate(submittedOn);
        return new Refusal("PLAN_LATE",
            $"考核计划须提前{WorkingDays}个工作日报送：{ChineseDates.Date(submittedOn)}报送的计划，考核最早可于{ChineseDates.DateWithWeekday(earliest)}开始，" +
            $"而计划的考核开始日期为{ChineseDates.DateWithWeekday(examStart)}。",
            "examStart", Basis, new Dictionary<string, object?> { ["earliestExamDate"] = IsoDate.Format(earliest) });
    }
}
