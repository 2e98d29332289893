using System.Net.Http.Headers;
using EvalWorkflows.Engine.Execution;
using EvalWorkflows.Engine.Expressions;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Notices;
using EvalWorkflows.Server.Tests.Support;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace EvalWorkflows.Server.Tests.Notices;

/// <summary>
/// The server for notice tests: its own SQLite file, a fake clock, no Hangfire server (tests run delivery
/// themselves), and test sign-in. Mail goes to the given SMTP port, or to a pickup folder when there is none.
/// </summary>
public sealed class NoticeApp : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset Start = new(2025, 10, 9, 9, 0, 0, TimeSpan.FromHours(8));
    private const string Letterhead = "Notices:Letterheads:Authorities:province";

    private readonly Dictionary<string, string?> _settings;

    public NoticeApp(int? smtpPort = null, string? databaseFile = null, IDictionary<string, string?>? settings = null)
    {
        DatabaseFile = databaseFile ?? Path.Combine(Path.GetTempPath(), $"ew-notices-{Guid.NewGuid():N}.db");
        PickupDirectory = Directory.CreateTempSubdirectory("ew-pickup-").FullName;
        _settings = new()
        {
            ["Jobs:Server"] = "false",
            ["Mail:PickupDirectory"] = PickupDirectory,
            ["Mail:Smtp:Host"] = smtpPort is null ? "" : "127.0.0.1",
            ["Mail:Smtp:Port"] = smtpPort?.ToString() ?? "25",
            ["Mail:Smtp:From"] = "职业技能鉴定指导中心 <centre@jd.example.cn>",
            [$"{Letterhead}:Centre"] = "山东省职业技能鉴定指导中心",
            [$"{Letterhead}:Authority"] = "山东省人力资源和社会保障厅",
            [$"{Letterhead}:Signature"] = "山东省职业技能鉴定指导中心",
            [$"{Letterhead}:Phone"] = "0531-12345678",
            [$"{Letterhead}:Address"] = "济南市历下区示范路1号",
            [$"{Letterhead}:Website"] = "https://jd.example.cn",
            [$"{Letterhead}:ReplyTo"] = "备案科 <beian@jd.example.cn>",
        };
        foreach (var (key, value) in TestDatabase.Migrated(DatabaseFile)) _settings[key] = value;
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) _settings[key] = value;
    }

    public FakeTimeProvider Time { get; } = new(Start);
    public string DatabaseFile { get; }
    public string PickupDirectory { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Time);
            services.AddAuthentication(TestSignIn.SchemeName)
                .AddScheme<AuthenticationSchemeOptions, TestSignIn>(TestSignIn.SchemeName, null);
            services.AddAuthorization();
        });
    }

    public HttpClient ClientAs(string? roles)
    {
        var client = CreateClient();
        if (roles is not null) client.DefaultRequestHeaders.Add(TestSignIn.RolesHeader, roles);
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    public async Task<DeliveryRun> DeliverDueAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<NoticeDelivery>().DeliverDueAsync(CancellationToken.None);
    }

    /// <summary>Runs the <c>notice</c> send task as the engine does: in a step whose changes commit together.</summary>
    public async Task<Notice> RunSendTaskAsync(SendTask task)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var expressions = scope.ServiceProvider.GetRequiredService<ScribanExpressions>();
        var handler = scope.ServiceProvider.GetRequiredKeyedService<ITaskHandler>(NoticeTaskHandler.TypeName);
        var variables = new Dictionary<string, object?>(task.Variables);
        var context = new TaskHandlerContext
        {
            InstanceId = task.InstanceId,
            DefinitionKey = "filing-acceptance",
            BusinessKey = task.BusinessKey,
            ElementId = "send_notice",
            ElementName = "发送通知",
            Properties = task.Properties,
            Variables = variables,
            Db = db,
            Now = Time.GetUtcNow(),
            Evaluate = e => expressions.Evaluate(e, variables),
            Render = t => expressions.Render(t, variables),
            StartProcessAsync = (_, _, _) => throw new InvalidOperationException("A notice send task starts no process."),
        };
        await handler.ExecuteAsync(context, CancellationToken.None);
        await db.SaveChangesAsync();
        foreach (var observer in scope.ServiceProvider.GetServices<IWorkflowCommitObserver>())
            await observer.OnCommittedAsync(CancellationToken.None);
        return await db.Set<Notice>().AsNoTracking().SingleAsync(n => n.InstanceId == task.InstanceId);
    }

    public async Task<Notice> FindAsync(Guid id)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Notice>().AsNoTracking().SingleAsync(n => n.Id == id);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(PickupDirectory, recursive: true);
    }

    public static void DeleteDatabase(string file) => TestDatabase.Delete(file);
}

/// <summary>A send task of a workflow: its BPMN properties and the instance variables it sees.</summary>
public sealed record SendTask
{
    public Guid InstanceId { get; init; } = Guid.NewGuid();
    public string BusinessKey { get; init; } = "F-2025-001";
    public required IReadOnlyDictionary<string, string> Properties { get; init; }
    public required IReadOnlyDictionary<string, object?> Variables { get; init; }

    /// <summary>The filing correction notice of 000 §三.2 to the given address, listing two items.</summary>
    public static SendTask FilingCorrection(string email, string institutionName = "济南市第一职业技能评价中心") => new()
    {
        Properties = new Dictionary<string, string> { ["template"] = "filing-correction", ["to"] = "institution_email" },
        Variables = new Dictionary<string, object?>
        {
            ["institution_email"] = email,
            ["institution_name"] = institutionName,
            ["submitted_on"] = "2025-10-09",
            ["correction_items"] = new List<string> { "场地租赁合同（剩余租期不少于3年）", "考评员资格证书复印件" },
            ["correction_deadline"] = "2025-10-20",
            ["institutionId"] = "5b0d7f0e-3c1a-4c55-9d3e-2f1e8a6b7c90",
        },
    };
}
