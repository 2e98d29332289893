using System.Text.Json;
using Scriban;
using Scriban.Syntax;

namespace EvalWorkflows.Server.Notices;

/// <summary>
/// Bounds on one render, so a template or a model cannot make the server allocate without end (a preview over a
/// huge model once took 3 GB). A notice is a letter: its model and its text are small, and these limits are far
/// above any real one. A render that breaks one fails with a clear message instead.
/// </summary>
public static class NoticeRenderLimits
{
    /// <summary>The model (instance variables or preview data), as UTF-8 JSON.</summary>
    public const int MaxModelBytes = 256 * 1024;
    /// <summary>Total characters one section (subject, HTML, text or the layout around it) may write.</summary>
    public const int MaxOutputChars = 512 * 1024;
    /// <summary>Characters of any one string a template builds or converts.</summary>
    public const int MaxStringChars = 128 * 1024;
    /// <summary>Iterations of all loops together, nested ones included.</summary>
    public const int MaxLoopIterations = 2_000;
    public const int MaxRecursion = 20;

    internal static TemplateContext Apply(TemplateContext context)
    {
        context.LoopLimit = MaxLoopIterations;
        context.RecursiveLimit = MaxRecursion;
        context.LimitToString = MaxStringChars;
        context.OnStringLimit = ScriptLimitBehavior.Throw;
        context.OutputLimit = MaxOutputChars;
        context.OnOutputLimit = ScriptLimitBehavior.Throw;
        return context;
    }

    /// <exception cref="NoticeRenderException">The model is larger than <see cref="MaxModelBytes"/>.</exception>
    public static void CheckModel(IDictionary<string, object?> model) => CheckModelSize(Measure(model));

    /// <exception cref="NoticeRenderException">The size given is larger than <see cref="MaxModelBytes"/>.</exception>
    public static void CheckModelSize(long bytes)
    {
        if (bytes > MaxModelBytes)
            throw new NoticeRenderException("model", new(1, 1,
                $"渲染数据过大（约 {bytes / 1024} KB），超过上限 {MaxModelBytes / 1024} KB。"), RenderFailure.ModelTooLarge);
    }

    internal static bool IsLimit(ScriptRuntimeException e) =>
        e.OriginalMessage.Contains("limit", StringComparison.OrdinalIgnoreCase);

    private static long Measure(IDictionary<string, object?> model)
    {
        try
        {
            return JsonSerializer.SerializeToUtf8Bytes(model).LongLength;
        }
        catch (NotSupportedException)
        {
            // A value JSON cannot write (none of today's variables) is not measured; the output limit still holds.
            return 0;
        }
    }
}
