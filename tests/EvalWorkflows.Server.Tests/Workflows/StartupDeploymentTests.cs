using System.Net;
using EvalWorkflows.Server.Tests.Support;

namespace EvalWorkflows.Server.Tests.Workflows;

public sealed class StartupDeploymentTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task The_files_in_the_workflows_folder_are_deployed_at_start_up()
    {
        var auditor = await app.LoginAsAsync("auditor");

        var definitions = (await (await auditor.GetAsync("/api/definitions")).ReadAsync(HttpStatusCode.OK)).GetProperty("items");

        var sample = definitions.EnumerateArray().Single(d => d.GetProperty("key").GetString() == "sample-approval");
        Assert.Equal(1, sample.GetProperty("latestVersion").GetInt32());
        Assert.Equal("system", sample.GetProperty("versions")[0].GetProperty("deployedBy").GetString());
    }

    [Fact]
    public async Task The_sample_workflow_is_not_deployed_where_samples_are_turned_off()
    {
        using var production = new TestApp().With("Workflows:Samples", "false");
        var auditor = await production.LoginAsAsync("auditor");

        var definitions = (await (await auditor.GetAsync("/api/definitions")).ReadAsync(HttpStatusCode.OK)).GetProperty("items");

        var keys = definitions.EnumerateArray().Select(d => d.GetProperty("key").GetString()).ToList();
        Assert.DoesNotContain("sample-approval", keys);
        Assert.Contains("filing-acceptance", keys);
    }

    [Fact]
    public void A_broken_workflow_file_stops_the_start_with_its_problems()
    {
        var folder = Directory.CreateTempSubdirectory("evalworkflows-broken-").FullName;
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Bpmn", "invalid.bpmn"), Path.Combine(folder, "invalid.bpmn"));
        using var broken = new TestApp().With("Workflows:Path", folder);

        var error = Assert.ThrowsAny<Exception>(() => broken.CreateClient());

        Assert.Contains("invalid.bpmn", error.ToString());
        Assert.Contains("'dangling'", error.ToString());
        Directory.Delete(folder, recursive: true);
    }
}
