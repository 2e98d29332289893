using System.ComponentModel.DataAnnotations;

namespace EvalWorkflows.Server.Auth;

/// <summary>Demo users for rehearsals and acceptance (section "Seed").</summary>
public sealed class SeedOptions : IValidatableObject
{
    /// <summary>Creates the users admin, clerk, supervisor, evaluator and auditor, each with its role.</summary>
    public bool Demo { get; set; }
    public string? Password { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Demo && string.IsNullOrEmpty(Password))
            yield return new ValidationResult("Seed:Password is required when Seed:Demo is true.", [nameof(Password)]);
    }
}
