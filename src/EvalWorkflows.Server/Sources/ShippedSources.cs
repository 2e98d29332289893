using System.Text.Json;
using EvalWorkflows.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Sources;

/// <summary>
/// The legal sources shipped with the product (Data/legal-sources.json, embedded). At start-up each one is
/// copied into the database when the database has no version of it, or when its newest version is an older
/// copy of the file that no admin has edited since — an admin's edit is never overwritten.
/// </summary>
public static class ShippedSources
{
    public const string ResourceName = "EvalWorkflows.Server.Sources.legal-sources.json";

    private static readonly Lazy<IReadOnlyList<LegalSource>> Shipped = new(Load);

    public static IReadOnlyList<LegalSource> Sources => Shipped.Value;

    public static async Task SeedAsync(AppDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var newest = await db.Set<LegalSourceVersion>().AsNoTracking()
            .Where(v => v.Id == db.Set<LegalSourceVersion>().Where(w => w.Code == v.Code).Max(w => w.Id))
            .ToDictionaryAsync(v => v.Code, cancellationToken);
        foreach (var source in Sources)
        {
            var document = LegalSourceRegistry.Serialize(source);
            if (newest.TryGetValue(source.Code, out var current)
                && (current.ChangedBy != LegalSourceVersion.Seeder || current.Document == document)) continue;
            db.Add(new LegalSourceVersion
            {
                Code = source.Code, Document = document, ChangedBy = LegalSourceVersion.Seeder, ChangedAt = time.GetUtcNow(),
            });
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private static IReadOnlyList<LegalSource> Load()
    {
        using var json = typeof(ShippedSources).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The legal sources resource {ResourceName} is missing from the build.");
        var file = JsonSerializer.Deserialize<ShippedFile>(json, LegalSourceRegistry.Json)
            ?? throw new InvalidOperationException("The shipped legal sources file is empty.");
        var problems = file.Sources.SelectMany(s => LegalSourceRules.Check(s, file.Sources)).ToList();
        if (problems.Count > 0)
            throw new InvalidOperationException("The shipped legal sources are wrong: "
                + string.Join("; ", problems.Select(p => $"{p.Field}: {p.Detail}")));
        return file.Sources;
    }

    private sealed record ShippedFile(List<LegalSource> Sources);
}
