using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace EvalWorkflows.Server.Tests.Faults;

/// <summary>
/// A PostgreSQL database as a plain-SQL file and back, with the cluster's own pg_dump and psql (Debian's
/// postgresql package, the newest version installed, as tests/postgres-cluster.sh runs it): how a release's
/// PostgreSQL schema fixture is kept and restored.
/// </summary>
public static class PostgresDump
{
    private static readonly Lazy<string> Bin = new(() =>
        Path.GetDirectoryName(Directory.GetFiles("/usr/lib/postgresql", "pg_dump", SearchOption.AllDirectories)
            .OrderBy(f => int.Parse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(f)))!, CultureInfo.InvariantCulture)).Last())!);

    /// <summary>Writes the database <paramref name="connectionString"/> names to <paramref name="file"/>, without owners or grants.</summary>
    public static Task DumpAsync(string connectionString, string file) =>
        RunAsync("pg_dump", connectionString, "--format=plain", "--no-owner", "--no-privileges", $"--file={file}");

    /// <summary>Runs <paramref name="file"/> into the (empty) database <paramref name="connectionString"/> names; any error stops it.</summary>
    public static Task RestoreAsync(string connectionString, string file) =>
        RunAsync("psql", connectionString, "--quiet", "--no-psqlrc", "--set=ON_ERROR_STOP=1", "--output=/dev/null", $"--file={file}");

    private static async Task RunAsync(string tool, string connectionString, params string[] arguments)
    {
        var c = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(Path.Combine(Bin.Value, tool)) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        (start.Environment["PGHOST"], start.Environment["PGPORT"], start.Environment["PGUSER"], start.Environment["PGDATABASE"]) =
            (c.Host, c.Port.ToString(CultureInfo.InvariantCulture), c.Username, c.Database);
        if (c.Password is { } password) start.Environment["PGPASSWORD"] = password;
        using var process = Process.Start(start)!;
        var (output, errors) = (process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{tool} exited with {process.ExitCode}: {await errors}{await output}");
    }
}
