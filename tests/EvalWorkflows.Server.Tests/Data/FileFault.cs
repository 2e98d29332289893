using System.Diagnostics;

namespace EvalWorkflows.Server.Tests.Data;

/// <summary>
/// Makes a SQLite database file and its WAL really read-only for a while: <c>chattr +i</c>, which holds even for
/// root (the tests run as root, where a plain chmod would change nothing). Dispose makes them writable again.
/// </summary>
public sealed class FileFault : IDisposable
{
    private readonly string[] _files;

    private FileFault(string database) => _files = [database, database + "-wal"];

    public static FileFault ReadOnly(string database)
    {
        var fault = new FileFault(database);
        Chattr("+i", fault._files);
        return fault;
    }

    /// <summary>The shell command that does the same, for a process outside the test (the SMTP server's hook).</summary>
    public static string ReadOnlyCommand(string database) => $"chattr +i '{database}' '{database}-wal'";

    public static void MakeWritable(string database) => Chattr("-i", [database, database + "-wal"]);

    public void Dispose() => Chattr("-i", _files);

    private static void Chattr(string flag, IEnumerable<string> files)
    {
        var existing = files.Where(File.Exists).ToList();
        if (existing.Count == 0) return; // nothing to protect: no file was made (the suite runs on PostgreSQL)
        var start = new ProcessStartInfo("chattr") { ArgumentList = { flag }, RedirectStandardError = true };
        foreach (var file in existing) start.ArgumentList.Add(file);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"chattr {flag} failed: {error}");
    }
}
