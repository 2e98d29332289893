using Microsoft.Extensions.DependencyInjection;
using EvalWorkflows.Engine.Persistence;
using EvalWorkflows.Engine.Tests.Support;

namespace EvalWorkflows.Engine.Tests;

/// <summary>
/// A definition cannot take the server down at deploy: a document too large or too deep, sub-processes nested
/// too deep, or too many elements or branches are refused naming the element, and the engine still deploys after.
/// </summary>
public sealed class DefinitionLimitsTests
{
    private static async Task<DefinitionInvalidException> RefusedAsync(EngineHost host, string xml)
    {
        var e = await Assert.ThrowsAsync<DefinitionInvalidException>(() => host.Engine.DeployAsync(xml, "admin"));
        Assert.Equal(0, await host.QueryAsync(db => Task.FromResult(db.Set<DefinitionRecord>().Count())));
        // Still serving: a plain definition deploys right after.
        Assert.True((await host.DeployAsync("plain-approval.bpmn")).Created);
        return e;
    }

    [Fact]
    public async Task Twenty_thousand_nested_sub_processes_are_refused_at_the_first_element_nested_too_deep()
    {
        // The file is about 3 MB: with the default size limit it is refused for its size before it is read at all.
        await using var host = await new EngineHostBuilder()
            .With(s => s.Configure<EngineLimits>(l => l.MaxDocumentCharacters = 10_000_000)).BuildAsync();

        var e = await RefusedAsync(host, GeneratedBpmn.NestedSubProcesses(20_000));

        var problem = Assert.Single(e.Problems);
        // definitions > process > sub1 … : sub62's start event is the first element at depth 64.
        Assert.Equal(("start62", "startEvent"), (problem.ElementId, problem.ElementType));
        Assert.Contains("64 层", problem.Message);
    }

    [Fact]
    public async Task Twenty_thousand_nested_sub_processes_are_refused_for_their_size_under_the_default_limits()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();

        var e = await RefusedAsync(host, GeneratedBpmn.NestedSubProcesses(20_000));

        Assert.Contains("超过上限 2000000 个字符", Assert.Single(e.Problems).Message);
    }

    [Fact]
    public async Task A_hundred_thousand_nested_elements_in_documentation_are_refused_before_any_tree_is_built()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();

        var e = await RefusedAsync(host, GeneratedBpmn.DeepDocumentation(100_000));

        Assert.Equal("x", Assert.Single(e.Problems).ElementType);
    }

    [Fact]
    public async Task Sub_processes_nested_deeper_than_the_limit_are_refused_naming_the_one_too_deep()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();

        var e = await RefusedAsync(host, GeneratedBpmn.NestedSubProcesses(11));

        Assert.Contains(e.Problems, p => p.ElementId == "sub11" && p.ElementType == "subProcess" && p.Message.Contains("10 层"));
    }

    [Fact]
    public async Task A_document_over_the_size_limit_is_refused_before_it_is_parsed()
    {
        await using var host = await new EngineHostBuilder()
            .With(s => s.Configure<EngineLimits>(l => l.MaxDocumentCharacters = 10_000)).BuildAsync();

        var e = await RefusedAsync(host, GeneratedBpmn.DeepDocumentation(2_000));

        var problem = Assert.Single(e.Problems);
        Assert.Equal("definitions", problem.ElementType);
        Assert.Contains("10000", problem.Message);
    }

    [Fact]
    public async Task A_document_type_declaration_is_refused()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();
        const string laughs = """<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><d>&b;</d>""";

        var e = await RefusedAsync(host, laughs);

        Assert.Contains("DTD", Assert.Single(e.Problems).Message);
    }

    [Fact]
    public async Task A_fork_wider_than_the_branch_limit_is_refused_naming_both_gateways()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();

        var e = await RefusedAsync(host, GeneratedBpmn.ForkJoin(501));

        Assert.Contains(e.Problems, p => p.ElementId == "fork" && p.Message.Contains("501 条分支"));
        Assert.Contains(e.Problems, p => p.ElementId == "join" && p.Message.Contains("501 条分支"));
    }

    [Fact]
    public async Task A_process_with_more_elements_than_the_limit_is_refused_naming_the_process()
    {
        await using var host = await new EngineHostBuilder().BuildAsync();

        var e = await RefusedAsync(host, GeneratedBpmn.ForkJoin(2_000));

        var problem = Assert.Single(e.Problems);
        Assert.Equal(("fork-join", "process"), (problem.ElementId, problem.ElementType));
    }
}
