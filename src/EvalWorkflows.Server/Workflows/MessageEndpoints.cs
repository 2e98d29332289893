using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using EvalWorkflows.Engine;
using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EvalWorkflows.Server.Workflows;

/// <summary>A message to deliver to the instance waiting for it.</summary>
/// <param name="Name">The message's name (the bpmn:message's name).</param>
/// <param name="CorrelationKey">The business key of the instance it is for.</param>
/// <param name="Variables">Variables the message carries into the instance.</param>
public sealed record CorrelateMessageRequest([property: MaxLength(200)] string? Name, [property: MaxLength(200)] string? CorrelationKey,
    Dictionary<string, object?>? Variables)
    : IValidatedRequest
{
    public IEnumerable<RequestError> Validate() => RequestValidation.Errors(ValidationExtensions.Required(Name, "name", "消息名称"));
}

/// <summary>Where a correlated message went.</summary>
/// <param name="InstanceId">The id of the instance the message reached or started.</param>
/// <param name="StartedNewInstance">Whether the message started a new instance rather than reaching a waiting one.</param>
public sealed record MessageCorrelated(Guid InstanceId, bool StartedNewInstance);

/// <summary>A signal to broadcast to every instance waiting for it.</summary>
/// <param name="Name">The signal's name (the bpmn:signal's name).</param>
/// <param name="Variables">Variables the signal carries into every instance it reaches or starts.</param>
public sealed record BroadcastSignalRequest([property: MaxLength(200)] string? Name, Dictionary<string, object?>? Variables)
    : IValidatedRequest
{
    public IEnumerable<RequestError> Validate() => RequestValidation.Errors(ValidationExtensions.Required(Name, "name", "信号名称"));
}

/// <summary>What a broadcast reached.</summary>
/// <param name="Reached">How many waiting events and signal start events the signal reached; 0 is no error.</param>
public sealed record SignalBroadcast(int Reached);

public static class MessageEndpoints
{
    public static RouteGroupBuilder MapMessageEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/messages", CorrelateAsync).WithSummary("Correlate a message to the instance waiting for it, or start one").WithTags("Messages")
            .RequireAuthorization(p => p.RequireRole(Roles.Admin)).WithRequestValidation()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/signals", BroadcastAsync).WithSummary("Broadcast a signal to every instance waiting for it and start every process with a signal start event of that name")
            .WithTags("Messages").RequireAuthorization(p => p.RequireRole(Roles.Admin)).WithRequestValidation();
        return api;
    }

    /// <summary>Every wait for the signal is reached in one step; nobody waiting answers 0, not an error (BPMN signals are broadcasts).</summary>
    private static async Task<Ok<SignalBroadcast>> BroadcastAsync(
        BroadcastSignalRequest request, WorkflowEngine engine, ClaimsPrincipal user, CancellationToken ct) =>
        TypedResults.Ok(new SignalBroadcast(await engine.BroadcastSignalAsync(request.Name!.Trim(), request.Variables, user.Identity!.Name, ct)));

    /// <summary>Delivers to the instance waiting with this key, or starts one at a message start event; 404 NO_SUBSCRIBER otherwise.</summary>
    private static async Task<Ok<MessageCorrelated>> CorrelateAsync(
        CorrelateMessageRequest request, WorkflowEngine engine, ClaimsPrincipal user, CancellationToken ct)
    {
        var result = await engine.CorrelateMessageAsync(request.Name!, request.CorrelationKey, request.Variables, user.Identity!.Name, ct);
        return TypedResults.Ok(new MessageCorrelated(result.InstanceId, result.StartedNewInstance));
    }
}
