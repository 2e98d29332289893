using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using EvalWorkflows.Server.Api;

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
public sealed record LegalSource : IValidatedRequest
{
    /// <summary>The short code citations start with (e.g. 000).</summary>
    [MaxLength(20)] public required string Code { get; init; }
    /// <summary>The full title, without 《》.</summary>
    [MaxLength(500)] public required string Title { get; init; }
    /// <summary>What the text calls it after the first mention, without 《》 (e.g. 备案管理通知).</summary>
    [MaxLength(100)] public required string ShortTitle { get; init; }
    /// <summary>Who issued it (e.g. 山东省人力资源和社会保障厅).</summary>
    [MaxLength(200)] public required string Issuer { get; init; }
    /// <summary>文号, e.g. 鲁人社字〔2020〕190号; none for a draft for comment.</summary>
    [MaxLength(100)] public string? DocumentNumber { get; init; }
    /// <summary>The day it was issued.</summary>
    public DateOnly? IssuedOn { get; init; }
    /// <summary>in-force or draft-for-comment.</summary>
    public required SourceStatus Status { get; init; }
    /// <summary>Its articles, sections and items, each with the key citations use.</summary>
    [MaxLength(1000)] public required IReadOnlyList<SourcePart> Parts { get; init; }
}

/// <summary>One article, section or item of a source: its key and how a citation names it.</summary>
/// <param name="Key">The short key workflows and code cite (e.g. 000 §三.2).</param>
/// <param name="Label">The Chinese words for it (e.g. 第三部分第2项).</param>
public sealed record SourcePart([property: MaxLength(50)] string Key, [property: MaxLength(200)] string Label);
