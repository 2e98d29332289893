using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace EvalWorkflows.Engine.Persistence;

/// <summary>
/// The database provider a context runs on, read once per model. <c>DatabaseFacade.ProviderName</c> asks the
/// provider's assembly for its name by reflection on every call, and every step asks which way its statements run:
/// ~3.6 % of an instance start's time (thread-time trace of the engine benchmark). A model belongs to one provider
/// (EF Core builds and caches it per internal service provider, which the provider is part of).
/// </summary>
internal static class ProviderNames
{
    private static readonly ConditionalWeakTable<IModel, string> PerModel = [];

    public static string Of(DbContext db)
    {
        var model = db.Model;
        if (PerModel.TryGetValue(model, out var name)) return name;
        name = db.Database.ProviderName ?? "";
        PerModel.AddOrUpdate(model, name);
        return name;
    }
}
