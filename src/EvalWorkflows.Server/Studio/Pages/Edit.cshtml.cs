using System.Text.Json;
using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Server.Auth;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Pages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

using EvalWorkflows.Server.Studio.Changes;

namespace EvalWorkflows.Server.Studio.Pages;

/// <summary>
/// The modeler: a deployed version (the latest unless <c>?version=</c> says) opened for editing, or a new
/// process. Deploying posts the XML to <c>/api/definitions</c>, which validates it and makes a new version.
/// </summary>
[Authorize(Roles = Roles.Admin)]
public sealed class EditModel(AppDbContext db, ElementTemplateCatalog catalog, IOptions<JsonOptions> json) : PageModel
{
    /// <summary>A new process: a start event on a drawn plane, ready for the admin to continue.</summary>
    private const string NewProcess = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
            xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:ew="http://evalworkflows.org/schema/bpmn" id="definitions" targetNamespace="http://evalworkflows.org/bpmn">
          <bpmn:process id="new-process" name="新流程" isExecutable="true">
            <bpmn:startEvent id="start" name="开始" />
          </bpmn:process>
          <bpmndi:BPMNDiagram id="diagram"><bpmndi:BPMNPlane id="plane" bpmnElement="new-process">
            <bpmndi:BPMNShape id="start_di" bpmnElement="start"><dc:Bounds x="160" y="160" width="36" height="36" /></bpmndi:BPMNShape>
          </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
        </bpmn:definitions>
        """;

    public string? Key { get; private set; }
    public int? Version { get; private set; }
    public string Title { get; private set; } = "新建流程";
    public string ModelerJson { get; private set; } = "{}";
    /// <summary>The page's heading and title: 新建流程, or 编辑：the process's name.</summary>
    public string Heading => Key is null ? "新建流程" : $"编辑：{Title}";
    /// <summary>The rehearsal dialog's default start date: today on the app's clock.</summary>
    public string RehearsalStart => Calendar.IsoDate.Format(Calendar.WorkingDayCalendar.Today(HttpContext.RequestServices.GetRequiredService<TimeProvider>()));

    public async Task<IActionResult> OnGetAsync(string? key, int? version, CancellationToken ct)
    {
        var xml = NewProcess;
        if (key is not null)
        {
            var definitions = db.Set<DefinitionRecord>().AsNoTracking().Where(d => d.Key == key);
            var record = await (version is { } v ? definitions.Where(d => d.Version == v) : definitions.OrderByDescending(d => d.Version))
                .FirstOrDefaultAsync(ct);
            if (record is null) return NotFound();
            (Key, Version, Title, xml) = (key, record.Version, record.Name ?? key, record.Xml);
        }
        // The element templates travel in the page, as /api/studio/element-templates gives them: the modeler is made
        // with them, and asked for separately they arrived after the script had run whenever the machine was busy.
        var templates = await catalog.AllAsync(ct);
        // The deploy's reason is required on this page (the API keeps it optional): the words come from the same check.
        ModelerJson = JsonSerializer.Serialize(new { xml, key = Key, version = Version, reasonRequired = StudioChanges.RequireReason(null)!.Detail, templates },
            json.Value.SerializerOptions);
        // Set here, not in the shared _Modeler partial: a partial's ViewData is its own copy, so the layout never saw
        // the title or the breadcrumb set there (the tab read the site's name twice).
        ViewData.SetTitle(Heading, ("首页", "/"), ("流程设计", "/studio"), (Heading, null));
        return Page();
    }
}
