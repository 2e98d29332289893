using System.Collections;
using EvalWorkflows.Engine.Execution;
using EvalWorkflows.Engine.Expressions;
using MimeKit;

namespace EvalWorkflows.Server.Notices;

/// <summary>
/// Reads a recipient property of a send task (<c>to</c>, <c>cc</c>). Its value is a literal address list
/// (<c>office@example.cn, 张三 &lt;zhang@example.cn&gt;</c>), a Scriban expression over the instance variables
/// (<c>institution_email</c>, giving a string or a list), or a template text (<c>{{ contact }}@example.cn</c>).
/// Every address must be valid: a notice is not sent to part of its recipients.
/// </summary>
internal static class NoticeRecipients
{
    public static IReadOnlyList<string> Resolve(TaskHandlerContext context, string property, bool required)
    {
        var spec = context.Properties.GetValueOrDefault(property)?.Trim();
        if (string.IsNullOrEmpty(spec))
            return required
                ? throw new NoticeException($"发送通知的任务 {context.ElementId} 没有设置收件人（{property}）。")
                : [];
        object? value;
        try
        {
            value = KindOf(spec) switch
            {
                RecipientText.Template => context.Render(spec),
                RecipientText.Addresses => spec,
                _ => context.Evaluate(spec),
            };
        }
        catch (Exception e) when (e is not NoticeException)
        {
            throw new NoticeException($"任务 {context.ElementId} 的收件人表达式“{spec}”无法求值：{e.Message}", e);
        }
        var addresses = Parse(value, out var invalid);
        if (invalid.Count > 0)
            throw new NoticeException($"任务 {context.ElementId} 的收件人（{property} = “{spec}”）中有无效的邮箱地址：{string.Join("、", invalid)}。");
        if (required && addresses.Count == 0)
            throw new NoticeException($"任务 {context.ElementId} 的收件人（{property} = “{spec}”）没有有效的邮箱地址。");
        return addresses;
    }

    /// <summary>How a recipient text is read: template text when it has <c>{{</c>, else addresses when it has an @, else an expression.</summary>
    internal static RecipientText KindOf(string spec) =>
        spec.Contains("{{") ? RecipientText.Template : spec.Contains('@') ? RecipientText.Addresses : RecipientText.Expression;

    /// <summary>
    /// Null when the recipient text can be read the way <see cref="Resolve"/> will read it; else why not, for deploy
    /// (a literal address list must be valid as it stands; a template or an expression must parse).
    /// </summary>
    internal static string? TextError(string spec)
    {
        spec = spec.Trim();
        switch (KindOf(spec))
        {
            case RecipientText.Template: return ScribanExpressions.TemplateError(spec);
            case RecipientText.Expression: return ScribanExpressions.ExpressionError(spec);
            default:
                Parse(spec, out var invalid);
                return invalid.Count > 0 ? $"无效的邮箱地址：{string.Join("、", invalid)}" : null;
        }
    }

    internal static IReadOnlyList<string> Parse(object? value, out List<string> invalid)
    {
        invalid = [];
        var addresses = new List<string>();
        foreach (var item in Items(value))
        {
            if (InternetAddressList.TryParse(item.Replace(';', ','), out var list) && list.All(NoticeAddress.IsDeliverable))
                addresses.AddRange(list.Mailboxes.Select(m => m.ToString()));
            else
                invalid.Add(item);
        }
        return addresses;
    }

    private static IEnumerable<string> Items(object? value) => value switch
    {
        null => [],
        string s => string.IsNullOrWhiteSpace(s) ? [] : [s.Trim()],
        IEnumerable e => e.Cast<object?>().SelectMany(Items),
        _ => [value.ToString() ?? ""],
    };
}

/// <summary>The three ways a recipient property's text is read (<see cref="NoticeRecipients.KindOf"/>).</summary>
internal enum RecipientText { Template, Addresses, Expression }

/// <summary>A notice cannot be queued as the workflow says; the message is for the admin handling the incident.</summary>
public sealed class NoticeException(string message, Exception? inner = null) : Exception(message, inner);
