using EvalWorkflows.Server.Api;

namespace EvalWorkflows.Server.Publicity;

/// <summary>The batch results the institution publishes: how many sat, how many passed, where the list is shown.</summary>
public sealed record PublishResultsRequest(int? Candidates, int? Passed, string? PublishedAt) : IValidatedRequest
{
    public RequestError? Validate() =>
        Candidates is not > 0 ? new RequestError("candidates", "参加考核人数须大于 0。")
        : Passed is not { } p || p < 0 || p > Candidates ? new RequestError("passed", "合格人数须在 0 与参加考核人数之间。")
        : ValidationExtensions.Required(PublishedAt, "publishedAt", "公示地址（网站或场所）");
}

public sealed record RaiseObjectionRequest(string? Name, string? Contact, string? Content) : IValidatedRequest
{
    public RequestError? Validate() =>
        ValidationExtensions.Required(Name, "name", "异议人姓名")
        ?? ValidationExtensions.Required(Contact, "contact", "联系方式")
        ?? ValidationExtensions.Required(Content, "content", "异议内容")
        ?? (Content!.Length > 2000 ? new RequestError("content", "异议内容不能超过 2000 字。") : null);
}

public sealed record ObjectionRaised(Guid Id, string PublicityEndsOn);
