using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Engine.Tests.Support;

namespace EvalWorkflows.Engine.Tests;

public sealed class DeploymentTests
{
    [Fact]
    public async Task Identical_xml_is_a_no_op_and_changed_xml_is_a_new_version_while_instances_keep_theirs()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        var xml = File.ReadAllText(EngineHost.BpmnPath("plain-approval.bpmn"));
        var v1 = await host.Engine.DeployAsync(xml, "admin");
        var old = await host.StartAsync("plain-approval");

        var again = await host.Engine.DeployAsync(xml, "admin");
        var v2 = await host.Engine.DeployAsync(xml.Replace("name=\"Review\"", "name=\"Review again\""), "admin");
        var fresh = await host.StartAsync("plain-approval");

        Assert.Equal((1, true), (v1.Version, v1.Created));
        Assert.Equal((1, false), (again.Version, again.Created));
        Assert.Equal((2, true), (v2.Version, v2.Created));
        Assert.Equal(1, (await host.InstanceAsync(old)).Version);
        Assert.Equal(2, (await host.InstanceAsync(fresh)).Version);
        Assert.Equal("Review", (await host.SingleTaskAsync(old)).Name);
        Assert.Equal("Review again", (await host.SingleTaskAsync(fresh)).Name);
    }
}
