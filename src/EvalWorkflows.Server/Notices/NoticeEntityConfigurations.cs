using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EvalWorkflows.Server.Notices;

internal sealed class NoticeConfiguration : IEntityTypeConfiguration<Notice>
{
    public void Configure(EntityTypeBuilder<Notice> e)
    {
        e.ToTable("notices");
        e.Property(x => x.Revision).IsConcurrencyToken();
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        e.HasIndex(x => new { x.Status, x.NextAttemptAt });
        e.HasIndex(x => x.InstanceId);
        e.HasIndex(x => x.InstitutionId);
        e.HasIndex(x => new { x.Template, x.QueuedAt });
        e.HasIndex(x => x.MessageId).IsUnique();
    }
}

internal sealed class NoticeTemplateVersionConfiguration : IEntityTypeConfiguration<NoticeTemplateVersion>
{
    public void Configure(EntityTypeBuilder<NoticeTemplateVersion> e)
    {
        e.ToTable("notice_template_versions");
        e.HasIndex(x => new { x.Name, x.Id });
    }
}
