using System.Text.Json.Serialization;

namespace EvalWorkflows.Server.Studio;

// The element template schema's shapes as the modeler's validator reads them. Its JSON schema refuses a null
// where it expects a string or an object, so every optional member is left out when unset, never sent as null.

/// <summary>One element template (bpmn.io's Camunda 7 template schema), bound to our <c>ew:</c> attributes.</summary>
/// <param name="Schema">The template schema the modeler validates against.</param>
/// <param name="Id">The template's stable id, e.g. ew.review or ew.handler.filing.complete; kept on the element it is applied to.</param>
/// <param name="Name">The name admins see, in Chinese.</param>
/// <param name="Description">What the template makes, in Chinese.</param>
/// <param name="Version">The template's version, kept on the element beside its id.</param>
/// <param name="AppliesTo">The BPMN element types it applies to, e.g. bpmn:UserTask.</param>
/// <param name="Properties">The form's fields, each bound to an attribute of the element.</param>
public sealed record ElementTemplate(
    [property: JsonPropertyName("$schema")] string Schema,
    string Id, string Name, string Description, int Version, IReadOnlyList<string> AppliesTo,
    IReadOnlyList<ElementTemplateProperty> Properties);

/// <summary>A field of an element template's form.</summary>
/// <param name="Type">String, Dropdown or Hidden.</param>
/// <param name="Binding">The element attribute the field reads and writes.</param>
/// <param name="Label">The field's label, in Chinese; none on hidden fields.</param>
/// <param name="Description">A hint under the field, in Chinese.</param>
/// <param name="Value">The value the field starts with when the template is applied.</param>
/// <param name="Constraints">What the form checks before the value is kept.</param>
/// <param name="Choices">A dropdown's options.</param>
public sealed record ElementTemplateProperty(
    string Type, ElementTemplateBinding Binding,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Label = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Description = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Value = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ElementTemplateConstraints? Constraints = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ElementTemplateChoice>? Choices = null);

/// <summary>Where a field's value goes on the element.</summary>
/// <param name="Type">Always property: an attribute of the element itself.</param>
/// <param name="Name">The attribute, e.g. ew:dueDate or name.</param>
public sealed record ElementTemplateBinding(string Type, string Name);

/// <summary>A field's checks.</summary>
/// <param name="NotEmpty">True when the field must be filled.</param>
/// <param name="Pattern">A regular expression the value must match, with the message shown when it does not.</param>
public sealed record ElementTemplateConstraints(
    bool NotEmpty,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ElementTemplatePattern? Pattern = null);

/// <summary>A regular expression a field's value must match.</summary>
/// <param name="Value">The regular expression.</param>
/// <param name="Message">What the form says, in Chinese, when the value does not match.</param>
public sealed record ElementTemplatePattern(string Value, string Message);

/// <summary>One option of a dropdown field.</summary>
/// <param name="Name">The option's text, in Chinese.</param>
/// <param name="Value">The value written to the attribute.</param>
public sealed record ElementTemplateChoice(string Name, string Value);
