using Scriban.Runtime;

namespace EvalWorkflows.Engine.Expressions;

/// <summary>
/// Contributes functions to every Scriban expression and template the engine evaluates (e.g. the
/// working-day calendar). Register implementations in DI; each is asked once per evaluation context.
/// </summary>
public interface IExpressionFunctions
{
    void Register(ScriptObject globals);
}
