using System.ComponentModel.DataAnnotations;
using EvalWorkflows.Server.Api;

namespace EvalWorkflows.Server.Publicity;

/// <summary>The batch results the institution publishes: how many sat, how many passed, where the list is shown.</summary>
/// <param name="Candidates">How many sat the exam.</param>
/// <param name="Passed">How many passed.</param>
/// <param name="PublishedAt">Where the list is shown (a web address or a place).</param>
public sealed record PublishResultsRequest(int? Candidates, int? Passed, [property: MaxLength(500)] string? PublishedAt) : IValidatedRequest
{
    public IEnumerable<RequestError> Validate() => RequestValidation.Errors(
        Candidates is not > 0 ? new RequestError("candidates", "参加考核人数须大于 0。") : null,
        Passed is not { } p || p < 0 || p > Candidates ? new RequestError("passed", "合格人数须在 0 与参加考核人数之间。") : null,
        ValidationExtensions.Required(PublishedAt, "publishedAt", "公示地址（网站或场所）"));
}

/// <summary>An objection anyone may raise while results are publicised.</summary>
/// <param name="Name">The objector's name.</param>
/// <param name="Contact">How to reach the objector (phone or email).</param>
/// <param name="Content">The objection itself.</param>
public sealed record RaiseObjectionRequest([property: MaxLength(100)] string? Name, [property: MaxLength(200)] string? Contact,
    [property: MaxLength(2000)] string? Content) : IValidatedRequest
{
    public IEnumerable<RequestError> Validate() => RequestValidation.Errors(
        ValidationExtensions.Required(Name, "name", "异议人姓名"),
        ValidationExtensions.Required(Contact, "contact", "联系方式"),
        ValidationExtensions.Required(Content, "content", "异议内容"));
}

/// <summary>The answer to a raised objection.</summary>
/// <param name="Id">The objection's id.</param>
/// <param name="PublicityEndsOn">Last day of the publicity period, ISO yyyy-MM-dd.</param>
public sealed record ObjectionRaised(Guid Id, string PublicityEndsOn);
