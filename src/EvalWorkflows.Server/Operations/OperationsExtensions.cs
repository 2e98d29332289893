using EvalWorkflows.Server.Auth;
using Hangfire;
using Hangfire.Dashboard;

namespace EvalWorkflows.Server.Operations;

public static class OperationsExtensions
{
    /// <summary>
    /// The health check of mail delivery (the database and the calendar add their own), and the instance id on
    /// every log line of a workflow step: call after every feature has registered its task handlers.
    /// </summary>
    public static IServiceCollection AddOperations(this IServiceCollection services)
    {
        InstanceLogScope.WrapHandlers(services);
        services.AddHealthChecks().AddCheck<MailDeliveryHealthCheck>("mail");
        return services;
    }

    /// <summary>
    /// The Hangfire dashboard at /hangfire for admins only: the endpoint's policy sends the signed-out to the
    /// sign-in page and other roles to /denied, and the dashboard's own filter checks the role again.
    /// </summary>
    public static WebApplication MapOperations(this WebApplication app)
    {
        app.MapHealthChecks("/health");
        app.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new AdminDashboardAuthorization()],
            AppPath = "/admin/status",
            DashboardTitle = "后台作业",
        }, app.Services.GetRequiredService<JobStorage>()).RequireAuthorization(p => p.RequireRole(Roles.Admin));
        return app;
    }

    private sealed class AdminDashboardAuthorization : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(Roles.Admin);
    }
}
