using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace EvalWorkflows.Engine.Persistence;

/// <summary>
/// A step's statements sent as one command (on PostgreSQL one round trip instead of one per row), through EF
/// Core's raw SQL, so the context's interceptors and logging see it, with the journal rows in multi-row INSERTs.
/// The command's count of rows touched must be one per row written.
/// </summary>
internal sealed class StepWriteBatch
{
    /// <summary>Parameters per command: a large step (a signal reaching hundreds of instances) goes as several.</summary>
    public const int ParametersPerCommand = 400;

    private readonly DbContext _db;
    private readonly DbCommand _factory;
    private readonly string[] _names;
    private readonly StringBuilder _sql = new(1024);
    private readonly List<object> _parameters = new(64);
    private readonly object?[] _values = new object?[ParametersPerCommand];
    private readonly List<string> _placeholders = new(64);
    private int _rows;

    private StepWriteBatch(DbContext db, DbCommand factory, string[] names) => (_db, _factory, _names) = (db, factory, names);

    public static async Task WriteAsync(DbContext db, StepWrites.Tables tables, IReadOnlyList<EntityEntry> changes,
        IReadOnlyList<HistoryRecord> history, CancellationToken ct)
    {
        // Only a factory for the provider's parameter type; it is never executed.
        await using var factory = db.Database.GetDbConnection().CreateCommand();
        var batch = new StepWriteBatch(db, factory, tables.ParameterNames);
        foreach (var entry in changes)
        {
            var statement = tables.Of(entry.Metadata.ClrType).For(entry);
            await batch.MakeRoomAsync(statement.Count, ct);
            statement.Read(entry, batch._values);
            batch.Append(statement);
        }
        for (var first = 0; first < history.Count;)
        {
            var width = tables.History.InsertWidth;
            if (batch.Room < width) await batch.SendAsync(ct);
            var rows = Math.Min(Math.Min(history.Count - first, StepTable.MaxRowsPerInsert), batch.Room / width);
            var insert = tables.History.Insert(rows);
            insert.Read(history, first, batch._values);
            batch.Append(insert);
            first += rows;
        }
        await batch.SendAsync(ct);
    }

    private int Room => ParametersPerCommand - _parameters.Count;

    private Task MakeRoomAsync(int parameters, CancellationToken ct) => Room >= parameters ? Task.CompletedTask : SendAsync(ct);

    /// <summary>Appends a statement with the values read.</summary>
    private void Append(StepStatement statement)
    {
        if (_rows > 0) _sql.Append(";\n");
        _placeholders.Clear();
        for (var v = 0; v < statement.Count; v++)
        {
            var column = statement.Column(v);
            var name = _names[_parameters.Count];
            _parameters.Add(statement.Table.Mapping(column).CreateParameter(_factory, name, _values[v], statement.Table.Property(column).IsNullable));
            _placeholders.Add(name);
        }
        statement.Append(_sql, _placeholders);
        _rows += statement.Rows;
    }

    private async Task SendAsync(CancellationToken ct)
    {
        if (_rows == 0) return;
        var touched = await _db.Database.ExecuteSqlRawAsync(_sql.Append(';').ToString(), _parameters, ct);
        if (touched != _rows) throw new ChangedMeanwhileException();
        _sql.Clear();
        _parameters.Clear();
        _rows = 0;
    }
}
