using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace EvalWorkflows.Server.Api;

/// <summary>
/// The one refusal type of the API: a stable code, the Chinese explanation, the field to fix and, where a legal
/// rule refuses, the rule's source (<c>basis</c>). 422 by default; a request that clashes with the record's
/// current state is a 409 (<see cref="Conflict"/>). Extra values (e.g. <c>earliestExamDate</c>) travel in the
/// problem so a client can act on them.
/// </summary>
public sealed record Refusal(string Code, string Detail, string? Field, string? Basis,
    IReadOnlyDictionary<string, object?>? Extra = null, int Status = StatusCodes.Status422UnprocessableEntity)
{
    public static Refusal Conflict(string code, string detail, string? field = null, string? basis = null) =>
        new(code, detail, field, basis, Status: StatusCodes.Status409Conflict);

    /// <summary>A request that breaks its own rules (400 <c>INVALID_REQUEST</c>), for paths that check outside the filter.</summary>
    public static Refusal Invalid(RequestError error) =>
        new("INVALID_REQUEST", error.Detail, error.Field, null, Status: StatusCodes.Status400BadRequest);

    public ProblemHttpResult ToProblem() => TypedResults.Problem(ToProblemDetails());

    public ProblemDetails ToProblemDetails()
    {
        var problem = ApiProblems.Create(Status, Code, Detail, Field);
        if (Basis is not null) problem.Extensions["basis"] = Basis;
        foreach (var (key, value) in Extra ?? new Dictionary<string, object?>()) problem.Extensions[key] = value;
        return problem;
    }

    public static implicit operator ProblemHttpResult(Refusal refusal) => refusal.ToProblem();
}
