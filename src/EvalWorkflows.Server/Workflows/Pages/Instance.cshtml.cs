using System.Text.Json;
using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Server.Auth;
using EvalWorkflows.Server.Calendar;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Notices;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TaskStatus = EvalWorkflows.Engine.Persistence.TaskStatus;

namespace EvalWorkflows.Server.Workflows.Pages;

/// <summary>
/// One instance for an auditor: the diagram with completed and active elements, incidents and pending timers
/// marked, the timeline, variables, open tasks, timers and every notice with its delivery state. Read-only.
/// </summary>
[Authorize(Roles = $"{Roles.Admin},{Roles.Auditor}")]
public sealed class InstanceModel(AppDbContext db, InstanceJournal journal, ProcessNames processes) : PageModel
{
    public InstanceRecord Instance { get; private set; } = null!;
    public string ProcessName { get; private set; } = "";
    public CaseFile Case { get; private set; } = null!;
    public IReadOnlyList<TimelineEntry> Timeline { get; private set; } = [];
    public IReadOnlyList<UserTaskRecord> OpenTasks { get; private set; } = [];
    public IReadOnlyList<(JobRecord Job, string Element)> Timers { get; private set; } = [];
    public IReadOnlyList<(IncidentRecord Incident, string Element)> Incidents { get; private set; } = [];
    public IReadOnlyList<Notice> Notices { get; private set; } = [];
    public IReadOnlyList<(string Name, string Value)> Variables { get; private set; } = [];
    /// <summary>The diagram and its marks for viewer.js, as JSON.</summary>
    public string DiagramJson { get; private set; } = "{}";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await db.Set<InstanceRecord>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct) is not { } instance) return NotFound();
        Instance = instance;
        ProcessName = await processes.NameOfAsync(instance.DefinitionKey, ct);
        Case = await CaseFile.ForAsync(db, instance, ct);
        var graph = await journal.GraphAsync(instance, ct);
        var history = await journal.HistoryAsync(id, ct);
        Timeline = InstanceJournal.Timeline(graph, history);
        OpenTasks = await db.Set<UserTaskRecord>().AsNoTracking().Where(t => t.InstanceId == id && t.Status == TaskStatus.Open)
            .OrderBy(t => t.CreatedAt).ToListAsync(ct);
        Timers = (await db.Set<JobRecord>().AsNoTracking().Where(j => j.InstanceId == id && j.Kind == JobKind.Timer)
            .OrderBy(j => j.DueAt).ToListAsync(ct)).Select(j => (j, InstanceJournal.ElementName(graph, j.ElementId))).ToList();
        Incidents = (await db.Set<IncidentRecord>().AsNoTracking().Where(x => x.InstanceId == id)
            .OrderBy(x => x.RaisedAt).ToListAsync(ct)).Select(x => (x, InstanceJournal.ElementName(graph, x.ElementId))).ToList();
        Notices = await db.Set<Notice>().AsNoTracking().Where(n => n.InstanceId == id).OrderBy(n => n.QueuedAt).ToListAsync(ct);
        Variables = ReadVariables(instance.VariablesJson);
        var active = await db.Set<TokenRecord>().Where(t => t.InstanceId == id).Select(t => t.ElementId).Distinct().ToListAsync(ct);
        DiagramJson = JsonSerializer.Serialize(new
        {
            xml = await journal.XmlAsync(instance, ct),
            // An end event is entered and never left: reaching it completes it.
            completed = history.Where(h => h.ElementId is not null && (h.Event is HistoryEvents.ElementLeft or HistoryEvents.TaskCompleted
                    || h.Event == HistoryEvents.ElementEntered && graph.Nodes.TryGetValue(h.ElementId, out var n) && n.Kind == Engine.Definitions.NodeKind.EndEvent))
                .Select(h => h.ElementId!).Distinct().Except(active),
            active,
            incidents = Incidents.Where(x => x.Incident.ResolvedAt is null).Select(x => x.Incident.ElementId).Distinct(),
            timers = Timers.Select(t => new { element = t.Job.ElementId, due = ChineseDates.DateTime(t.Job.DueAt) }),
        });
        return Page();
    }

    private static List<(string, string)> ReadVariables(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.ValueKind != JsonValueKind.Object ? []
            : doc.RootElement.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal)
                .Select(p => (p.Name, p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : JsonSerializer.Serialize(p.Value, Readable))).ToList();
    }

    /// <summary>Lists and objects are shown as JSON with their Chinese text as itself, not as \u escapes.</summary>
    private static readonly JsonSerializerOptions Readable = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };
}
