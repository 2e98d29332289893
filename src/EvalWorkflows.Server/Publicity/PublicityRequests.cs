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

/// <summary>The institution's answer to an objection raised against its batch's results (002 §四(三)).</summary>
/// <param name="Answer">The institution's account of the facts the objection concerns.</param>
/// <param name="FileIds">Supporting files, each uploaded first through POST /api/files.</param>
public sealed record AnswerObjectionRequest([property: MaxLength(AnswerObjectionRequest.MaxAnswer)] string? Answer,
    [property: MaxLength(PlanFiles.MaxFiles)] List<Guid>? FileIds) : IValidatedRequest
{
    public const int MaxAnswer = 2000;

    public IEnumerable<RequestError> Validate() => RequestValidation.Errors(ValidationExtensions.Required(Answer, "answer", "答复内容"));
}

/// <summary>The batch's results uploaded after publicity: the result materials (score lists, result tables).</summary>
/// <param name="FileIds">The result materials, each uploaded first through POST /api/files.</param>
public sealed record UploadResultsRequest([property: MaxLength(PlanFiles.MaxFiles)] List<Guid>? FileIds) : IValidatedRequest
{
    public IEnumerable<RequestError> Validate() => [];
}

/// <summary>An objection as the institution and staff read it (the objector's name and contact stay with the centre).</summary>
/// <param name="Id">The objection's id, used to answer it.</param>
/// <param name="RaisedAt">When it was raised.</param>
/// <param name="Content">The objection itself.</param>
/// <param name="Status">open, upheld or dismissed.</param>
/// <param name="DecidedAt">When the centre decided it, if it has.</param>
/// <param name="Answer">The institution's answer, if it has answered.</param>
/// <param name="AnsweredAt">When the institution answered.</param>
/// <param name="Files">The files the answer cites.</param>
public sealed record ObjectionView(Guid Id, DateTimeOffset RaisedAt, string Content, string Status, DateTimeOffset? DecidedAt,
    string? Answer, DateTimeOffset? AnsweredAt, IReadOnlyList<Files.UploadedFile> Files)
{
    public static ObjectionView Of(PublicityObjection o, IEnumerable<Files.UploadedFile> files) =>
        new(o.Id, o.RaisedAt, o.Content, o.Status.ToString().ToLowerInvariant(), o.DecidedAt, o.Answer, o.AnsweredAt, files.ToList());
}
