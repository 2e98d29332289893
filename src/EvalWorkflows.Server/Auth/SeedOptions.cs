using System.ComponentModel.DataAnnotations;

namespace EvalWorkflows.Server.Auth;

/// <summary>
/// Demo users and the demo province for rehearsals and acceptance (section "Seed"). Pages show a demo banner when
/// <see cref="Demo"/> is on: inject <c>IOptions&lt;SeedOptions&gt;</c>.
/// </summary>
public sealed class SeedOptions : IValidatableObject
{
    /// <summary>Creates the users admin, clerk, supervisor, evaluator and auditor, each with its role.</summary>
    public bool Demo { get; set; }
    public string? Password { get; set; }

    /// <summary>
    /// With <see cref="Demo"/>: also build the demo province (twelve institutions in every stage) on the manual
    /// clock. False gives the demo users alone, on whatever clock is configured.
    /// </summary>
    public bool Province { get; set; } = true;

    public bool BuildsProvince => Demo && Province;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Demo && string.IsNullOrEmpty(Password))
            yield return new ValidationResult("Seed:Password is required when Seed:Demo is true.", [nameof(Password)]);
    }
}
