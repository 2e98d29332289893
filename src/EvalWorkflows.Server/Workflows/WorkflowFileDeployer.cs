using EvalWorkflows.Engine;
using Microsoft.Extensions.Options;

namespace EvalWorkflows.Server.Workflows;

/// <summary>
/// Deploys every workflows/*.bpmn at start-up; an unchanged file is a no-op, a changed one becomes a new
/// version. A file that does not validate stops the start with its problems: a server must not run with a
/// workflow silently missing.
/// </summary>
public sealed class WorkflowFileDeployer(WorkflowEngine engine, IOptions<WorkflowsOptions> options, ILogger<WorkflowFileDeployer> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        var folder = options.Value.FullPath;
        if (!Directory.Exists(folder))
        {
            logger.LogWarning("No workflow folder at {Folder}; nothing deployed", folder);
            return;
        }
        foreach (var file in Directory.EnumerateFiles(folder, "*.bpmn").Order(StringComparer.Ordinal))
        {
            var xml = await File.ReadAllTextAsync(file, ct);
            DeployResult result;
            try
            {
                result = await engine.DeployAsync(xml, "system", ct);
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
