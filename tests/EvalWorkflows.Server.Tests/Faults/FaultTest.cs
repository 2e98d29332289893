using EvalWorkflows.Server.Tests.Notices;
using EvalWorkflows.Server.Tests.Support;

namespace EvalWorkflows.Server.Tests.Faults;

/// <summary>
/// What every fault test stands on: a database of its own (a SQLite file, or a PostgreSQL database under
/// EVALWORKFLOWS_TEST_POSTGRES), a real SMTP server, and the server processes it starts, all removed afterwards.
/// Each test class names <see cref="FaultCollection"/> itself, so they run one at a time.
/// </summary>
public abstract class FaultTest : IAsyncLifetime
{
    private readonly List<DrillNode> _nodes = [];

    protected string Database { get; } = Path.Combine(Path.GetTempPath(), $"ew-fault-{Guid.NewGuid():N}.db");
    protected SmtpServer Smtp { get; private set; } = null!;

    public async Task InitializeAsync() => Smtp = await SmtpServer.StartNewAsync();

    /// <summary>A node on this test's database and SMTP server, its manual clock at <paramref name="clock"/> (Monday 09:00 by default).</summary>
    protected async Task<DrillNode> StartNodeAsync(DateTimeOffset? clock = null)
    {
        var node = await DrillNode.StartAsync(Database, Smtp, clock ?? DrillNode.Monday);
        _nodes.Add(node);
        return node;
    }

    public async Task DisposeAsync()
    {
        foreach (var node in _nodes) await node.Process.DisposeAsync();
        await Smtp.DisposeAsync();
        TestDatabase.Delete(Database);
    }
}
