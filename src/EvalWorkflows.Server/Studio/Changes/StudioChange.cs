using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EvalWorkflows.Server.Studio.Changes;

/// <summary>
/// One change an admin made through the studio or its API: a definition deployed, a notice template saved, a
/// calendar year corrected, a legal source saved. Written in the same transaction as the change itself, so the
/// record holds every change and nothing that was rolled back. The changed rows keep their own who/when; this is
/// the one place that also says why, and the one list an auditor reads.
/// </summary>
public sealed class StudioChange
{
    public long Id { get; private init; }
    /// <summary>One of <see cref="StudioChangeKinds"/>.</summary>
    public required string Kind { get; init; }
    /// <summary>What was changed: a definition key, a template name, a calendar year, a legal source code.</summary>
    public required string Target { get; init; }
    /// <summary>The version the change made (definition version, template version, correction or source version).</summary>
    public long? Version { get; init; }
    /// <summary>What was done, in Chinese, e.g. 部署、恢复第 2 版.</summary>
    public required string Action { get; init; }
    public required string ChangedBy { get; init; }
    public required DateTimeOffset ChangedAt { get; init; }
    /// <summary>Why, as the admin wrote it; null when an API caller gave none.</summary>
    public string? Reason { get; init; }

    public const int MaxReasonLength = 500;
}

/// <summary>The kinds of studio change, as stored and as the API filters them.</summary>
public static class StudioChangeKinds
{
    public const string Definition = "definition";
    public const string Template = "template";
    public const string Calendar = "calendar";
    public const string Source = "source";

    public static readonly IReadOnlyList<string> All = [Definition, Template, Calendar, Source];

    public static string Label(string kind) => kind switch
    {
        Definition => "流程定义",
        Template => "通知模板",
        Calendar => "工作日历",
        Source => "法律依据",
        _ => kind,
    };
}

internal sealed class StudioChangeConfiguration : IEntityTypeConfiguration<StudioChange>
{
    public void Configure(EntityTypeBuilder<StudioChange> e)
    {
        e.ToTable("studio_changes");
        e.Property(x => x.Kind).HasMaxLength(16);
        e.Property(x => x.Target).HasMaxLength(128);
        e.Property(x => x.Action).HasMaxLength(64);
        e.Property(x => x.ChangedBy).HasMaxLength(128);
        e.Property(x => x.Reason).HasMaxLength(StudioChange.MaxReasonLength);
        e.HasIndex(x => new { x.Kind, x.Id });
        e.HasIndex(x => new { x.Kind, x.Target, x.Version });
    }
}

/// <summary>What a change did, as the record shows it.</summary>
public static class StudioChangeActions
{
    public const string Deploy = "部署";
    public const string Upload = "上传部署";
    public const string Save = "保存";
    public const string Correct = "更正";

    public static string Revert(long version) => $"恢复第 {version} 版";
}
