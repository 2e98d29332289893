using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Pages.Shared;

/// <summary>
/// Paging of a list page: which page is shown, how many there are, and the query string to keep (filters),
/// so the pager partial can link to the other pages without losing the filters.
/// </summary>
public sealed record PageLinks(int Page, int PageSize, int Total, IReadOnlyDictionary<string, string?> Query)
{
    public const int DefaultSize = 20;
    public const int MaxSize = 100;

    /// <summary>The list stopped counting at <see cref="Total"/>: there are more, and a page after the last counted.</summary>
    public bool TotalCapped { get; init; }

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize + (TotalCapped ? 1 : 0));
    public int Skip => (Page - 1) * PageSize;

    public static (int Page, int PageSize) Normalize(int? page, int? pageSize)
    {
        var size = Math.Clamp(pageSize ?? DefaultSize, 1, MaxSize);
        return (Math.Max(1, page ?? 1), size);
    }

    public string Href(int page)
    {
        var query = Query.Where(q => !string.IsNullOrEmpty(q.Value) && q.Key != "page")
            .Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value!)}")
            .Append($"page={page}");
        return "?" + string.Join('&', query);
    }
}

public static class PageLinksQuery
{
    /// <summary>One page of an ordered query, counted and cut in SQL, with its links (no filters to keep).</summary>
    public static async Task<(List<T> Items, PageLinks Links)> PageAsync<T>(this IQueryable<T> ordered, int? page, CancellationToken ct)
    {
        var (number, size) = PageLinks.Normalize(page, null);
        var links = new PageLinks(number, size, await ordered.CountAsync(ct), new Dictionary<string, string?>());
        return (await ordered.Skip(links.Skip).Take(size).ToListAsync(ct), links);
    }
}
