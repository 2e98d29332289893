using EvalWorkflows.Engine;
using EvalWorkflows.Engine.Execution;
using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Calendar;
using EvalWorkflows.Server.Plans;
using EvalWorkflows.Server.Workflows;
using Microsoft.EntityFrameworkCore;

namespace EvalWorkflows.Server.Publicity;

public static class PublicityExtensions
{
    public static IServiceCollection AddPublicity(this IServiceCollection services)
    {
        services.AddScoped<ResultSubmissions>();
        services.AddScoped<ObjectionAnswers>();
        services.AddScoped<PlanFiles>();
        services.AddTaskHandler<OpenPublicityHandler>("publicity.open");
        services.AddTaskHandler<DecideObjectionHandler>("publicity.decide");
        services.AddTaskHandler<CountOpenObjectionsHandler>("publicity.count-open");
        return services;
    }

    /// <summary>A batch's results (<c>/api/plans/{id}/results…</c>) and the objections raised while they are publicised.</summary>
    public static IEndpointRouteBuilder MapPublicity(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithRequestValidation()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapGroup("/plans").MapResultEndpoints();
        api.MapPublicityEndpoints();
        return app;
    }

    /// <summary>Evaluates the period expression the BPMN gives in <c>ew:endsOn</c> (the rule stays in the workflow).</summary>
    internal static DateOnly EndsOn(TaskHandlerContext context) =>
        IsoDate.TryParse(context.Evaluate(context.Properties["endsOn"])?.ToString(), out var d)
            ? d
            : throw new WorkflowException("PUBLICITY_END_INVALID", $"公示截止日期表达式“{context.Properties["endsOn"]}”没有给出日期。");
}

/// <summary><c>publicity.open</c>: the results are published; publicity runs until <c>ew:endsOn</c> (002 §四(三)).</summary>
public sealed class OpenPublicityHandler : ITaskHandler
{
    public async Task ExecuteAsync(TaskHandlerContext context, CancellationToken ct)
    {
        var plan = await context.PlanAsync(ct);
        var endsOn = PublicityExtensions.EndsOn(context);
        plan.OpenPublicity(WorkingDayCalendar.ChinaDate(context.Now), endsOn);
        context.Variables["publicity_ends_on"] = IsoDate.Format(endsOn);
        context.Variables["publicity_id"] = plan.Id.ToString();
    }
}

/// <summary>
/// <c>publicity.decide</c>: applies the clerk's decision to the oldest open objection. Upheld → the results are
/// corrected and publicity restarts from today until <c>ew:endsOn</c>; dismissed → the period runs on. Then
/// counts the objections still open (raised while this one was being handled).
/// </summary>
public sealed class DecideObjectionHandler : ITaskHandler
{
    public async Task ExecuteAsync(TaskHandlerContext context, CancellationToken ct)
    {
        var plan = await context.PlanAsync(ct);
        var open = await context.Db.Set<PublicityObjection>().Where(o => o.PlanId == plan.Id && o.Status == ObjectionStatus.Open)
            .OrderBy(o => o.RaisedAt).ToListAsync(ct);
        if (open.Count == 0) throw new WorkflowException("NO_OPEN_OBJECTION", "没有待处理的异议。");
        var upheld = (context.Variables.TryGetValue("outcome", out var o) ? o?.ToString() : null) == "uphold";
        var objection = open[0];
        objection.Status = upheld ? ObjectionStatus.Upheld : ObjectionStatus.Dismissed;
        objection.DecidedAt = context.Now;
        context.Variables["decided_objection_text"] = objection.Content;
        context.Variables["objection_text"] = open.Count > 1 ? open[1].Content : null;
        if (upheld)
        {
            context.Variables["corrected_on"] = IsoDate.Format(WorkingDayCalendar.ChinaDate(context.Now));
            var endsOn = PublicityExtensions.EndsOn(context);
            plan.RestartPublicity(endsOn);
            context.Variables["publicity_ends_on"] = IsoDate.Format(endsOn);
        }
        context.Variables["open_objections"] = open.Count - 1;
    }
}

/// <summary>
/// <c>publicity.count-open</c>: at the end of publicity, the objections still open (stored while the clerk was
/// deciding another one). 002 §四(三): only results "经公示无异议的" are uploaded, so each goes to the clerk first.
/// </summary>
public sealed class CountOpenObjectionsHandler : ITaskHandler
{
    public async Task ExecuteAsync(TaskHandlerContext context, CancellationToken ct)
    {
        var plan = await context.PlanAsync(ct);
        var open = await context.Db.Set<PublicityObjection>().Where(o => o.PlanId == plan.Id && o.Status == ObjectionStatus.Open)
            .OrderBy(o => o.RaisedAt).Select(o => o.Content).ToListAsync(ct);
        context.Variables["open_objections"] = open.Count;
        context.Variables["objection_text"] = open.FirstOrDefault();
    }
}
