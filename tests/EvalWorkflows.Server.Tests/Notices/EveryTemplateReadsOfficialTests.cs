using System.Text.RegularExpressions;
using EvalWorkflows.Server.Notices;
using EvalWorkflows.Server.Sources;
using Microsoft.Extensions.DependencyInjection;

namespace EvalWorkflows.Server.Tests.Notices;

/// <summary>
/// Every shipped template, rendered over sample data, reads as the centre's own letter: sources cited in full
/// Chinese form with their 文号, dates written the Chinese way, no internal key or English abbreviation.
/// </summary>
public sealed partial class EveryTemplateReadsOfficialTests(NoticeAppFixture fixture) : IClassFixture<NoticeAppFixture>
{
    private IServiceProvider Services => fixture.App.Services;

    public static TheoryData<string> TemplateNames()
    {
        var names = new TheoryData<string>();
        var folder = Path.Combine(AppContext.BaseDirectory, "templates");
        foreach (var file in Directory.GetFiles(folder, "*.sbn").Order(StringComparer.Ordinal))
            names.Add(Path.GetFileNameWithoutExtension(file));
        return names;
    }

    [GeneratedRegex(@"\d{3} ?(§|art\.)|§|\bart\.|\bannex\b|\bNo\.", RegexOptions.IgnoreCase)]
    private static partial Regex InternalKey();

    [GeneratedRegex(@"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/\d{4}")]
    private static partial Regex NonChineseDate();

    [GeneratedRegex(@"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\S+@\S+|www\.\S+|https?://\S+")]
    private static partial Regex IdsAndAddresses();

    [GeneratedRegex("[A-Za-z]{2,}")]
    private static partial Regex EnglishWord();

    [GeneratedRegex("<[^>]+>|&[a-z]+;|&#\\d+;")]
    private static partial Regex Markup();

    [Theory]
    [MemberData(nameof(TemplateNames))]
    public void A_notice_from_the_template_cites_in_full_Chinese_form_and_writes_dates_the_Chinese_way(string name)
    {
        var notice = NoticeSamples.Render(Services, name);
        var registry = Services.GetRequiredService<LegalSourceRegistry>();
        var template = Services.GetRequiredService<NoticeTemplates>()
            .Parse(Services.GetRequiredService<NoticeTemplateFiles>().Texts[name]);

        var html = Markup().Replace(notice.Html.Replace("<!DOCTYPE html>", ""), " ");
        foreach (var (part, text) in new[] { ("subject", notice.Subject), ("html", html), ("text", notice.Text) })
        {
            Assert.False(InternalKey().IsMatch(text), $"{name} {part} shows an internal key: {InternalKey().Match(text).Value}");
            Assert.False(NonChineseDate().IsMatch(text), $"{name} {part} shows a date not in Chinese style: {NonChineseDate().Match(text).Value}");
            var english = EnglishWord().Match(IdsAndAddresses().Replace(text, ""));
            Assert.False(english.Success, $"{name} {part} shows an English word: {english.Value}");
            Assert.DoesNotContain("{{", text);
        }
        var keys = LegalSourceRegistry.Keys(NoticeSamples.BasisOf(template));
        Assert.NotEmpty(keys);
        foreach (var key in keys)
        {
            var cited = registry.Find(key);
            Assert.True(cited is not null, $"{name} cites {key}, which the registry lacks");
            var mark = cited.Source.DocumentNumber ?? "征求意见稿";
            Assert.Contains(mark, notice.Html);
            Assert.Contains(mark, notice.Text);
            Assert.Contains(cited.Part.Label, notice.Text);
        }
        Assert.Contains("依据：", notice.Text);
        Assert.Contains("2025年10月9日", notice.Text); // the date of issue under the signature
    }

    [Fact]
    public void The_layout_is_built_for_mail_clients_and_phones()
    {
        var notice = NoticeSamples.Render(Services, "filing-completed");

        Assert.Contains("max-width:640px", notice.Html);
        Assert.Contains("name=\"viewport\"", notice.Html);
        Assert.DoesNotContain("<script", notice.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<style", notice.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("class=", notice.Html);
        Assert.Contains("<table role=\"presentation\"", notice.Html);
        // Header, title, body, signature, date, basis and contact details appear in both parts, in this order.
        string[] order = ["山东省职业技能鉴定指导中心", "山东省人力资源和社会保障厅", "职业技能鉴定机构备案告知书",
            "青岛市技师学院：", "电工 四级/中级工", "山东省职业技能鉴定指导中心", "2025年10月9日", "依据：", "鲁人社字〔2020〕190号",
            "联系方式", "0531-12345678", "济南市历下区示范路1号"];
        foreach (var body in new[] { notice.Html[notice.Html.IndexOf("<body", StringComparison.Ordinal)..], notice.Text })
        {
            var at = 0;
            foreach (var expected in order)
            {
                at = body.IndexOf(expected, at, StringComparison.Ordinal);
                Assert.True(at >= 0, $"“{expected}” missing or out of order in:\n{body}");
                at += expected.Length;
            }
        }
    }
}

/// <summary>One notice server shared by the tests of a class that only read from it.</summary>
public sealed class NoticeAppFixture : IAsyncLifetime
{
    public NoticeApp App { get; } = new();

    public Task InitializeAsync()
    {
        _ = App.Services; // starts the host: the registry is seeded and loaded
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        NoticeApp.DeleteDatabase(App.DatabaseFile);
    }
}
