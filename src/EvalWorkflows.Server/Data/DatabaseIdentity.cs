using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EvalWorkflows.Server.Data;

/// <summary>
/// The one row that names this database: its id is written beside the file (<see cref="DatabaseFile.MarkerPath"/>)
/// and compared on every new connection, so a file deleted or replaced under the server is noticed; the health
/// check commits <see cref="HeartbeatAt"/> to prove a write goes through.
/// </summary>
public sealed class DatabaseIdentity
{
    public Guid Id { get; private init; }
    public DateTimeOffset CreatedAt { get; private init; }
    public DateTimeOffset HeartbeatAt { get; private init; }

    public static DatabaseIdentity Create(DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(now), CreatedAt = now, HeartbeatAt = now };
}

internal sealed class DatabaseIdentityConfiguration : IEntityTypeConfiguration<DatabaseIdentity>
{
    public void Configure(EntityTypeBuilder<DatabaseIdentity> builder)
    {
        builder.ToTable("database_identity");
        builder.HasKey(d => d.Id);
    }
}
