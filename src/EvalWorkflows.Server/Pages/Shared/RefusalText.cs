using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Sources;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace EvalWorkflows.Server.Pages.Shared;

/// <summary>A refusal as a page shows it: the reason, then its legal basis in words (never the bare key).</summary>
public static class RefusalText
{
    public static string Describe(string? detail, string? basis, LegalSourceRegistry sources) =>
        detail + (sources.Cite(basis) is { } cited ? $"（依据：{cited}）" : "");

    /// <summary>Puts the refusal beside the form field <paramref name="key"/> ("" for the form as a whole).</summary>
    public static void AddRefusal(this ModelStateDictionary state, string key, Refusal refusal, LegalSourceRegistry sources) =>
        state.AddModelError(key, Describe(refusal.Detail, refusal.Basis, sources));
}
