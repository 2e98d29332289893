using EvalWorkflows.Engine;
using EvalWorkflows.Server.Auth;
using Microsoft.Extensions.Options;

namespace EvalWorkflows.Server.Workflows;

/// <summary>
/// Deploys every workflows/*.bpmn at start-up; an unchanged file is a no-op, a changed one becomes a new
/// version. A file that does not validate stops the start with its problems: a server must not run with a
/// workflow silently missing. Samples (<c>sample-*.bpmn</c>) only where <see cref="WorkflowsOptions.Samples"/> allows.
/// </summary>
public sealed class WorkflowFileDeployer(WorkflowEngine engine, IOptions<WorkflowsOptions> options, IHostEnvironment environment,
    ILogger<WorkflowFileDeployer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        var folder = options.Value.FullPath;
        if (!Directory.Exists(folder))
        {
            logger.LogWarning("No workflow folder at {Folder}; nothing deployed", folder);
            return;
        }
        var samples = options.Value.Samples ?? environment.IsDevelopment();
        foreach (var file in Directory.EnumerateFiles(folder, "*.bpmn").Order(StringComparer.Ordinal))
        {
            if (!samples && Path.GetFileName(file).StartsWith(WorkflowsOptions.SamplePrefix, StringComparison.Ordinal)) continue;
            var xml = await File.ReadAllTextAsync(file, ct);
            DeployResult result;
            try
            {
                result = await engine.DeployAsync(xml, Actors.System, ct);
            }
            catch (DefinitionInvalidException e)
            {
                var problems = string.Join(Environment.NewLine,
                    e.Problems.Select(p => $"  {p.ElementType} '{p.ElementId}': {p.Message}"));
                throw new InvalidOperationException($"Workflow file {file} is invalid:{Environment.NewLine}{problems}", e);
            }
            logger.LogInformation("{File}: {Key} v{Version} {What}", Path.GetFileName(file), result.Key, result.Version,
                result.Created ? "deployed" : "unchanged");
        }
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
