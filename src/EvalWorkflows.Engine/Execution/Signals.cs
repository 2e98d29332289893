using EvalWorkflows.Engine.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Engine.Execution;

/// <summary>
/// Signals (BPMN 2.0.2 §10.5.5): broadcast by name, in the step that throws them, to every wait for that
/// signal in every running instance (catch events, boundary events, event gateways, event sub-processes) and
/// to the latest version of every process with a signal start event. Nobody waiting is no error.
/// </summary>
internal static class Signals
{
    /// <summary>Delivers the signal; returns how many waits it reached plus how many instances it started.</summary>
    public static async Task<int> BroadcastAsync(Step step, string name, IDictionary<string, object?>? variables, InstanceRun? thrower)
    {
        var subs = step.Db.Set<SubscriptionRecord>().Where(s => s.Kind == SubscriptionKind.Signal && s.MessageName == name);
        foreach (var id in await subs.Where(s => s.InstanceId != null).Select(s => s.InstanceId!.Value).Distinct().ToListAsync(step.Cancellation))
            await step.LoadRunAsync(id);
        var starts = await subs.Where(s => s.DefinitionId != null).ToListAsync(step.Cancellation);
        // The loaded runs' own lists are what is waiting now, this step's changes included; taken before any
        // delivery, so a wait armed by the signal's own effects does not receive it too.
        var waits = step.Runs.SelectMany(r => r.Subscriptions.Where(s => s.Kind == SubscriptionKind.Signal && s.MessageName == name)
            .Select(s => (Run: r, Sub: s))).ToList();
        thrower?.History(HistoryEvents.SignalBroadcast, thrower.Current, new { signal = name, waits = waits.Count, starts = starts.Count });
        var reached = 0;
        foreach (var (run, sub) in waits)
        {
            if (run.Finished || !run.Subscriptions.Remove(sub)) continue; // withdrawn by an earlier delivery
            step.Db.Remove(sub);
            var node = run.Graph[sub.ElementId];
            run.SetVariables(variables);
            run.History(HistoryEvents.SignalReceived, node, new { signal = name });
            await Behaviors.For(node).TriggerAsync(run, node, run.Token(sub.TokenId));
            if (run != thrower) await run.RunAsync();
            reached++;
        }
        foreach (var start in starts)
        {
            var def = await step.DefinitionAsync(start.DefinitionId!.Value);
            var started = await step.StartAsync(def, def.Graph[start.ElementId], null, variables);
            started.History(HistoryEvents.SignalReceived, started.Graph[start.ElementId], new { signal = name });
        }
        return reached + starts.Count;
    }
}
