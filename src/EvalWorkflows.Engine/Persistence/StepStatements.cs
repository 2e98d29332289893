using System.Collections.Concurrent;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace EvalWorkflows.Engine.Persistence;

/// <summary>
/// One statement shape of a table: its text around the values, and which column each value is of. Built once per
/// shape (an INSERT of so many rows, a DELETE, an UPDATE of a given set of columns) and kept, so a step only fills
/// in values.
/// </summary>
internal sealed class StepStatement
{
    private readonly string[] _parts;
    private readonly int[] _columns;
    private readonly bool[] _original;

    /// <param name="parts">The text before each value, then the text after the last (one more than values).</param>
    /// <param name="columns">The table column each value is of, row after row.</param>
    /// <param name="original">Whether a value is the one the step read (a key or revision to match) rather than the one it writes.</param>
    /// <param name="rows">The rows it writes, each with the same columns.</param>
    public StepStatement(StepTable table, string[] parts, int[] columns, bool[] original, int rows = 1)
    {
        (Table, _parts, _columns, _original, Rows) = (table, parts, columns, original, rows);
        var text = new StringBuilder();
        Append(text, Enumerable.Range(0, columns.Length).Select(table.ParameterName).ToArray());
        Text = text.ToString();
    }

    public StepTable Table { get; }

    /// <summary>The text with the parameter names <see cref="StepTable.ParameterName"/> gives, for a command of its own.</summary>
    public string Text { get; }

    public int Count => _columns.Length;

    public int Rows { get; }

    public int Column(int value) => _columns[value];

    /// <summary>Reads this statement's values for a tracked row into <paramref name="values"/>.</summary>
    public void Read(EntityEntry entry, object?[] values)
    {
        PropertyValues? current = null, original = null;
        for (var v = 0; v < _columns.Length; v++)
        {
            var property = Table.Property(_columns[v]);
            values[v] = _original[v] ? (original ??= entry.OriginalValues)[property] : (current ??= entry.CurrentValues)[property];
        }
    }

    /// <summary>Reads this statement's values for <see cref="Rows"/> journal rows (plain objects) from <paramref name="first"/>.</summary>
    public void Read(IReadOnlyList<HistoryRecord> rows, int first, object?[] values)
    {
        for (var v = 0; v < _columns.Length; v++)
            values[v] = Table.Property(_columns[v]).GetGetter().GetClrValue(rows[first + v / (_columns.Length / Rows)]);
    }

    /// <summary>Appends the text with <paramref name="names"/> in place of the values.</summary>
    public void Append(StringBuilder sql, IReadOnlyList<string> names)
    {
        sql.Append(_parts[0]);
        for (var v = 0; v < _columns.Length; v++) sql.Append(names[v]).Append(_parts[v + 1]);
    }
}

/// <summary>
/// One of the engine's tables: its columns with their type mappings, key and concurrency token (row revision), and
/// the statements its rows are written with. Columns the database computes (a host's generated columns) are never
/// written. The statements are those EF Core would send: an UPDATE sets only the modified columns, and every
/// UPDATE and DELETE names the row by its key and, where the table has one, by the revision the step read.
/// </summary>
internal sealed partial class StepTable
{
    private readonly string _name;
    private readonly IProperty[] _properties;
    private readonly string[] _columns;
    private readonly RelationalTypeMapping[] _mappings;
    private readonly int[] _updated;
    private readonly int _key;
    private readonly int _token;
    private readonly string[] _parameterNames;
    private readonly int[] _inserted;
    private readonly StepStatement?[] _inserts = new StepStatement?[MaxRowsPerInsert + 1];
    private readonly ConcurrentDictionary<ulong, StepStatement> _updates = new();

    /// <summary>Rows one INSERT takes at most: a step with more (a signal reaching hundreds of instances) sends several.</summary>
    public const int MaxRowsPerInsert = 32;

    /// <param name="journal">The journal: its key is the database's own (an identity column), and its rows are
    /// plain objects, not tracked entries, so only the columns of their own properties are written.</param>
    public StepTable(IEntityType entity, ISqlGenerationHelper sql, string[] parameterNames, bool journal)
    {
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var key = entity.FindPrimaryKey()!.Properties.Single();
        _properties = entity.GetProperties().ToArray();
        _name = sql.DelimitIdentifier(table.Name, table.Schema);
        _columns = _properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)).ToArray();
        _mappings = _properties.Select(p => (RelationalTypeMapping)p.GetTypeMapping()).ToArray();
        _key = Array.IndexOf(_properties, key);
        _token = Array.FindIndex(_properties, p => p.IsConcurrencyToken);
        _updated = Indexes(p => p != key && p.GetAfterSaveBehavior() == PropertySaveBehavior.Save);
        if (_updated.Length > 64) throw new NotSupportedException($"{_name} has more than 64 columns to update.");
        _parameterNames = parameterNames;
        _inserted = Indexes(p => p.GetBeforeSaveBehavior() == PropertySaveBehavior.Save && !(journal && (p == key || p.IsShadowProperty())));
        Delete = WithWhere("DELETE FROM " + _name, [], []);
    }

    public StepStatement Delete { get; }

    /// <summary>The values one row's INSERT takes.</summary>
    public int InsertWidth => _inserted.Length;

    /// <summary>The INSERT of <paramref name="rows"/> rows (1 to <see cref="MaxRowsPerInsert"/>).</summary>
    public StepStatement Insert(int rows = 1) => _inserts[rows] ??= BuildInsert(rows);

    public IProperty Property(int column) => _properties[column];
    public RelationalTypeMapping Mapping(int column) => _mappings[column];

    /// <summary>The name of a statement's value <paramref name="value"/> in its own command.</summary>
    public string ParameterName(int value) => _parameterNames[value];

    /// <summary>The statement that writes <paramref name="entry"/>'s change.</summary>
    public StepStatement For(EntityEntry entry) => entry.State switch
    {
        EntityState.Added => Insert(),
        EntityState.Deleted => Delete,
        EntityState.Modified => _updates.GetOrAdd(Modified(entry), static (set, table) => table.BuildUpdate(set), this),
        _ => throw new InvalidOperationException($"{entry.State} rows are not written."),
    };

    /// <summary>The modified columns among those updated, one bit each.</summary>
    private ulong Modified(EntityEntry entry)
    {
        var set = 0UL;
        for (var u = 0; u < _updated.Length; u++)
            if (entry.Property(_properties[_updated[u]]).IsModified) set |= 1UL << u;
        return set;
    }

    private int[] Indexes(Func<IProperty, bool> written) =>
        Enumerable.Range(0, _properties.Length).Where(i => written(_properties[i])).ToArray();

    private StepStatement BuildInsert(int rows)
    {
        var head = "INSERT INTO " + _name + " (" + string.Join(", ", _inserted.Select(c => _columns[c])) + ") VALUES (";
        var parts = Enumerable.Range(0, rows).SelectMany(r => _inserted.Select((_, c) => c > 0 ? ", " : r == 0 ? head : "), ("))
            .Append(")").ToArray();
        var columns = Enumerable.Range(0, rows).SelectMany(_ => _inserted).ToArray();
        return new StepStatement(this, parts, columns, new bool[columns.Length], rows);
    }

    private StepStatement BuildUpdate(ulong set)
    {
        var columns = Enumerable.Range(0, _updated.Length).Where(u => (set & (1UL << u)) != 0).Select(u => _updated[u]).ToList();
        var parts = columns.Select((c, i) => (i == 0 ? "UPDATE " + _name + " SET " : ", ") + _columns[c] + " = ").ToList();
        return WithWhere("", parts, columns);
    }

    /// <summary>
    /// Ends a statement with its WHERE: the row by its key and, where the table has one, by the revision read.
    /// <paramref name="parts"/> holds the text before each of <paramref name="columns"/>' values, the values written.
    /// </summary>
    private StepStatement WithWhere(string head, List<string> parts, List<int> columns)
    {
        var written = columns.Count;
        parts.Add(head + " WHERE " + _columns[_key] + " = ");
        columns.Add(_key);
        if (_token >= 0)
        {
            parts.Add(" AND " + _columns[_token] + " = ");
            columns.Add(_token);
        }
        parts.Add("");
        return new StepStatement(this, [.. parts], [.. columns], columns.Select((_, i) => i >= written).ToArray());
    }
}
