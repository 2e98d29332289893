using Microsoft.Extensions.Options;

namespace EvalWorkflows.Server.Tests.Notices;

/// <summary>Wrong templates or mail settings stop the app at start-up, naming what is wrong.</summary>
public sealed class NoticeStartupTests
{
    [Fact]
    public async Task A_shipped_template_that_does_not_parse_stops_start_up_with_its_file_name_and_the_parser_message()
    {
        var folder = Directory.CreateTempSubdirectory("ew-templates-").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "broken.sbn"), "=== subject ===\n{{ if }}\n=== html ===\n=== text ===\n");
        await using var app = new NoticeApp(settings: new Dictionary<string, string?> { ["Notices:TemplatesPath"] = folder });

        var error = Assert.Throws<InvalidOperationException>(() => app.Services);

        Assert.Contains("'broken.sbn' does not parse: (2,", error.Message);
        Assert.Contains("if", error.Message);
        NoticeApp.DeleteDatabase(app.DatabaseFile);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task An_invalid_mail_setting_stops_start_up_with_its_name()
    {
        await using var app = new NoticeApp(smtpPort: 0);

        var error = Assert.Throws<OptionsValidationException>(() => app.Services);

        Assert.Contains("Mail:Smtp:Port", error.Message);
        NoticeApp.DeleteDatabase(app.DatabaseFile);
    }

    [Fact]
    public async Task A_send_lease_shorter_than_twice_the_smtp_timeout_stops_start_up_so_no_live_send_is_taken_over()
    {
        await using var app = new NoticeApp(smtpPort: 2525, settings: new Dictionary<string, string?>
        {
            ["Mail:Smtp:Timeout"] = "00:00:10",
            ["Notices:SendLease"] = "00:00:15",
        });

        var error = Assert.Throws<OptionsValidationException>(() => app.Services);

        Assert.Contains("Notices:SendLease must be at least twice the SMTP timeout (Mail:Smtp:Timeout)", error.Message);
        NoticeApp.DeleteDatabase(app.DatabaseFile);
    }
}
