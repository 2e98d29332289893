using System.Text;

namespace EvalWorkflows.Server.Pages.Shared;

/// <summary>
/// A list page's rows as a CSV download: UTF-8 with a byte-order mark (so Excel reads the Chinese), RFC 4180
/// quoting, written row by row from the query as it streams out of the database, never loaded whole.
/// </summary>
public static class CsvExport
{
    public static async Task WriteAsync<T>(HttpResponse response, string fileName, IReadOnlyList<string> header,
        IAsyncEnumerable<T> rows, Func<T, IEnumerable<string?>> cells, CancellationToken ct)
    {
        response.ContentType = "text/csv; charset=utf-8";
        response.Headers.ContentDisposition = $"attachment; filename=\"export.csv\"; filename*=UTF-8''{Uri.EscapeDataString(fileName)}";
        await using var writer = new StreamWriter(response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        await writer.WriteLineAsync(Line(header));
        var count = 0;
        await foreach (var row in rows.WithCancellation(ct))
        {
            await writer.WriteLineAsync(Line(cells(row)));
            if (++count % 200 == 0) await writer.FlushAsync(ct);
        }
        await writer.FlushAsync(ct);
    }

    private static string Line(IEnumerable<string?> cells) => string.Join(',', cells.Select(Quote));

    private static string Quote(string? cell)
    {
        if (string.IsNullOrEmpty(cell)) return "";
        // A leading =, +, - or @ would make a spreadsheet run the cell as a formula (CSV injection).
        if (cell[0] is '=' or '+' or '-' or '@') cell = "'" + cell;
        return cell.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{cell.Replace("\"", "\"\"")}\"" : cell;
    }
}
