using System.ComponentModel.DataAnnotations;

namespace EvalWorkflows.Server.Files;

/// <summary>Limits on uploaded materials, bound from <c>Files</c>.</summary>
public sealed class UploadOptions
{
    /// <summary>The largest single file accepted (default 10 MB).</summary>
    [Range(1024, 200L * 1024 * 1024)] public long MaxFileBytes { get; set; } = 10L * 1024 * 1024;
    /// <summary>The most the files of one filing may add up to (default 50 MB).</summary>
    [Range(1024, 2000L * 1024 * 1024)] public long MaxFilingBytes { get; set; } = 50L * 1024 * 1024;
}
