using Microsoft.AspNetCore.Razor.TagHelpers;

namespace EvalWorkflows.Server.Sources;

/// <summary>
/// <c>&lt;ew-basis value="000 §三.2" /&gt;</c>: a legal basis as people read it on a page — the short citation
/// (《备案管理通知》第三部分第2项) with the full one (title and 文号) as its title, never the bare key. Renders
/// nothing for an empty basis.
/// </summary>
[HtmlTargetElement("ew-basis", TagStructure = TagStructure.WithoutEndTag)]
public sealed class BasisTagHelper(LegalSourceRegistry registry) : TagHelper
{
    /// <summary>The basis key(s) as the workflow or rule gives them.</summary>
    public string? Value { get; set; }

    /// <summary>Write the full citation instead of the short one (a page about one decision).</summary>
    public bool Full { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (string.IsNullOrWhiteSpace(Value))
        {
            output.SuppressOutput();
            return;
        }
        output.TagName = "cite";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "ew-basis");
        output.Attributes.SetAttribute("title", registry.Cite(Value));
        output.Content.SetContent(Full ? registry.Cite(Value) : registry.CiteShort(Value));
    }
}
