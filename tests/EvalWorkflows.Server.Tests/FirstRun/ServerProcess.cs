using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace EvalWorkflows.Server.Tests.FirstRun;

/// <summary>
/// The server as an operator runs it: <c>dotnet EvalWorkflows.Server.dll</c> in its own process on a free port, with
/// an empty SQLite file and a pickup mail folder in a temporary directory; its console output is collected.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];
    private readonly SemaphoreSlim _newLine = new(0);

    private readonly string[] _settings;
    private bool _keepDirectory;

    private ServerProcess(Process process, string directory, Uri address, string[] settings) =>
        (_process, Directory, Address, _settings) = (process, directory, address, settings);

    /// <summary>Where the database and the mail go.</summary>
    public string Directory { get; }
    public Uri Address { get; }

    public static Task<ServerProcess> StartAsync(params string[] settings) => StartInAsync(TemporaryDirectory(), settings);

    /// <summary>
    /// Kills this process and starts the server again on the same database, mail folder and settings, followed by
    /// <paramref name="changedSettings"/> (on the command line the last value of a key wins, e.g. a later Clock:Start).
    /// </summary>
    public async Task<ServerProcess> RestartAsync(params string[] changedSettings)
    {
        await KillAsync();
        await DisposeAsync();
        return await StartInAsync(Directory, [.. _settings, .. changedSettings]);
    }

    /// <summary>
    /// SIGKILL, as a crash or <c>kill -9</c> would: no shutdown, no flush, whatever was in flight is cut off. The
    /// directory stays for <see cref="RestartAsync"/>.
    /// </summary>
    public async Task KillAsync()
    {
        _keepDirectory = true;
        if (_process.HasExited) return;
        _process.Kill(entireProcessTree: true); // SIGKILL on Linux
        await _process.WaitForExitAsync();
    }

    private static async Task<ServerProcess> StartInAsync(string directory, string[] settings)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var server = Run(directory, ["--urls", address.ToString(), .. Settings(directory), .. settings]);
        var process = new ServerProcess(server, directory, address, settings);
        process.Collect();
        await process.WaitForLineAsync(new Regex("Application started"), TimeSpan.FromMinutes(3));
        return process;
    }

    /// <summary>Runs the server's command line once (e.g. create-admin) and returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunCommandAsync(string directory, IDictionary<string, string> environment, params string[] args)
    {
        using var process = Run(directory, [.. args, .. Settings(directory)], environment);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
        return (process.ExitCode, await stdout + await stderr);
    }

    public static string TemporaryDirectory() => System.IO.Directory.CreateTempSubdirectory("evalworkflows-process-").FullName;

    private static string[] Settings(string directory) =>
    [
        $"--ConnectionStrings:Default=Data Source={Path.Combine(directory, "server.db")}",
        $"--Mail:PickupDirectory={Path.Combine(directory, "mail")}",
        // The process runs as in production but is spoken to over plain HTTP on loopback.
        "--Auth:SecureCookies=false",
    ];

    private static Process Run(string directory, IEnumerable<string> args, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.ArgumentList.Add(ServerDll());
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        return Process.Start(start)!;
    }

    /// <summary>The server as built next to this test assembly's own configuration (…/src/EvalWorkflows.Server/bin/Debug/net10.0).</summary>
    private static string ServerDll()
    {
        var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var (framework, configuration) = (testBin.Name, testBin.Parent!.Name);
        var root = testBin.Parent!.Parent!.Parent!.Parent!.Parent!.FullName;
        var dll = Path.Combine(root, "src", "EvalWorkflows.Server", "bin", configuration, framework, "EvalWorkflows.Server.dll");
        Assert.True(File.Exists(dll), $"The server is not built at {dll}");
        return dll;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Collect()
    {
        foreach (var stream in new[] { _process.StandardOutput, _process.StandardError })
            _ = Task.Run(async () =>
            {
                while (await stream.ReadLineAsync() is { } line)
                {
                    lock (_output) _output.Add(line);
                    _newLine.Release();
                }
            });
    }

    public string Output
    {
        get { lock (_output) return string.Join('\n', _output); }
    }

    /// <summary>The first match of the pattern in the output, waiting for it to appear; fails with the output so far.</summary>
    public async Task<Match> WaitForLineAsync(Regex pattern, TimeSpan patience)
    {
        using var timeout = new CancellationTokenSource(patience);
        while (true)
        {
            if (pattern.Match(Output) is { Success: true } match) return match;
            if (_process.HasExited) Assert.Fail($"The server exited ({_process.ExitCode}) before writing /{pattern}/:\n{Output}");
            try { await _newLine.WaitAsync(TimeSpan.FromSeconds(1), timeout.Token); }
            catch (OperationCanceledException) { Assert.Fail($"No /{pattern}/ in the server's output:\n{Output}"); }
        }
    }

    /// <summary>A client of its own (cookies and connection); it waits as long as a clock advance over thousands of timers takes.</summary>
    public HttpClient Client() => new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
    {
        BaseAddress = Address,
        Timeout = TimeSpan.FromMinutes(10),
    };

    public async Task<HttpClient> SignInAsync(string userName, string password)
    {
        var client = Client();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName, password });
        Assert.True(response.IsSuccessStatusCode, $"{userName} could not sign in: {await response.Content.ReadAsStringAsync()}");
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        SqliteConnection.ClearAllPools();
        if (!_keepDirectory) System.IO.Directory.Delete(Directory, recursive: true);
    }
}
