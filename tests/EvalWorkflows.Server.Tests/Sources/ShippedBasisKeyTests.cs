using System.Text.RegularExpressions;
using EvalWorkflows.Server.Sources;

namespace EvalWorkflows.Server.Tests.Sources;

/// <summary>
/// Workflows' bases are checked at deploy; the bases written in C# (filing checks, materials, rules) are checked here:
/// each must be a part of a shipped legal source, or pages would show the bare key instead of the citation.
/// </summary>
public sealed partial class ShippedBasisKeyTests
{
    [Fact]
    public void Every_basis_key_in_the_servers_code_is_a_part_of_a_shipped_legal_source()
    {
        var known = ShippedSources.Sources.SelectMany(s => s.Parts).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var server = Path.Combine(RepositoryRoot(), "src", "EvalWorkflows.Server");
        var unknown = new List<string>();
        var seen = 0;
        foreach (var file in Directory.EnumerateFiles(server, "*.cs", SearchOption.AllDirectories)
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}")
                                 && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")
                                 && !f.Contains("Migrations")))
        foreach (Match literal in BasisLiteral().Matches(File.ReadAllText(file)))
        foreach (var key in LegalSourceRegistry.Keys(literal.Groups[1].Value))
        {
            seen++;
            if (!known.Contains(key)) unknown.Add($"{Path.GetFileName(file)}: {key}");
        }
        Assert.True(seen > 30, $"only {seen} basis keys found: the scan no longer sees the code");
        Assert.True(unknown.Count == 0, "Keys not in Sources/Data/legal-sources.json:\n" + string.Join("\n", unknown.Distinct()));
    }

    /// <summary>A string literal that starts like a basis key: "000 §三.2", "003 附件1 三", "001 art. 9；…".</summary>
    [GeneratedRegex("\"(00\\d (?:§|art\\.|附件|第)[^\"{}]*)\"")]
    private static partial Regex BasisLiteral();

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EvalWorkflows.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("The repository root was not found above " + AppContext.BaseDirectory);
    }
}
