using System.Security.Claims;
using EvalWorkflows.Engine;
using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EvalWorkflows.Server.Workflows;

public sealed record CorrelateMessageRequest(string? Name, string? CorrelationKey, Dictionary<string, object?>? Variables)
    : IValidatedRequest
{
    public RequestError? Validate() => ValidationExtensions.Required(Name, "name", "消息名称");
}

public sealed record MessageCorrelated(Guid InstanceId, bool StartedNewInstance);

public static class MessageEndpoints
{
    public static RouteGroupBuilder MapMessageEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/messages", CorrelateAsync).WithTags("Messages")
            .RequireAuthorization(p => p.RequireRole(Roles.Admin))
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    /// <summary>Delivers to the instance waiting with this key, or starts one at a message start event; 404 NO_SUBSCRIBER otherwise.</summary>
    private static async Task<Ok<MessageCorrelated>> CorrelateAsync(
        CorrelateMessageRequest request, WorkflowEngine engine, ClaimsPrincipal user, CancellationToken ct)
    {
        var result = await engine.CorrelateMessageAsync(request.Name!, request.CorrelationKey, request.Variables, user.Identity!.Name, ct);
        return TypedResults.Ok(new MessageCorrelated(result.InstanceId, result.StartedNewInstance));
    }
}
