namespace EvalWorkflows.Server.Filings;

/// <summary>One condition a clerk sees beside the formal review: shown with pass/fail, never enforced.</summary>
/// <param name="Code">The check's stable code.</param>
/// <param name="Title">What the check looks at, in Chinese.</param>
/// <param name="Passed">Whether the application meets the condition.</param>
/// <param name="Detail">What was found, in Chinese.</param>
/// <param name="Basis">The legal basis key(s) of the condition, e.g. "000 附件1 注2；003 附件1 三".</param>
public sealed record FilingCheck(string Code, string Title, bool Passed, string Detail, string Basis);

/// <summary>
/// The general filing conditions of 003 附件1 (and 000 附件1 注2) and the pilot limits of 002 §二, evaluated over
/// what the application declares.
/// </summary>
public static class FilingChecks
{
    public const decimal MinOfficeAreaM2 = 50, MinTheoryAreaM2 = 60, MinTenureYears = 3;
    public const int MinTheorySeats = 30, MinPracticeStations = 10, MinOwnAssessors = 5, PilotMaxOccupations = 3;
    private const string Conditions = "003 附件1";

    public static IReadOnlyList<FilingCheck> Evaluate(Filing filing)
    {
        var p = filing.Premises;
        var checks = new List<FilingCheck>
        {
            // 003 附件1 三(一): the office is at least 50 m².
            new("OFFICE_AREA", "办公用房不少于50平方米", p.OfficeAreaM2 >= MinOfficeAreaM2,
                $"申报办公用房 {p.OfficeAreaM2} 平方米。", $"{Conditions} 三(一)"),
            // 000 附件1 注2; 003 附件1 三: premises owned or usable for at least 3 years.
            new("PREMISES_TENURE", "场所具有所有权或3年以上使用权", p.TenureYears >= MinTenureYears,
                $"申报场所使用年限 {p.TenureYears} 年。", "000 附件1 注2；003 附件1 三"),
        };
        foreach (var s in filing.Scope) checks.AddRange(ScopeChecks(s, filing.Assessors));
        checks.AddRange(PilotChecks(filing));
        return checks;
    }

    private static IEnumerable<FilingCheck> ScopeChecks(ScopeItem s, List<Assessor> assessors)
    {
        var name = $"{s.OccupationName}（{s.OccupationCode}）";
        // 003 附件1 三(二): theory exams need at least 60 m² and 30 seats per occupation.
        yield return new("THEORY_AREA", $"{name}理论考场不少于60平方米", s.TheoryAreaM2 >= MinTheoryAreaM2,
            $"申报 {s.TheoryAreaM2} 平方米。", $"{Conditions} 三(二)");
        yield return new("THEORY_SEATS", $"{name}理论考场不少于30个考位", s.TheorySeats >= MinTheorySeats,
            $"申报 {s.TheorySeats} 个考位。", $"{Conditions} 三(二)");
        // 003 附件1 三(三): in principle at least 10 practice stations per occupation.
        yield return new("PRACTICE_STATIONS", $"{name}操作考核工位不少于10个", s.PracticeStations >= MinPracticeStations,
            $"申报 {s.PracticeStations} 个工位。", $"{Conditions} 三(三)");
        // 003 附件1 四: at least 5 own assessors per occupation (work type) and level; an assessor counts for a level
        // when qualified at it or above (1 = 高级技师, 0 = senior title).
        foreach (var level in s.Levels)
        {
            var own = assessors.Count(a => a.OwnStaff && a.OccupationCode == s.OccupationCode && a.QualificationLevel <= level);
            yield return new("OWN_ASSESSORS", $"{name}{level}级自有考评人员不少于5人", own >= MinOwnAssessors,
                $"符合条件的自有考评人员 {own} 人。", $"{Conditions} 四");
        }
    }

    /// <summary>002 §二: a social training evaluation organisation in the pilot files ≤3 occupations, levels 5/4/3 only.</summary>
    private static IEnumerable<FilingCheck> PilotChecks(Filing filing)
    {
        const string note = "仅适用于参加职业技能等级认定试点的社会培训评价组织。";
        var count = filing.Scope.Select(s => s.OccupationCode).Distinct().Count();
        yield return new("PILOT_OCCUPATIONS", "试点评价职业（工种）不超过3个", count <= PilotMaxOccupations,
            $"申报 {count} 个职业（工种）。{note}", "002 §二");
        var high = filing.Scope.SelectMany(s => s.Levels).Where(l => l < 3).Distinct().Order().ToList();
        yield return new("PILOT_LEVELS", "试点等级限于五级、四级、三级", high.Count == 0,
            high.Count == 0 ? $"申报等级均在五级至三级之内。{note}" : $"申报了{string.Join("、", high.Select(l => $"{l}级"))}。{note}",
            "002 §二");
    }
}
