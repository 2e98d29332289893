using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using EvalWorkflows.Engine;
using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EvalWorkflows.Server.Workflows;

/// <summary>
/// A request that was answered once under an <c>Idempotency-Key</c>: what was asked (a hash) and what was
/// answered, written in the transaction that did the work, so a retry after a lost answer gets the same answer.
/// </summary>
public sealed class IdempotencyRecord
{
    public required string Endpoint { get; init; }
    public required string Key { get; init; }
    public required string RequestHash { get; init; }
    /// <summary>The answer's body as JSON.</summary>
    public string Result { get; set; } = "";
    public DateTimeOffset CreatedAt { get; init; }
}

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("idempotency_records");
        builder.HasKey(r => new { r.Endpoint, r.Key });
        builder.Property(r => r.Endpoint).HasMaxLength(100);
        builder.Property(r => r.Key).HasMaxLength(IdempotentStart.MaxKeyLength);
    }
}

/// <summary>
/// <c>POST /api/instances</c> with an <c>Idempotency-Key</c>: the first request starts the instance and records
/// its id in the same transaction; any later request with that key returns the same id (200) without starting
/// another, or is refused if it asks for something else under the same key.
/// </summary>
public static class IdempotentStart
{
    public const string Header = "Idempotency-Key";
    public const int MaxKeyLength = 200;
    private const string Endpoint = "POST /api/instances";

    public static async Task<Results<Created<StartedInstance>, Ok<StartedInstance>, ProblemHttpResult>> StartAsync(
        StartInstanceRequest request, string key, WorkflowEngine engine, AppDbContext db, string? actor, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Length > MaxKeyLength)
            return ApiProblems.BadRequest(Header, $"{Header} 应为 1 至 {MaxKeyLength} 个字符。");
        var hash = Hash(request);
        if (await FindAsync(db, key, ct) is { } earlier) return Replay(earlier, hash);
        try
        {
            var id = await engine.StartAsync(request.DefinitionKey!.Trim(), request.BusinessKey, request.Variables, actor, ct,
                alongside: (stepDb, _) => Record(stepDb, key, hash, engine.Now));
            return TypedResults.Created($"/api/instances/{id}", new StartedInstance(id));
        }
        catch (DbUpdateException e) when (DatabaseErrors.IsUniqueViolation(e))
        {
            // A concurrent request with the same key committed first; this one's start was rolled back.
            return Replay((await FindAsync(db, key, ct))!, hash);
        }
    }

    private static Task Record(DbContext db, string key, string hash, DateTimeOffset now)
    {
        var record = new IdempotencyRecord { Endpoint = Endpoint, Key = key, RequestHash = hash, CreatedAt = now };
        db.Add(record);
        // The instance's id exists only once the start has run; the record takes it as the step is saved.
        db.SavingChanges += (_, _) =>
        {
            var started = db.ChangeTracker.Entries<InstanceRecord>()
                .Single(e => e.State == EntityState.Added && e.Entity.ParentInstanceId is null).Entity;
            record.Result = JsonSerializer.Serialize(new StartedInstance(started.Id), JsonSerializerOptions.Web);
        };
        return Task.CompletedTask;
    }

    private static Task<IdempotencyRecord?> FindAsync(AppDbContext db, string key, CancellationToken ct) =>
        db.Set<IdempotencyRecord>().AsNoTracking().FirstOrDefaultAsync(r => r.Endpoint == Endpoint && r.Key == key, ct);

    private static Results<Created<StartedInstance>, Ok<StartedInstance>, ProblemHttpResult> Replay(IdempotencyRecord earlier, string hash) =>
        earlier.RequestHash == hash
            ? TypedResults.Ok(JsonSerializer.Deserialize<StartedInstance>(earlier.Result, JsonSerializerOptions.Web)!)
            : TypedResults.Problem(ApiProblems.Create(StatusCodes.Status422UnprocessableEntity, "IDEMPOTENCY_KEY_REUSED",
                $"该 {Header} 已用于一个内容不同的启动请求，请换用新的键。", Header));

    private static string Hash(StartInstanceRequest request) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(request, JsonSerializerOptions.Web))));
}
