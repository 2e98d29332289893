using EvalWorkflows.Engine.Persistence;

namespace EvalWorkflows.Engine.Execution;

internal sealed partial class InstanceRun
{
    /// <summary>
    /// A token whose entry into an element failed in a user's command (an uncaught BPMN error, an expression over an
    /// undefined variable) rests at that element with an incident, so the command that led there stands — the
    /// clerk's decision is kept — and an admin sees the failure and can retry the entry once its cause is fixed
    /// (variables corrected). In a job the same failure raises its incident on the job itself.
    /// </summary>
    public void Park(Activation a, string error)
    {
        var token = Rest(a.Node, a.Scope, arrivedVia: a.Via?.Id);
        var job = new JobRecord
        {
            Id = Step.NewId(), Kind = JobKind.Reentry, InstanceId = Instance.Id, TokenId = token.Id, ElementId = a.Node.Id,
            DueAt = Step.Now, CreatedAt = Step.Now, Attempts = 1, LastError = error, Suspended = true,
        };
        Jobs.Add(job);
        Step.Db.Add(job);
        var incident = new IncidentRecord
        {
            Id = Step.NewId(), InstanceId = Instance.Id, JobId = job.Id, ElementId = a.Node.Id, Error = error, RaisedAt = Step.Now,
        };
        Step.Db.Add(incident);
        History(HistoryEvents.IncidentRaised, a.Node, new { incidentId = incident.Id, error });
    }

    /// <summary>An incident retry: the parked token leaves its rest and enters the element again, by the flow it came.</summary>
    public async Task ReenterAsync(TokenRecord parked)
    {
        var node = Graph[parked.ElementId];
        Remove(parked);
        Enqueue(node, parked.ScopeTokenId, parked.ArrivedVia is { } via ? Graph.Flows.GetValueOrDefault(via) : null);
        await RunAsync();
    }
}
