using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using EvalWorkflows.Engine.Definitions;
using EvalWorkflows.Server.Calendar;

namespace EvalWorkflows.Server.Api;

/// <summary>
/// Instants are stored in UTC but written at +08:00: the centre and every institution read times in Beijing
/// time, and an ISO 8601 value with its offset stays unambiguous for any client.
/// </summary>
public sealed class ChinaTimeJsonConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        TimerExpressions.TryParseInstant(reader.GetString() ?? "", WorkingDayCalendar.ChinaOffset, out var instant)
            ? instant
            : throw new JsonException("Not an ISO 8601 instant.");

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToOffset(WorkingDayCalendar.ChinaOffset)
            .ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture));
}
