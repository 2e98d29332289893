using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvalWorkflows.Server.Tests.Lifecycle;

/// <summary>
/// Makes the next message correlation fail inside the engine's own transaction, after the caller's writes: a
/// trigger (SQLite's or PostgreSQL's) refuses the removal of the message wait, as a timer taking the same step at the same moment
/// or any other database error would. Dispose to let correlations through again.
/// </summary>
public sealed class CorrelationFailure : IAsyncDisposable
{
    private readonly TestApp _app;

    private CorrelationFailure(TestApp app) => _app = app;

    public static async Task<CorrelationFailure> InstallAsync(TestApp app)
    {
        await ExecuteAsync(app, TestDatabase.IsPostgres
            ? "CREATE FUNCTION fail_correlation() RETURNS trigger LANGUAGE plpgsql AS "
              + "$$ BEGIN RAISE EXCEPTION 'injected: correlation refused'; END $$; "
              + "CREATE TRIGGER fail_correlation BEFORE DELETE ON wf_subscriptions FOR EACH ROW EXECUTE FUNCTION fail_correlation();"
            : "CREATE TRIGGER fail_correlation BEFORE DELETE ON wf_subscriptions "
              + "BEGIN SELECT RAISE(ABORT, 'injected: correlation refused'); END;");
        return new CorrelationFailure(app);
    }

    public async ValueTask DisposeAsync() => await ExecuteAsync(_app, TestDatabase.IsPostgres
        ? "DROP TRIGGER IF EXISTS fail_correlation ON wf_subscriptions; DROP FUNCTION IF EXISTS fail_correlation();"
        : "DROP TRIGGER IF EXISTS fail_correlation;");

    private static async Task ExecuteAsync(TestApp app, string sql)
    {
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.ExecuteSqlRawAsync(sql);
    }
}
