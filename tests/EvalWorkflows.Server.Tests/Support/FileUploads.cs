using System.Net.Http.Headers;

namespace EvalWorkflows.Server.Tests.Support;

public static class FileUploads
{
    /// <summary>POST /api/files as a browser would: multipart, field <c>file</c>, the type left for the server to judge.</summary>
    public static async Task<HttpResponseMessage> UploadFileAsync(this HttpClient client, byte[] content, string name)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", name);
        return await client.PostAsync("/api/files", form);
    }
}
