using System.Text.Json.Serialization;

namespace EvalWorkflows.Server.Sources;

/// <summary>Whether a source binds: in force, or a draft published for comment (征求意见稿, which has no 文号).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SourceStatus>))]
public enum SourceStatus
{
    [JsonStringEnumMemberName("in-force")] InForce,
    [JsonStringEnumMemberName("draft-for-comment")] DraftForComment,
}

/// <summary>
/// A document the product's rules come from (a provincial notice, a law): how people cite it — full title,
/// issuer, 文号, date — and its parts, each addressable by the short key workflows and code use
/// (e.g. <c>000 §三.2</c>), with the Chinese words for it (第三部分第2项).
/// </summary>
public sealed record LegalSource
{
    public required string Code { get; init; }
    /// <summary>The full title, without 《》.</summary>
    public required string Title { get; init; }
    /// <summary>What the text calls it after the first mention, without 《》 (e.g. 备案管理通知).</summary>
    public required string ShortTitle { get; init; }
    public required string Issuer { get; init; }
    /// <summary>文号, e.g. 鲁人社字〔2020〕190号; none for a draft for comment.</summary>
    public string? DocumentNumber { get; init; }
    public DateOnly? IssuedOn { get; init; }
    public required SourceStatus Status { get; init; }
    public required IReadOnlyList<SourcePart> Parts { get; init; }
}

/// <summary>One article, section or item of a source: its key and how a citation names it.</summary>
public sealed record SourcePart(string Key, string Label);
