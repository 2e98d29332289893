using System.Collections;
using System.Text.Json;
using Scriban.Runtime;

namespace EvalWorkflows.Engine.Expressions;

/// <summary>Converts instance variables between their JSON form and the values Scriban works with.</summary>
public static class ScriptValues
{
    public static object? ToScript(object? value) => value switch
    {
        null => null,
        JsonElement e => FromJson(e),
        ScriptObject or ScriptArray => value,
        string or bool or DateTime or DateTimeOffset or DateOnly or TimeSpan => value,
        IDictionary<string, object?> d => ToScriptObject(d),
        IEnumerable e and not string => ToScriptArray(e),
        _ => value,
    };

    public static Dictionary<string, object?> ParseJson(string json)
    {
        using var doc = JsonDocument.Parse(string.IsNullOrWhiteSpace(json) ? "{}" : json);
        var result = new Dictionary<string, object?>();
        foreach (var p in doc.RootElement.EnumerateObject()) result[p.Name] = FromJson(p.Value);
        return result;
    }

    public static string ToJson(IDictionary<string, object?> variables) => JsonSerializer.Serialize(
        variables.ToDictionary(kv => kv.Key, kv => ToPlain(kv.Value)));

    public static object? FromJson(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => e.TryGetInt64(out var l) ? (object)l : e.GetDouble(),
        JsonValueKind.Array => ToScriptArray(e.EnumerateArray().Select(FromJson)),
        JsonValueKind.Object => ToScriptObject(e.EnumerateObject().ToDictionary(p => p.Name, p => FromJson(p.Value))),
        _ => null,
    };

    /// <summary>Plain .NET values for serialization (Scriban's containers become dictionaries and lists).</summary>
    public static object? ToPlain(object? value) => value switch
    {
        null => null,
        JsonElement e => ToPlain(FromJson(e)),
        string => value,
        DateOnly d => d.ToString("yyyy-MM-dd"),
        DateTime dt => dt.ToString("yyyy-MM-ddTHH:mm:ss"),
        DateTimeOffset dto => dto.ToString("yyyy-MM-ddTHH:mm:sszzz"),
        IDictionary<string, object?> d => d.ToDictionary(kv => kv.Key, kv => ToPlain(kv.Value)),
        IDictionary d => d.Keys.Cast<object>().ToDictionary(k => k.ToString()!, k => ToPlain(d[k])),
        IEnumerable e => e.Cast<object?>().Select(ToPlain).ToList(),
        _ => value,
    };

    private static ScriptObject ToScriptObject(IDictionary<string, object?> d)
    {
        var o = new ScriptObject();
        foreach (var (k, v) in d) o.SetValue(k, ToScript(v), false);
        return o;
    }

    private static ScriptArray ToScriptArray(IEnumerable items)
    {
        var a = new ScriptArray();
        foreach (var item in items) a.Add(ToScript(item));
        return a;
    }
}
