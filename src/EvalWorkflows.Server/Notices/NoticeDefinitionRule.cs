using EvalWorkflows.Engine.Definitions;
using EvalWorkflows.Server.Data;

namespace EvalWorkflows.Server.Notices;

/// <summary>
/// Refuses at deploy a notice send task whose template does not exist, which names no recipient, or whose
/// recipients (ew:to, ew:cc) cannot be read as the send will read them, so the
/// mistake shows when the admin deploys, not months later when the notice should have gone out.
/// </summary>
internal sealed class NoticeDefinitionRule(NoticeTemplates templates, AppDbContext db) : IDefinitionRule
{
    public async Task<IEnumerable<DefinitionProblem>> CheckAsync(ProcessGraph graph, CancellationToken cancellationToken)
    {
        var problems = new List<DefinitionProblem>();
        foreach (var node in graph.Nodes.Values.Where(n => n.Property("type") == NoticeTaskHandler.TypeName))
        {
            if (node.Property("template") is not { Length: > 0 } name)
                problems.Add(new(node.Id, node.XmlName, "发送通知的任务没有指定模板（ew:template）。"));
            else if (await templates.FindAsync(db, name.Trim(), cancellationToken) is null)
                problems.Add(new(node.Id, node.XmlName, $"通知模板“{name}”不存在。"));
            if (string.IsNullOrWhiteSpace(node.Property("to")))
                problems.Add(new(node.Id, node.XmlName, "发送通知的任务没有指定收件人（ew:to）。"));
            // Read as the send will read them: an expression, an address list, or template text with {{ }}.
            foreach (var property in new[] { "to", "cc" })
                if (node.Property(property) is { } text && !string.IsNullOrWhiteSpace(text)
                    && NoticeRecipients.TextError(text) is { } error)
                    problems.Add(new(node.Id, node.XmlName, $"ew:{property}“{text}”无法解析：{error}"));
        }
        return problems;
    }
}
