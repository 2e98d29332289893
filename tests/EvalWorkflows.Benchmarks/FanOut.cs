using System.Diagnostics;
using System.Net.Http.Json;
using EvalWorkflows.Engine;
using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Server.AnnualReports;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Filings;
using EvalWorkflows.Server.Institutions;
using EvalWorkflows.Server.Notices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvalWorkflows.Benchmarks;

/// <summary>One timed stage of the yearly fan-out, beside the raw rate of as many transactions of as many rows.</summary>
internal sealed record FanOutRow(string Name, int Count, double Seconds, double Raw, string RawShape, PeakMemory Memory);

/// <summary>
/// The yearly work summaries (workflows/annual-report.bpmn, 003 §四(二)) for many filed institutions at once.
/// The institutions and filings are written straight into the database in bulk; one annual-report instance is
/// started through the engine and brought to its first timer (the 20 February notice), and its rows (instance,
/// tokens, timer, history, the expected summary) are copied for every other filing, so each institution has an
/// instance exactly as the engine leaves it. Then the clock is moved over the API, as an operator rehearses it:
/// to 20 February 09:00, when every institution's notice of the 1–10 March window is queued, and to 1 March,
/// when every window opens.
/// </summary>
internal sealed class FanOut(ServerHost server, Store store)
{
    /// <summary>The server's clock at start: a working day before the yearly notice of 20 February 2026.</summary>
    public static readonly DateTimeOffset ClockStart = new(2026, 2, 2, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateTimeOffset NoticeDay = new(2026, 2, 20, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateTimeOffset WindowOpens = new(2026, 3, 1, 0, 0, 0, TimeSpan.FromHours(8));
    private const int Batch = 1_000;

    public List<FanOutRow> Rows { get; } = [];

    /// <param name="seedOnly">Only seed the province (for the list rows), without moving the clock.</param>
    public async Task RunAsync(int filings, bool seedOnly = false)
    {
        var seeding = PeakMemory.Watch();
        var spent = new Spent();
        var ids = await SeedFilingsAsync(filings);
        Console.WriteLine($"fan-out: {filings:N0} institutions and filings written in {spent}");
        var template = await StartTemplateAsync(ids[0]);
        await CopyAsync(template, ids.Skip(1).ToList());
        await seeding.DisposeAsync();
        Console.WriteLine($"fan-out: {filings:N0} filed institutions with a waiting annual-report instance seeded in {spent}; {seeding}");
        if (seedOnly) return;

        using var admin = await server.SignInAsync("admin");
        // 20 February: each timer fires, its send task queues the notice (2 transactions of about 6 rows each).
        await AdvanceAsync(admin, NoticeDay, filings, "notices of the 1–10 March window queued (timer → notice in the outbox)", 2, 6,
            db => db.Set<Notice>().CountAsync(n => n.Template == "annual-window-opening"));
        // 1 March: each window opens (the sub-process waiting for the summary, with its two boundary timers).
        await AdvanceAsync(admin, WindowOpens, filings, "windows opened on 1 March (timer → awaiting the summary)", 1, 8,
            db => db.Set<SubscriptionRecord>().CountAsync(s => s.MessageName == "annual-report-submitted"));
    }

    /// <summary>
    /// Moves the clock over the API while counting, every 100 ms, the rows the stage leaves; the stage's time is when
    /// the count reaches every filing (the API call itself also delivers the queued mail before it answers).
    /// </summary>
    private async Task AdvanceAsync(HttpClient admin, DateTimeOffset to, int filings, string name, int tx, int rows,
        Func<AppDbContext, Task<int>> done)
    {
        SettleGarbage();
        var memory = PeakMemory.Watch();
        var sw = Stopwatch.StartNew();
        var call = admin.PostAsJsonAsync("/api/clock/advance", new { to = to.ToString("O") });
        double? reached = null;
        while (reached is null)
        {
            await Task.WhenAny(call, Task.Delay(100));
            if (await CountAsync(done) >= filings) reached = sw.Elapsed.TotalSeconds;
            else if (call.IsCompleted && (!(await call).IsSuccessStatusCode || await CountAsync(done) < filings))
                throw new InvalidOperationException($"The clock moved to {to:O} but only {await CountAsync(done):N0} of {filings:N0} are done: {await (await call).Content.ReadAsStringAsync()}");
        }
        var answered = (await call).EnsureSuccessStatusCode();
        await memory.DisposeAsync();
        Console.WriteLine($"fan-out: {name}: {filings:N0} in {reached:N2} s (the advance answered after {sw.Elapsed.TotalSeconds:N2} s); {memory}");
        var raw = await store.RawRateAsync(new Row(name, filings, tx, rows, 0, 0));
        Rows.Add(new FanOutRow(name, filings, reached.Value, raw, $"{tx} tx × {rows} rows", memory));
    }

    /// <summary>
    /// Collects what the seeding and the server's start left behind before a stage is timed. Without it the finalizer
    /// thread spent the first seconds of the notice stage (4.5 s of CPU in a 1,000-filing trace on PostgreSQL)
    /// destroying the compiled lambdas (DynamicResolver) of start-up and seeding: a one-off debt, not a cost of the
    /// steps measured (the dynamic methods on the heap grew by 0.37 per notice over the stage, first uses only).
    /// </summary>
    private static void SettleGarbage()
    {
        // Twice: a dynamic method's code is freed by a second finalizer (its DestroyScout), after the first ran.
        for (var round = 0; round < 2; round++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
    }

    private async Task<int> CountAsync(Func<AppDbContext, Task<int>> query)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    private async Task WriteAsync(Func<AppDbContext, Task> write)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await write(db);
        await db.SaveChangesAsync();
    }

    /// <summary>Institutions and their filings, filed on 1 June 2025 for five years, straight into the database.</summary>
    private async Task<List<(Institution Institution, Filing Filing)>> SeedFilingsAsync(int count)
    {
        var all = new List<(Institution, Filing)>();
        for (var start = 0; start < count; start += Batch)
        {
            var batch = Enumerable.Range(start, Math.Min(Batch, count - start)).Select(NewFiling).ToList();
            await WriteAsync(db =>
            {
                db.AddRange(batch.Select(b => b.Institution));
                db.AddRange(batch.Select(b => b.Filing));
                return Task.CompletedTask;
            });
            all.AddRange(batch);
        }
        return all;
    }

    private static (Institution Institution, Filing Filing) NewFiling(int i)
    {
        var institution = new Institution
        {
            Id = Guid.NewGuid(), Name = $"基准评价机构{i:D5}", CreditCode = $"91{i:D16}", Kind = InstitutionKind.Enterprise,
            LegalRepresentative = "张三", Address = "省会市人民路1号", ContactName = "李四", ContactPhone = "13800000000",
            Email = $"bench{i}@example.org", Authority = Institution.ProvinceAuthority, CreatedAt = ClockStart.AddYears(-1),
        };
        var filing = new Filing
        {
            Id = Guid.NewGuid(), InstitutionId = institution.Id, Authority = Institution.ProvinceAuthority,
            InstitutionCode = $"S{i:D6}", SubmittedAt = ClockStart.AddYears(-1), AcceptedOn = new DateOnly(2025, 5, 20),
            FiledOn = new DateOnly(2025, 6, 1), ValidFrom = new DateOnly(2025, 6, 1), ValidUntil = new DateOnly(2030, 5, 31),
            RenewalOpensOn = new DateOnly(2030, 3, 2), GraceUntil = new DateOnly(2030, 11, 30),
        };
        filing.ChangeStatus(FilingStatus.Filed, ClockStart.AddMonths(-8), "bench", "000 §三.2");
        return (institution, filing);
    }

    private static Dictionary<string, object?> Variables(Institution institution, Filing filing) => new()
    {
        ["filingId"] = filing.Id.ToString(), ["institutionId"] = institution.Id.ToString(),
        ["institution_name"] = institution.Name, ["institution_email"] = institution.Email,
        ["institution_code"] = filing.InstitutionCode, ["report_year"] = 2025,
    };

    /// <summary>The first filing's instance, through the engine: started, its window scheduled, waiting for 20 February.</summary>
    private async Task<Guid> StartTemplateAsync((Institution Institution, Filing Filing) first)
    {
        var engine = server.Services.GetRequiredService<WorkflowEngine>();
        return await engine.StartAsync("annual-report", first.Filing.Id.ToString(), Variables(first.Institution, first.Filing), "bench");
    }

    /// <summary>
    /// The template instance's rows copied for each other filing, with new ids and that filing's variables, so the
    /// database holds what the engine would have written for every one of them.
    /// </summary>
    private async Task CopyAsync(Guid templateId, List<(Institution Institution, Filing Filing)> others)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var instance = await db.Set<InstanceRecord>().SingleAsync(i => i.Id == templateId);
        var tokens = await db.Set<TokenRecord>().Where(t => t.InstanceId == templateId).ToListAsync();
        var jobs = await db.Set<JobRecord>().Where(j => j.InstanceId == templateId).ToListAsync();
        var subscriptions = await db.Set<SubscriptionRecord>().Where(s => s.InstanceId == templateId).ToListAsync();
        var history = await db.Set<HistoryRecord>().Where(h => h.InstanceId == templateId).ToListAsync();
        var report = await db.Set<AnnualReport>().SingleAsync(r => r.InstanceId == templateId);
        T Copy<T>(T row) where T : class => (T)db.Entry(row).CurrentValues.ToObject();

        var rows = new EngineRows();
        var reports = new List<AnnualReport>();
        foreach (var (institution, filing) in others)
        {
            var id = Guid.NewGuid();
            var reportCopy = Copy(report);
            (reportCopy.Id, reportCopy.FilingId, reportCopy.InstitutionId, reportCopy.InstanceId) = (Guid.NewGuid(), filing.Id, institution.Id, id);
            reports.Add(reportCopy);
            var copy = Copy(instance);
            (copy.Id, copy.BusinessKey) = (id, filing.Id.ToString());
            copy.VariablesJson = VariablesOf(instance.VariablesJson, Variables(institution, filing), reportCopy.Id);
            var tokenIds = tokens.ToDictionary(t => t.Id, _ => Guid.NewGuid());
            Guid? Map(Guid? token) => token is { } t ? tokenIds[t] : null;
            rows.Instances.Add(copy);
            rows.Tokens.AddRange(tokens.Select(Copy).Select(t => { (t.Id, t.InstanceId, t.ScopeTokenId) = (tokenIds[t.Id], id, Map(t.ScopeTokenId)); return t; }));
            rows.Jobs.AddRange(jobs.Select(Copy).Select(j => { (j.Id, j.InstanceId, j.TokenId) = (Guid.NewGuid(), id, Map(j.TokenId)); return j; }));
            rows.Subscriptions.AddRange(subscriptions.Select(Copy).Select(s => { (s.Id, s.InstanceId, s.TokenId) = (Guid.NewGuid(), id, Map(s.TokenId)); return s; }));
            rows.History.AddRange(history.Select(Copy).Select(h => { (h.Id, h.InstanceId) = (0, id); return h; }));
        }
        // The engine's rows in bulk, one transaction; the summaries (a JSON-owned part) through EF Core after them.
        await rows.InsertAsync(db);
        foreach (var batch in reports.Chunk(Batch)) await WriteAsync(target => { target.AddRange(batch); return Task.CompletedTask; });
    }

    /// <summary>The engine's rows of the copied instances, written in bulk.</summary>
    private sealed class EngineRows
    {
        public List<InstanceRecord> Instances { get; } = [];
        public List<TokenRecord> Tokens { get; } = [];
        public List<JobRecord> Jobs { get; } = [];
        public List<SubscriptionRecord> Subscriptions { get; } = [];
        public List<HistoryRecord> History { get; } = [];

        public async Task InsertAsync(AppDbContext db)
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            await BulkRows.InsertAsync(db, Instances);
            await BulkRows.InsertAsync(db, Tokens);
            await BulkRows.InsertAsync(db, Jobs);
            await BulkRows.InsertAsync(db, Subscriptions);
            await BulkRows.InsertAsync(db, History);
            await tx.CommitAsync();
        }
    }

    private static string VariablesOf(string template, Dictionary<string, object?> variables, Guid reportId)
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(template)!.AsObject();
        foreach (var (name, value) in variables) json[name] = System.Text.Json.JsonSerializer.SerializeToNode(value);
        json["annualReportId"] = reportId.ToString();
        return json.ToJsonString();
    }
}
