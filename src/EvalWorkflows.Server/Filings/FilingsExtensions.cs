using EvalWorkflows.Engine;
using EvalWorkflows.Server.Files;
using EvalWorkflows.Server.Filings.Handlers;
using EvalWorkflows.Server.Institutions;
using EvalWorkflows.Server.Register;
using EvalWorkflows.Server.Workflows;

namespace EvalWorkflows.Server.Filings;

public static class FilingsExtensions
{
    /// <summary>Institutions, filing acceptance (workflows/filing-acceptance.bpmn) and the public register.</summary>
    public static IServiceCollection AddFilings(this IServiceCollection services)
    {
        services.AddOptions<FilingOptions>().BindConfiguration("Filings").ValidateDataAnnotations().ValidateOnStart();
        services.AddTaskHandler<FilingReceivedHandler>("filing.received");
        services.AddTaskHandler<FilingCorrectionHandler>("filing.correction");
        services.AddTaskHandler<ResubmissionHandler>("filing.resubmitted");
        services.AddTaskHandler<FilingAbandonHandler>("filing.abandon");
        services.AddTaskHandler<FilingRefuseHandler>("filing.refuse");
        services.AddTaskHandler<FilingAcceptHandler>("filing.accept");
        services.AddTaskHandler<FilingCompleteHandler>("filing.complete");
        services.AddScoped<ITaskCompletionValidator, FilingReviewValidator>();
        services.AddScoped<RegisterQuery>();
        services.AddOptions<AccountOptions>().BindConfiguration("Accounts")
            .Validate(o => o.ActivationLifetime > TimeSpan.Zero, "Accounts:ActivationLifetime must be positive.")
            .Validate(o => o.PublicUrl is null || o.PublicUrl.IsAbsoluteUri, "Accounts:PublicUrl must be an absolute address.")
            .ValidateOnStart();
        services.AddScoped<AccountActivation>();
        services.AddScoped<InstitutionRegistration>();
        services.AddScoped<ContactCorrections>();
        services.AddScoped<FilingSubmissions>();
        services.AddFiles();
        return services;
    }

    public static IEndpointRouteBuilder MapFilings(this IEndpointRouteBuilder app)
    {
        app.MapInstitutionEndpoints();
        app.MapFilingEndpoints();
        app.MapFileEndpoints();
        app.MapOccupationEndpoints();
        app.MapRegisterEndpoints();
        return app;
    }
}
