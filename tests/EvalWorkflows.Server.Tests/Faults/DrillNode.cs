using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EvalWorkflows.Server.Tests.FirstRun;
using EvalWorkflows.Server.Tests.Notices;
using EvalWorkflows.Server.Tests.Support;

namespace EvalWorkflows.Server.Tests.Faults;

/// <summary>The fault tests run one at a time: each drives real server processes and wants the machine's cores.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FaultCollection
{
    public const string Name = "Fault tests";
}

/// <summary>
/// One server process of a fault test, as an operator runs it: the test database (SQLite file, or PostgreSQL
/// with EVALWORKFLOWS_TEST_POSTGRES), the demo users, a manual clock and delivery to a real SMTP server. The
/// SMTP timeout and the send lease are cut to seconds (the smallest the options allow relative to each other),
/// so a notice a killed process left half-sent is taken over within the test, not after five minutes.
/// </summary>
public sealed class DrillNode
{
    public const string Password = "Fault-Drills-2025!";
    /// <summary>Monday 3 March 2025, 09:00 Beijing time.</summary>
    public static readonly DateTimeOffset Monday = new(2025, 3, 3, 9, 0, 0, TimeSpan.FromHours(8));
    public static readonly TimeSpan SendLease = TimeSpan.FromSeconds(10);

    private DrillNode(ServerProcess process, HttpClient admin) => (Process, Admin) = (process, admin);

    public ServerProcess Process { get; private set; }
    public HttpClient Admin { get; private set; }

    public static async Task<DrillNode> StartAsync(string database, SmtpServer smtp, DateTimeOffset clock, params string[] settings)
    {
        var process = await ServerProcess.StartAsync(
        [
            .. TestDatabase.Arguments(database),
            "--Seed:Demo=true", "--Seed:Province=false", $"--Seed:Password={Password}",
            "--Clock:Mode=Manual", ClockAt(clock),
            "--Mail:Smtp:Host=127.0.0.1", $"--Mail:Smtp:Port={smtp.Port}",
            "--Mail:Smtp:Timeout=00:00:03", $"--Notices:SendLease={SendLease}",
            .. settings,
        ]);
        return new DrillNode(process, await process.SignInAsync("admin", Password));
    }

    /// <summary>
    /// SIGKILLs the process and starts it again on the same database with its manual clock at <paramref name="clock"/>
    /// (a manual clock lives in the process, so a restart must be told where it stood).
    /// </summary>
    public async Task RestartAsync(DateTimeOffset clock)
    {
        Process = await Process.RestartAsync(ClockAt(clock));
        Admin = await Process.SignInAsync("admin", Password);
    }

    public Task KillAsync() => Process.KillAsync();

    private static string ClockAt(DateTimeOffset at) => $"--Clock:Start={at.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture)}";

    /// <summary>Starts a fault-drill instance for <paramref name="key"/>, whose notices go to <c>key.element@example.cn</c>.</summary>
    public Task<Guid> StartDrillAsync(string key) => Admin.StartAsync("fault-drill", key, new
    {
        key,
        recipient_name = "故障演练机构",
        matter = $"故障演练 {key}",
        due_date = "2025-03-06",
        to_received = $"{key}.received@example.cn",
        to_reminded = $"{key}.reminded@example.cn",
        to_done = $"{key}.done@example.cn",
        to_overdue = $"{key}.overdue@example.cn",
    });

    public Task<JsonElement> AdvanceToAsync(DateTimeOffset to) =>
        Admin.AdvanceClockAsync(new { to = to.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture) });

    public Task<HttpResponseMessage> CompleteAsync(Guid taskId, HttpClient? client = null) =>
        (client ?? Admin).PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { data = new { } });

    /// <summary>How many notices are in this delivery state.</summary>
    public async Task<int> NoticeCountAsync(string status) =>
        (await (await Admin.GetAsync($"/api/notices?status={status}&pageSize=1")).ReadAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32();

    /// <summary>Every notice in this delivery state (paging through the list).</summary>
    public async Task<List<JsonElement>> NoticesAsync(string status)
    {
        var all = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var answer = await (await Admin.GetAsync($"/api/notices?status={status}&pageSize=100&page={page}")).ReadAsync(HttpStatusCode.OK);
            all.AddRange(answer.GetProperty("items").EnumerateArray());
            if (all.Count >= answer.GetProperty("total").GetInt32()) return all;
        }
    }

    /// <summary>
    /// Waits until <paramref name="expected"/> notices are sent and none is waiting. A notice a killed process left
    /// "sending" falls due again only when its lease ends in real time, which this process's clock cannot hurry:
    /// hence a poll, bounded, that settles the manual clock where it stands (an advance of 0 days runs what is due
    /// and delivers) once a second.
    /// </summary>
    public async Task WaitUntilSentAsync(int expected, TimeSpan patience)
    {
        var deadline = DateTime.UtcNow + patience;
        while (true)
        {
            await Admin.AdvanceClockAsync(new { days = 0 });
            var (sent, waiting) = (await NoticeCountAsync("sent"), await WaitingAsync());
            if (sent >= expected && waiting == 0 || DateTime.UtcNow > deadline)
            {
                Assert.True(sent == expected && waiting == 0,
                    $"Expected {expected} notices sent and none waiting; {sent} sent, {waiting} waiting, {await NoticeCountAsync("failed")} failed.");
                return;
            }
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }

    private async Task<int> WaitingAsync()
    {
        var total = 0;
        foreach (var status in new[] { "queued", "sending", "retrying" }) total += await NoticeCountAsync(status);
        return total;
    }

    /// <summary>The instance's open user task, or null once it has none.</summary>
    public async Task<Guid?> OpenTaskIdAsync(Guid instanceId)
    {
        var tasks = (await (await Admin.GetAsync($"/api/tasks?instanceId={instanceId}")).ReadAsync(HttpStatusCode.OK)).GetProperty("items");
        return tasks.EnumerateArray().Select(t => (Guid?)t.GetProperty("id").GetGuid()).SingleOrDefault();
    }
}
