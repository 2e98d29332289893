using EvalWorkflows.Server.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EvalWorkflows.Server.Plans;

/// <summary>
/// A legal rule a plan (or a result upload) breaks: a stable code, the Chinese explanation, the field to fix and the
/// rule's source. Extra values (e.g. <c>earliestExamDate</c>) travel in the problem so a client can act on them.
/// </summary>
public sealed record PlanRefusal(string Code, string Detail, string Field, string Basis,
    IReadOnlyDictionary<string, object?>? Extra = null)
{
    public ProblemHttpResult ToProblem()
    {
        var problem = ApiProblems.Create(StatusCodes.Status422UnprocessableEntity, Code, Detail, Field);
        problem.Extensions["basis"] = Basis;
        foreach (var (key, value) in Extra ?? new Dictionary<string, object?>()) problem.Extensions[key] = value;
        return TypedResults.Problem(problem);
    }
}
