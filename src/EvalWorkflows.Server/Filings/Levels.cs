namespace EvalWorkflows.Server.Filings;

/// <summary>技能等级 — skill levels: 5 = 五级/初级工, 4 = 四级/中级工, 3 = 三级/高级工, 2 = 二级/技师, 1 = 一级/高级技师.</summary>
public static class Levels
{
    private static readonly string[] Names = ["", "一级/高级技师", "二级/技师", "三级/高级工", "四级/中级工", "五级/初级工"];

    public static string Name(int level) => level is >= 1 and <= 5 ? Names[level] : $"{level}级";

    public static string Describe(IEnumerable<int> levels) => string.Join("、", levels.OrderDescending().Select(Name));

    /// <summary>003 §一(二), §二: technician levels (2 and 1) are copied to the province.</summary>
    public static bool IsTechnician(int level) => level is 1 or 2;
}
