using System.Xml;
using System.Xml.Linq;

namespace EvalWorkflows.Engine.Definitions;

/// <summary>The XML of a definition, read within <see cref="EngineLimits"/> so no input can exhaust the parser.</summary>
internal static class BpmnDocument
{
    /// <summary>
    /// Reads the document without DTDs, within the size limit, after a first streaming pass that stops at the
    /// first element nested too deep: nothing deep or large reaches the tree builder or the recursive reading.
    /// </summary>
    public static XDocument? Load(string xml, EngineLimits limits, List<DefinitionProblem> problems)
    {
        if (xml.Length > limits.MaxDocumentCharacters)
        {
            problems.Add(new("", "definitions", $"文件有 {xml.Length} 个字符，超过上限 {limits.MaxDocumentCharacters} 个字符。"));
            return null;
        }
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null,
            MaxCharactersInDocument = limits.MaxDocumentCharacters,
        };
        try
        {
            using (var reader = XmlReader.Create(new StringReader(xml), settings))
                while (reader.Read())
                    if (reader.NodeType == XmlNodeType.Element && reader.Depth >= limits.MaxXmlDepth)
                    {
                        var line = ((IXmlLineInfo)reader).LineNumber;
                        problems.Add(new(reader.GetAttribute("id") ?? "", reader.LocalName,
                            $"第 {line} 行的 {reader.LocalName} 元素嵌套超过 {limits.MaxXmlDepth} 层，文件未继续读取。"));
                        return null;
                    }
            using var tree = XmlReader.Create(new StringReader(xml), settings);
            return XDocument.Load(tree, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            problems.Add(new("", "definitions", $"文件不是格式正确的 XML：{e.Message}"));
            return null;
        }
    }
}
