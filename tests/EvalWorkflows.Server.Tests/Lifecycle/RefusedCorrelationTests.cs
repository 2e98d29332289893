using System.Net;
using System.Net.Http.Json;
using EvalWorkflows.Server.AnnualReports;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Renewals;
using EvalWorkflows.Server.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvalWorkflows.Server.Tests.Lifecycle;

/// <summary>
/// A renewal application or an annual summary is written with the message that tells its workflow: when the
/// correlation is refused nothing of it stays behind, and the institution's retry goes through.
/// </summary>
public sealed class RefusedCorrelationTests
{
    [Fact]
    public async Task Renewal_application_whose_correlation_fails_leaves_no_record_and_the_retry_starts_the_evaluation()
    {
        using var app = new TestApp().With("Clock:Start", "2023-03-10T09:00:00+08:00");
        var filed = await FiledInstitution.CreateAsync(app, new DateOnly(2023, 3, 10));
        var admin = await app.LoginAsAsync("admin");
        // Valid until 2026-03-09; the renewal window opened 2025-12-09 (004 §二).
        await admin.AdvanceToAsync("2025-12-15T09:00:00+08:00");

        await using (await CorrelationFailure.InstallAsync(app))
            Assert.Equal(HttpStatusCode.InternalServerError, (await filed.ApplyForRenewalAsync()).StatusCode);
        Assert.Empty(await RenewalsAsync(app, filed.FilingId));

        var id = (await (await filed.ApplyForRenewalAsync()).ReadAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var renewal = Assert.Single(await RenewalsAsync(app, filed.FilingId));
        Assert.Equal((id, new DateOnly(2025, 12, 15)), (renewal.Id, renewal.ReceivedOn));
        Assert.NotNull(renewal.InstanceId);
        await filed.TaskAsync(await app.LoginAsAsync("evaluator"), "续期评估");
    }

    [Fact]
    public async Task Annual_summary_whose_correlation_fails_stays_expected_and_the_retry_reaches_the_clerk()
    {
        using var app = new TestApp().With("Clock:Start", "2025-03-10T09:00:00+08:00");
        var filed = await FiledInstitution.CreateAsync(app, new DateOnly(2025, 3, 10));
        var admin = await app.LoginAsAsync("admin");
        await admin.AdvanceToAsync("2026-03-02T09:00:00+08:00");
        var summary = new { filingId = filed.FilingId, year = 2025, batchesHeld = 4, candidatesAssessed = 320, candidatesPassed = 281, plans = "新增两个工种的评价" };

        await using (await CorrelationFailure.InstallAsync(app))
            Assert.Equal(HttpStatusCode.InternalServerError, (await filed.Portal.PostAsJsonAsync("/api/annual-reports", summary)).StatusCode);
        var untouched = await ReportAsync(app, filed.FilingId, 2025);
        Assert.Equal((AnnualReportStatus.Expected, null, null), (untouched.Status, untouched.SubmittedOn, untouched.Content));

        await (await filed.Portal.PostAsJsonAsync("/api/annual-reports", summary)).ReadAsync(HttpStatusCode.Created);
        var submitted = await ReportAsync(app, filed.FilingId, 2025);
        Assert.Equal((AnnualReportStatus.Submitted, new DateOnly(2026, 3, 2)), (submitted.Status, submitted.SubmittedOn));
        await filed.TaskAsync(await app.LoginAsAsync("clerk"), "审核2025年度工作总结");
    }

    private static async Task<List<RenewalApplication>> RenewalsAsync(TestApp app, Guid filingId)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<RenewalApplication>().AsNoTracking()
            .Where(a => a.FilingId == filingId).ToListAsync();
    }

    private static async Task<AnnualReport> ReportAsync(TestApp app, Guid filingId, int year)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<AnnualReport>().AsNoTracking()
            .SingleAsync(r => r.FilingId == filingId && r.Year == year);
    }
}
