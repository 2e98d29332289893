using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Sqlite.Design.Internal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

#pragma warning disable EF1001 // SqliteAnnotationCodeGenerator is EF Core's internal API: extended here at design time only.

namespace EvalWorkflows.Server.Data.Migrations;

/// <summary>
/// Design-time services for <c>dotnet ef</c> (found in the server's assembly): on SQLite the model snapshot keeps an
/// integer key's value-generation strategy when it is set to None against a convention of AUTOINCREMENT
/// (<see cref="SqliteJournalKey"/>). EF Core 10's SQLite generator drops None from the snapshot, so the snapshot's
/// model has AUTOINCREMENT again and every later <c>migrations add</c> would rebuild the journal table once more.
/// The PostgreSQL context's generator is left as it is.
/// </summary>
public sealed class DesignTimeServices : IDesignTimeServices
{
    public void ConfigureDesignTimeServices(IServiceCollection services)
    {
        var generator = services.LastOrDefault(d => d.ServiceType == typeof(IAnnotationCodeGenerator));
        if (generator?.ImplementationType == typeof(SqliteAnnotationCodeGenerator))
            services.Replace(ServiceDescriptor.Singleton<IAnnotationCodeGenerator, SqliteSnapshotAnnotations>());
    }

    /// <summary>Leaves an explicit None strategy among the annotations the snapshot writes as HasAnnotation.</summary>
    private sealed class SqliteSnapshotAnnotations(AnnotationCodeGeneratorDependencies dependencies) : SqliteAnnotationCodeGenerator(dependencies)
    {
        private const string Strategy = "Sqlite:ValueGenerationStrategy";

        public override IReadOnlyList<MethodCallCodeFragment> GenerateFluentApiCalls(IProperty property, IDictionary<string, IAnnotation> annotations)
        {
            if (!annotations.TryGetValue(Strategy, out var none) || none.Value is not SqliteValueGenerationStrategy.None)
                return base.GenerateFluentApiCalls(property, annotations);
            annotations.Remove(Strategy);
            var calls = base.GenerateFluentApiCalls(property, annotations);
            annotations[Strategy] = none;
            return calls;
        }
    }
}
