namespace EvalWorkflows.Server.Auth;

/// <summary>The roles of ARCHITECTURE.md. Staff are the centre's own people; institutions sign in to the portal.</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string Clerk = "clerk";
    public const string Supervisor = "supervisor";
    public const string Evaluator = "evaluator";
    public const string Auditor = "auditor";
    public const string Institution = "institution";

    public static readonly string[] All = [Admin, Clerk, Supervisor, Evaluator, Auditor, Institution];
    public static readonly string[] Staff = [Admin, Clerk, Supervisor, Evaluator, Auditor];
}
