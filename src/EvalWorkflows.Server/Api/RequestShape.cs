using System.Collections;
using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;

namespace EvalWorkflows.Server.Api;

/// <summary>
/// The rules every request body obeys whatever its type, read from the type itself: a text or list is no longer
/// than its <c>[MaxLength]</c> (declared once, on the request record, and shown in the OpenAPI schema), a list
/// holds no <c>null</c>, text is well-formed UTF-16 (a lone surrogate cannot be stored or mailed), and a date
/// lies in <see cref="EarliestDate"/>..<see cref="LatestDate"/> so that deadline arithmetic never overflows.
/// </summary>
public static class RequestShape
{
    public const string NullElement = "列表中不能有空值（null）。";

    /// <summary>No record of the centre or law it applies is older; a date after 2099 is a typing error.</summary>
    public static readonly DateOnly EarliestDate = new(1900, 1, 1);
    public static readonly DateOnly LatestDate = new(2099, 12, 31);

    private static readonly ConcurrentDictionary<Type, (PropertyInfo Property, string Name, int? Max)[]> Shapes = new();

    public static IEnumerable<RequestError> Check(object request) => CheckObject(request, "");

    /// <summary>The public properties a body binds to, each with its JSON name and declared maximum.</summary>
    public static (PropertyInfo Property, string Name, int? Max)[] PropertiesOf(Type type) => Shapes.GetOrAdd(type, t =>
        t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.CanWrite)
            .Select(p => (p, JsonNamingPolicy.CamelCase.ConvertName(p.Name), p.GetCustomAttribute<MaxLengthAttribute>()?.Length as int?))
            .ToArray());

    /// <summary>Types whose members are checked in turn: the request records of this application.</summary>
    public static bool IsRequestPart(Type type) =>
        type.IsClass && type != typeof(string) && type.Assembly == typeof(RequestShape).Assembly;

    private static IEnumerable<RequestError> CheckObject(object value, string prefix)
    {
        foreach (var (property, name, max) in PropertiesOf(value.GetType()))
        {
            var field = prefix.Length == 0 ? name : $"{prefix}.{name}";
            foreach (var error in CheckValue(property.GetValue(value), field, max)) yield return error;
        }
    }

    private static IEnumerable<RequestError> CheckValue(object? value, string field, int? max)
    {
        switch (value)
        {
            case string text:
                if (max is { } limit && text.Length > limit)
                    yield return new(field, $"字段 {field} 最多 {limit} 个字符，现为 {text.Length} 个。");
                else if (!IsWellFormed(text))
                    yield return new(field, $"字段 {field} 含有无效字符（不成对的 UTF-16 代理项）。");
                break;
            case DateOnly date when date < EarliestDate || date > LatestDate:
                yield return new(field, $"字段 {field} 的日期须在 {EarliestDate:yyyy-MM-dd} 至 {LatestDate:yyyy-MM-dd} 之间。");
                break;
            case DateTimeOffset instant when DateOnly.FromDateTime(instant.UtcDateTime) is var d && (d < EarliestDate || d > LatestDate):
                yield return new(field, $"字段 {field} 的时刻须在 {EarliestDate:yyyy-MM-dd} 至 {LatestDate:yyyy-MM-dd} 之间。");
                break;
            case IDictionary:
                break;
            case IList list:
                foreach (var error in CheckList(list, field, max)) yield return error;
                break;
            case not null when IsRequestPart(value.GetType()):
                foreach (var error in CheckObject(value, field)) yield return error;
                break;
        }
    }

    private static IEnumerable<RequestError> CheckList(IList list, string field, int? max)
    {
        if (max is { } limit && list.Count > limit)
        {
            yield return new(field, $"字段 {field} 最多 {limit} 项，现为 {list.Count} 项。");
            yield break;
        }
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is null) yield return new($"{field}[{i}]", NullElement);
            else foreach (var error in CheckValue(list[i], $"{field}[{i}]", null)) yield return error;
        }
    }

    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsSurrogate(text[i])) continue;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else return false;
        }
        return true;
    }
}
