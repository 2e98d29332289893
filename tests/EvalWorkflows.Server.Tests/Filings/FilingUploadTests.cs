using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using EvalWorkflows.Server.Tests.Support;

namespace EvalWorkflows.Server.Tests.Filings;

public sealed class FilingUploadTests
{
    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] content, string name) => client.UploadFileAsync(content, name);

    [Fact]
    public async Task An_uploaded_pdf_becomes_a_material_of_the_filing_and_only_its_institution_and_staff_can_download_it()
    {
        using var app = new TestApp();
        var d = await FilingDriver.StartAsync(app);
        var pdf = SamplePdf.Create();
        var uploaded = await (await UploadAsync(d.Institution, pdf, "营业执照.pdf")).ReadAsync(HttpStatusCode.Created);
        var fileId = uploaded.GetProperty("id").GetGuid();
        Assert.Equal("application/pdf", uploaded.GetProperty("contentType").GetString());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), uploaded.GetProperty("sha256").GetString());

        var (filingId, _) = await d.SubmitAsync(new
        {
            scope = new[] { new { occupationCode = "6-18-02-04", occupationName = "焊工", levels = new[] { 5 }, theoryAreaM2 = 80, theorySeats = 40, practiceStations = 12 } },
            premises = new { officeAreaM2 = 45, tenureYears = 5, address = "济南市历下区解放东路16号" },
            materials = new[] { new { kind = "legal-status", fileId, fileName = "客户端给的名字.pdf" } },
        });
        var material = Assert.Single((await d.FilingAsync(filingId)).GetProperty("materials").EnumerateArray());
        Assert.Equal("营业执照.pdf", material.GetProperty("fileName").GetString());
        Assert.Equal(fileId, material.GetProperty("fileId").GetGuid());

        var byClerk = await d.Clerk.GetAsync($"/files/{fileId}");
        Assert.Equal(HttpStatusCode.OK, byClerk.StatusCode);
        Assert.Equal(pdf, await byClerk.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, (await d.Institution.GetAsync($"/files/{fileId}")).StatusCode);

        var other = await FilingDriver.StartAsync(app, creditCode: "91370100MA3C00002L");
        Assert.Equal(HttpStatusCode.NotFound, (await other.Institution.GetAsync($"/files/{fileId}")).StatusCode);
        var reuse = await other.Institution.PostAsJsonAsync("/api/filings", new
        {
            scope = new[] { new { occupationCode = "6-18-02-04", occupationName = "焊工", levels = new[] { 5 }, theoryAreaM2 = 0, theorySeats = 0, practiceStations = 0 } },
            premises = new { officeAreaM2 = 45, tenureYears = 5 },
            materials = new[] { new { kind = "legal-status", fileId } },
        });
        await reuse.ReadProblemAsync(HttpStatusCode.BadRequest, "FILE_NOT_FOUND");
    }

    [Fact]
    public async Task A_file_is_judged_by_its_content_not_its_name_and_an_oversized_one_is_refused()
    {
        using var app = new TestApp().With("Files:MaxFileBytes", "2048");
        var d = await FilingDriver.StartAsync(app);
        var exe = (await UploadAsync(d.Institution, [0x4D, 0x5A, 0x90, 0x00, 0x03], "营业执照.pdf"))
            .ReadProblemAsync(HttpStatusCode.BadRequest, "FILE_TYPE_NOT_ALLOWED");
        Assert.Contains("PDF", (await exe).GetProperty("detail").GetString());
        await (await UploadAsync(d.Institution, SamplePdf.Create(), "营业执照.png"))
            .ReadProblemAsync(HttpStatusCode.BadRequest, "FILE_EXTENSION_MISMATCH");
        await (await UploadAsync(d.Institution, new byte[4096], "big.pdf"))
            .ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge, "FILE_TOO_LARGE");
        await (await UploadAsync(d.Clerk, SamplePdf.Create(), "x.pdf")).ReadAsync(HttpStatusCode.Forbidden);
    }
}
