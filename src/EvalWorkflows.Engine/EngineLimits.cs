using Microsoft.Extensions.Options;

namespace EvalWorkflows.Engine;

/// <summary>
/// What one definition may ask of the server (section "Engine:Limits"). A definition over a deploy-time limit is
/// refused with the element named; a command over a run-time limit is rolled back (a job's raises an incident).
/// The defaults leave the shipped workflows far inside every bound.
/// </summary>
public sealed class EngineLimits
{
    /// <summary>Characters of one BPMN document, checked before it is parsed.</summary>
    public int MaxDocumentCharacters { get; set; } = 2_000_000;
    /// <summary>Nesting of XML elements, checked while reading, so no deep document reaches a recursive reader.</summary>
    public int MaxXmlDepth { get; set; } = 64;
    /// <summary>Sub-processes inside sub-processes.</summary>
    public int MaxSubProcessDepth { get; set; } = 10;
    /// <summary>Flow nodes and sequence flows of one process together.</summary>
    public int MaxElements { get; set; } = 5_000;
    /// <summary>Incoming or outgoing sequence flows of one element: the branches of a fork or join.</summary>
    public int MaxBranches { get; set; } = 500;
    /// <summary>Elements one command may enter before it is stopped as a loop without a wait state.</summary>
    public int MaxStepsPerCommand { get; set; } = 10_000;
    /// <summary>Call activities calling call activities at run time (cycles are refused at deploy already).</summary>
    public int MaxCallDepth { get; set; } = 10;
    /// <summary>Shortest interval of a repeating timer (a start timer creates an instance each time).</summary>
    public TimeSpan MinCycleInterval { get; set; } = TimeSpan.FromMinutes(1);
    /// <summary>Repetitions of a bounded cycle (<c>R{n}/…</c>).</summary>
    public int MaxCycleRepeats { get; set; } = 10_000;
    /// <summary>Longest duration or cycle interval, in days (about 100 years).</summary>
    public int MaxTimerDays { get; set; } = 36_525;

    public TimeSpan MaxTimerSpan => TimeSpan.FromDays(MaxTimerDays);
}

/// <summary>Refuses nonsensical limits at start-up (hosts call <c>ValidateOnStart()</c>).</summary>
internal sealed class EngineLimitsValidator : IValidateOptions<EngineLimits>
{
    public ValidateOptionsResult Validate(string? name, EngineLimits o)
    {
        var errors = new List<string>();
        void Positive(int value, string key) { if (value < 1) errors.Add($"Engine:Limits:{key} must be at least 1 (is {value})."); }
        Positive(o.MaxDocumentCharacters, nameof(o.MaxDocumentCharacters));
        Positive(o.MaxSubProcessDepth, nameof(o.MaxSubProcessDepth));
        Positive(o.MaxElements, nameof(o.MaxElements));
        Positive(o.MaxBranches, nameof(o.MaxBranches));
        Positive(o.MaxStepsPerCommand, nameof(o.MaxStepsPerCommand));
        Positive(o.MaxCallDepth, nameof(o.MaxCallDepth));
        Positive(o.MaxCycleRepeats, nameof(o.MaxCycleRepeats));
        Positive(o.MaxTimerDays, nameof(o.MaxTimerDays));
        // BPMN puts process > subProcess > … > element > extension: fewer than 8 levels refuses plain files.
        if (o.MaxXmlDepth < 8) errors.Add($"Engine:Limits:MaxXmlDepth must be at least 8 (is {o.MaxXmlDepth}).");
        if (o.MinCycleInterval <= TimeSpan.Zero) errors.Add("Engine:Limits:MinCycleInterval must be positive.");
        if (o.MaxTimerDays > 365 * 1000) errors.Add("Engine:Limits:MaxTimerDays must be at most 365000 (dates end at year 9999).");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
