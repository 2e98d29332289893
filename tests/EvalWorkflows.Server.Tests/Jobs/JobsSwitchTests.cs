using EvalWorkflows.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EvalWorkflows.Server.Tests.Jobs;

public sealed class JobsSwitchTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public void With_jobs_server_false_no_hangfire_server_runs_in_the_process()
    {
        var hosted = app.Services.GetServices<IHostedService>().Select(s => s.GetType().FullName).ToList();

        Assert.DoesNotContain(hosted, name => name!.StartsWith("Hangfire", StringComparison.Ordinal));
        Assert.Contains(hosted, name => name!.EndsWith("WorkflowFileDeployer", StringComparison.Ordinal));
    }
}

public sealed class JobsServerTests(JobsServerTests.ServerApp app) : IClassFixture<JobsServerTests.ServerApp>
{
    public sealed class ServerApp : TestApp
    {
        public ServerApp() => With("Jobs:Server", "true");
    }

    [Fact]
    public void By_default_a_hangfire_server_runs_in_the_process()
    {
        var hosted = app.Services.GetServices<IHostedService>().Select(s => s.GetType().FullName).ToList();

        Assert.Contains(hosted, name => name!.StartsWith("Hangfire", StringComparison.Ordinal));
    }
}
