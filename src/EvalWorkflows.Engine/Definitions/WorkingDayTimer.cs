using System.Globalization;
using System.Xml.Linq;
using static EvalWorkflows.Engine.Definitions.BpmnNames;

namespace EvalWorkflows.Engine.Definitions;

/// <summary>
/// A timer described by attributes instead of an expression, so that a form (the studio's element template) can
/// change it: <c>ew:dueFrom</c> (a variable holding a date), <c>ew:workingDays</c> (working days from it, negative
/// = before) and <c>ew:at</c> (a time of day, HH:mm). The parser turns them into the one timeDate expression the
/// engine already runs, <c>at(add_working_days(dueFrom, workingDays), "at")</c>, so nothing downstream changes.
/// </summary>
internal static class WorkingDayTimer
{
    private static readonly string[] Names = ["dueFrom", "workingDays", "at"];

    /// <summary>The working-day attributes present on an event, keyed by their written name (ew:dueFrom…).</summary>
    public static Dictionary<string, string> Attributes(XElement el) =>
        Names.Where(n => el.Attribute(Ew + n) is not null)
            .ToDictionary(n => "ew:" + n, n => ((string)el.Attribute(Ew + n)!).Trim());

    /// <summary>The timeDate expression the attributes stand for; null (with a problem added) when they cannot.</summary>
    public static string? TimeDate(Dictionary<string, string> given, bool hasTimeDate, string id, string local, List<DefinitionProblem> problems)
    {
        var before = problems.Count;
        void Refuse(string detail) => problems.Add(new(id, local, detail));
        if (hasTimeDate) Refuse("定时器不能同时设置 timeDate 与 ew:dueFrom/ew:workingDays/ew:at，请只保留一种写法。");
        var missing = Names.Select(n => "ew:" + n).Where(n => !given.ContainsKey(n) || given[n].Length == 0).ToList();
        if (missing.Count > 0) Refuse($"按工作日设置的定时器缺少 {string.Join("、", missing)}（需同时设置 ew:dueFrom、ew:workingDays、ew:at）。");
        var dueFrom = given.GetValueOrDefault("ew:dueFrom", "");
        var days = given.GetValueOrDefault("ew:workingDays", "");
        var at = given.GetValueOrDefault("ew:at", "");
        if (dueFrom.Length > 0 && !DefinitionValidator.VariableName().IsMatch(dueFrom))
            Refuse($"ew:dueFrom“{dueFrom}”不是合法的变量名（字母或下划线开头，只含字母、数字、下划线）。");
        if (days.Length > 0 && !int.TryParse(days, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
            Refuse($"ew:workingDays“{days}”不是整数（负数表示之前的工作日，例如 -2）。");
        if (at.Length > 0 && !TimeOnly.TryParseExact(at, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            Refuse($"ew:at“{at}”不是有效的时刻（24 小时制 HH:mm，例如 09:00）。");
        if (problems.Count > before) return null;
        return $"at(add_working_days({dueFrom}, {int.Parse(days, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)}), \"{at}\")";
    }
}
