using EvalWorkflows.Engine.Expressions;
using Scriban.Runtime;

namespace EvalWorkflows.Engine.Tests;

/// <summary>Evaluation contexts are reused between expressions; nothing one expression does reaches the next.</summary>
public sealed class ExpressionContextTests
{
    private sealed class Twice : IExpressionFunctions
    {
        public void Register(ScriptObject globals) => globals.Import("twice", new Func<long, long>(n => n * 2));
    }

    private readonly ScribanExpressions _expressions = new([new Twice()]);

    [Fact]
    public void A_variable_an_expression_assigns_is_gone_for_the_next_expression()
    {
        Assert.Equal(7, _expressions.Evaluate("leak = 7; leak", new Dictionary<string, object?>()));

        Assert.Null(_expressions.Evaluate("leak", new Dictionary<string, object?>()));
        Assert.Throws<Scriban.Syntax.ScriptRuntimeException>(() => _expressions.EvaluateCondition("leak == 7", new Dictionary<string, object?>()));
    }

    [Fact]
    public void An_expression_cannot_change_a_built_in_or_a_registered_function_for_the_ones_after_it()
    {
        Assert.ThrowsAny<Exception>(() => _expressions.Evaluate("date.format = '%Y'", new Dictionary<string, object?>()));
        Assert.ThrowsAny<Exception>(() => _expressions.Evaluate("string.upcase = 1", new Dictionary<string, object?>()));

        Assert.Equal("ABC", _expressions.Evaluate("string.upcase 'abc'", new Dictionary<string, object?>()));
        Assert.Equal("%d %b %Y", _expressions.Evaluate("date.format", new Dictionary<string, object?>()));
        Assert.Equal(6L, _expressions.Evaluate("twice 3", new Dictionary<string, object?>()));
    }

    [Fact]
    public void A_variable_may_shadow_a_registered_function_in_its_own_evaluation_only()
    {
        Assert.Equal(5L, _expressions.Evaluate("twice", new Dictionary<string, object?> { ["twice"] = 5L }));
        Assert.Equal(8L, _expressions.Evaluate("twice 4", new Dictionary<string, object?>()));
    }

    [Fact]
    public void A_failed_evaluation_leaves_nothing_behind_for_the_next()
    {
        Assert.ThrowsAny<Exception>(() => _expressions.Evaluate("for i in 1..100000; end", new Dictionary<string, object?>()));

        Assert.Equal("a-b", _expressions.Render("{{ x }}-{{ y }}", new Dictionary<string, object?> { ["x"] = "a", ["y"] = "b" }));
        Assert.True(_expressions.EvaluateCondition("n > 1", new Dictionary<string, object?> { ["n"] = 2L }));
    }
}
