using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace EvalWorkflows.Engine.Persistence;

/// <summary>
/// A step's statements sent as one ADO.NET batch (on PostgreSQL one round trip instead of one per row), each
/// statement with positional parameters ($1, $2, …), with the journal rows in multi-row INSERTs. The batch's count
/// of rows touched must be one per row written. Not through EF Core's raw-SQL path: that path cloned every
/// parameter and had Npgsql parse the whole text and index the parameters by name — most of a PostgreSQL step's
/// allocations. A batch that fails is reported to the context's diagnostics as EF Core reports its own commands.
/// </summary>
internal static class StepWriteBatch
{
    /// <summary>Values one statement may take: a journal INSERT holds as many rows as fit.</summary>
    public const int ParametersPerCommand = 400;

    /// <summary>Each statement's text with positional placeholders, made once per statement shape.</summary>
    private static readonly ConditionalWeakTable<StepStatement, string> Positional = [];

    public static async Task WriteAsync(DbContext db, StepWrites.Tables tables, IReadOnlyList<EntityEntry> changes,
        IReadOnlyList<HistoryRecord> history, CancellationToken ct)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("A step's rows are written inside its transaction.");
        var connection = db.Database.GetDbConnection();
        await using var batch = connection.CreateBatch();
        batch.Transaction = transaction;
        // Only a factory for the provider's parameter type; it is never executed.
        await using var factory = connection.CreateCommand();
        var values = new object?[ParametersPerCommand];
        var rows = 0;
        foreach (var entry in changes)
        {
            var statement = tables.Of(entry.Metadata.ClrType).For(entry);
            statement.Read(entry, values);
            rows += Add(batch, factory, statement, values);
        }
        var perInsert = Math.Min(StepTable.MaxRowsPerInsert, ParametersPerCommand / tables.History.InsertWidth);
        for (var first = 0; first < history.Count;)
        {
            var insert = tables.History.Insert(Math.Min(history.Count - first, perInsert));
            insert.Read(history, first, values);
            var written = Add(batch, factory, insert, values);
            (rows, first) = (rows + written, first + written);
        }
        if (batch.BatchCommands.Count == 0) return;
        int touched;
        try
        {
            touched = await batch.ExecuteNonQueryAsync(ct);
        }
        catch (DbException e)
        {
            factory.CommandText = string.Join(";\n", batch.BatchCommands.Select(c => c.CommandText));
            PreparedStepCommands.Report(db, factory, e, DbCommandMethod.ExecuteNonQuery);
            throw;
        }
        if (touched != rows) throw new ChangedMeanwhileException();
    }

    /// <summary>Adds <paramref name="statement"/> with the values read.</summary>
    /// <returns>The rows it writes.</returns>
    private static int Add(DbBatch batch, DbCommand factory, StepStatement statement, object?[] values)
    {
        var command = batch.CreateBatchCommand();
        command.CommandText = Positional.GetValue(statement, static s =>
        {
            var text = new StringBuilder();
            s.Append(text, Enumerable.Range(1, s.Count).Select(i => "$" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray());
            return text.ToString();
        });
        for (var v = 0; v < statement.Count; v++)
        {
            var column = statement.Column(v);
            command.Parameters.Add(statement.Table.Mapping(column).CreateParameter(factory, "", values[v], statement.Table.Property(column).IsNullable));
        }
        batch.BatchCommands.Add(command);
        return statement.Rows;
    }
}
