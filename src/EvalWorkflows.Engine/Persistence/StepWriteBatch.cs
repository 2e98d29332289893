using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace EvalWorkflows.Engine.Persistence;

/// <summary>
/// A step's statements sent as one command (on PostgreSQL one round trip instead of one per row), through EF
/// Core's raw SQL, so the context's interceptors and logging see it, with the journal rows as one multi-row INSERT.
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
    private StepStatement? _open;
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
        foreach (var row in history)
        {
            var insert = tables.History.Insert;
            await batch.MakeRoomAsync(insert.Count, ct);
            insert.Read(row, batch._values);
            batch.Append(insert);
        }
        await batch.SendAsync(ct);
    }

    private Task MakeRoomAsync(int parameters, CancellationToken ct) =>
        ParametersPerCommand - _parameters.Count >= parameters ? Task.CompletedTask : SendAsync(ct);

    /// <summary>Appends a statement with the values read; a journal row joins the INSERT of the row before it.</summary>
    private void Append(StepStatement statement)
    {
        var moreRows = _open == statement && statement == statement.Table.Insert;
        if (_open is not null && !moreRows) _sql.Append(";\n");
        _placeholders.Clear();
        for (var v = 0; v < statement.Count; v++)
        {
            var column = statement.Column(v);
            var name = _names[_parameters.Count];
            _parameters.Add(statement.Table.Mapping(column).CreateParameter(_factory, name, _values[v], statement.Table.Property(column).IsNullable));
            _placeholders.Add(name);
        }
        statement.Append(_sql, _placeholders, moreRows);
        _open = statement;
        _rows++;
    }

    private async Task SendAsync(CancellationToken ct)
    {
        if (_rows == 0) return;
        var touched = await _db.Database.ExecuteSqlRawAsync(_sql.Append(';').ToString(), _parameters, ct);
        if (touched != _rows) throw new ChangedMeanwhileException();
        _sql.Clear();
        _parameters.Clear();
        _open = null;
        _rows = 0;
    }
}
