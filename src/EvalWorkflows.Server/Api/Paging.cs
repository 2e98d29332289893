using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Api;

/// <summary>
/// Which page of a list to answer: <c>?page=</c> from 1 and <c>?pageSize=</c> up to <see cref="MaxSize"/>. Every
/// list of the API takes it, so no answer grows with the database (100,000 instances answer in one page).
/// </summary>
public sealed record PageQuery : IValidatedRequest
{
    public const int DefaultSize = 50, MaxSize = 100, MaxPage = 100_000;

    /// <summary>Which page, counted from 1 (default 1, at most 100000).</summary>
    [Microsoft.AspNetCore.Mvc.FromQuery(Name = "page"), System.ComponentModel.Description("Which page, counted from 1 (default 1, at most 100000).")]
    public int? Page { get; init; }

    /// <summary>How many items one page holds, 1 to 100 (default 50).</summary>
    [Microsoft.AspNetCore.Mvc.FromQuery(Name = "pageSize"), System.ComponentModel.Description("How many items one page holds, 1 to 100 (default 50).")]
    public int? PageSize { get; init; }

    /// <summary>The page asked for, held within bounds even where no filter refused a wrong value.</summary>
    public int Number => Math.Clamp(Page ?? 1, 1, MaxPage);

    public int Size => Math.Clamp(PageSize ?? DefaultSize, 1, MaxSize);

    public IEnumerable<RequestError> Validate() => RequestValidation.Errors(
        Page is < 1 or > MaxPage ? new RequestError("page", $"页码（page）须在 1 至 {MaxPage} 之间。") : null,
        PageSize is < 1 or > MaxSize ? new RequestError("pageSize", $"每页条数（pageSize）须在 1 至 {MaxSize} 之间。") : null);
}

/// <summary>One page of a list: its items, how many match in all, and which page this is.</summary>
/// <param name="Items">The items on this page, in the list's order.</param>
/// <param name="Total">How many items match the filters, on all pages together.</param>
/// <param name="Page">This page's number, from 1.</param>
/// <param name="PageSize">The most items a page holds.</param>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize)
{
    /// <summary>
    /// Present (true) only where a list stops counting at a bound (the task inbox): there are more items than
    /// <c>total</c>, and pages after it; keep paging while a page comes back full.
    /// </summary>
    [System.ComponentModel.Description("Present (true) only where a list stops counting at a bound (the task inbox): there are more items than total; keep paging while a page comes back full.")]
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
    public bool TotalCapped { get; init; }

    public Paged<TOut> Select<TOut>(Func<T, TOut> map) => new(Items.Select(map).ToList(), Total, Page, PageSize) { TotalCapped = TotalCapped };
}

public static class Paging
{
    /// <summary>Counts and reads one page in SQL; <paramref name="ordered"/> must end in a unique key for a stable order.</summary>
    public static async Task<Paged<T>> ToPageAsync<T>(this IQueryable<T> ordered, PageQuery page, CancellationToken ct)
    {
        var total = await ordered.CountAsync(ct);
        var items = await ordered.Slice(page).ToListAsync(ct);
        return new Paged<T>(items, total, page.Number, page.Size);
    }

    /// <summary>The page's rows as a query, to join other tables to the page in SQL (a subquery, not a list of ids).</summary>
    public static IQueryable<T> Slice<T>(this IQueryable<T> ordered, PageQuery page) =>
        ordered.Skip((page.Number - 1) * page.Size).Take(page.Size);

    /// <summary>One page of a list already in memory (short lists built from configuration or files).</summary>
    public static Paged<T> ToPage<T>(this IEnumerable<T> ordered, PageQuery page)
    {
        var all = ordered as IReadOnlyList<T> ?? ordered.ToList();
        return new Paged<T>(all.Skip((page.Number - 1) * page.Size).Take(page.Size).ToList(), all.Count, page.Number, page.Size);
    }
}

/// <summary>The free-text search of a list (<c>?q=</c>), bounded like any other text the API reads.</summary>
public sealed record SearchQuery : IValidatedRequest
{
    /// <summary>Text to look for; what it is matched against is said by each list.</summary>
    [System.ComponentModel.DataAnnotations.MaxLength(100)]
    [Microsoft.AspNetCore.Mvc.FromQuery(Name = "q"), System.ComponentModel.Description("Text to look for; each list says what it is matched against.")]
    public string? Q { get; init; }

    /// <summary>The text to look for, lower-cased for SQLite's ASCII-only case folding; null when none.</summary>
    public string? Text => Q?.Trim().ToLowerInvariant() is { Length: > 0 } text ? text : null;
}
