using System.Data.Common;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Metadata;

namespace EvalWorkflows.Engine.Persistence;

/// <summary>
/// A table's rows read back as its entity objects, column by column as EF Core materializes them (each column's
/// type mapping names the reader method, its converter turns the stored value back), for the reads a step makes
/// through commands of its own (<see cref="PreparedStepCommands"/>).
/// </summary>
internal sealed partial class StepTable
{
    private Func<object>? _create;
    private Func<DbDataReader, int, object?>[]? _readers;
    private Action<object, object?>[]? _setters;

    /// <summary>Whether rows can be read without EF Core: every column is a property of the class itself.</summary>
    public bool Readable => _properties.All(p => p.PropertyInfo?.SetMethod is not null);

    /// <summary>
    /// The SELECT of every column of the rows whose <paramref name="by"/> properties equal the statement's values,
    /// in that order.
    /// </summary>
    public StepStatement Select(params string[] by)
    {
        var columns = by.Select(name => Array.FindIndex(_properties, p => p.Name == name)).ToArray();
        if (columns.Any(c => c < 0)) throw new InvalidOperationException($"{_name} has no column for each of {string.Join(", ", by)}.");
        var head = "SELECT " + string.Join(", ", _columns) + " FROM " + _name + " WHERE ";
        var parts = columns.Select((c, i) => (i == 0 ? head : " AND ") + _columns[c] + " = ").Append("").ToArray();
        return new StepStatement(this, parts, columns, new bool[columns.Length]);
    }

    /// <summary>
    /// The SELECT of every column of the row that <paramref name="other"/>'s row with the statement's value as its key
    /// points to through its <paramref name="reference"/> column (the instance of a task or a job, in one read).
    /// </summary>
    public StepStatement SelectReferencedBy(StepTable other, string reference)
    {
        var column = Array.FindIndex(other._properties, p => p.Name == reference);
        if (column < 0) throw new InvalidOperationException($"{other._name} has no column {reference}.");
        var head = "SELECT " + string.Join(", ", _columns) + " FROM " + _name + " WHERE " + _columns[_key]
            + " = (SELECT " + other._columns[column] + " FROM " + other._name + " WHERE " + other._columns[other._key] + " = ";
        return new StepStatement(this, [head, ")"], [_key], [false]);
    }

    /// <summary>
    /// The SELECT of the key alone of the row with the greatest <paramref name="order"/> among those whose
    /// <paramref name="by"/> equals the statement's value (the latest version of a definition key).
    /// </summary>
    public StepStatement SelectLatestKey(string by, string order)
    {
        var column = Array.FindIndex(_properties, p => p.Name == by);
        var sort = Array.FindIndex(_properties, p => p.Name == order);
        if (column < 0 || sort < 0) throw new InvalidOperationException($"{_name} has no column {by} or {order}.");
        return new StepStatement(this, ["SELECT " + _columns[_key] + " FROM " + _name + " WHERE " + _columns[column] + " = ",
            " ORDER BY " + _columns[sort] + " DESC LIMIT 1"], [column], [false]);
    }

    /// <summary>The key read as the reader's column <paramref name="ordinal"/> (<see cref="SelectLatestKey"/> reads it alone).</summary>
    public object KeyAt(DbDataReader reader, int ordinal) => Readers[_key](reader, ordinal)!;

    /// <summary>The key of the reader's current row (read by <see cref="Select"/>, columns in property order).</summary>
    public object Key(DbDataReader reader) => Readers[_key](reader, _key)!;

    /// <summary>The key of a tracked row of this table.</summary>
    public object Key(object entity) => _properties[_key].GetGetter().GetClrValueUsingContainingEntity(entity)!;

    /// <summary>A new entity object with the values of the reader's current row.</summary>
    public object Materialize(DbDataReader reader)
    {
        var readers = Readers;
        var entity = (_create ??= Expression.Lambda<Func<object>>(Expression.New(_properties[0].DeclaringType.ClrType)).Compile())();
        var setters = _setters ??= _properties.Select(SetterOf).ToArray();
        for (var c = 0; c < readers.Length; c++) setters[c](entity, readers[c](reader, c));
        return entity;
    }

    private static Action<object, object?> SetterOf(IProperty property)
    {
        var (entity, value) = (Expression.Parameter(typeof(object)), Expression.Parameter(typeof(object)));
        var info = property.PropertyInfo!;
        var assign = Expression.Assign(Expression.Property(Expression.Convert(entity, info.DeclaringType!), info), Expression.Convert(value, info.PropertyType));
        return Expression.Lambda<Action<object, object?>>(assign, entity, value).Compile();
    }

    private Func<DbDataReader, int, object?>[] Readers => _readers ??= _mappings.Select(ReaderOf).ToArray();

    /// <summary>Reads a column as its mapping does: the provider's value from the reader method, then its converter.</summary>
    private static Func<DbDataReader, int, object?> ReaderOf(Microsoft.EntityFrameworkCore.Storage.RelationalTypeMapping mapping)
    {
        var method = mapping.GetDataReaderMethod();
        var reader = Expression.Parameter(typeof(DbDataReader));
        var ordinal = Expression.Parameter(typeof(int));
        var stored = mapping.Converter?.ProviderClrType ?? mapping.ClrType;
        stored = Nullable.GetUnderlyingType(stored) ?? stored;
        Expression value = Expression.Call(Expression.Convert(reader, method.DeclaringType!), method, ordinal);
        if (value.Type != stored) value = Expression.Convert(value, stored);
        var read = Expression.Lambda<Func<DbDataReader, int, object>>(Expression.Convert(value, typeof(object)), reader, ordinal).Compile();
        var converter = mapping.Converter;
        return (r, i) => r.IsDBNull(i) ? null : converter is null ? read(r, i) : converter.ConvertFromProvider(read(r, i));
    }
}
