using EvalWorkflows.Server.Data;

var builder = WebApplication.CreateBuilder(args);

// Persistence: one SQLite file (or PostgreSQL) for users, workflows and domain records.
builder.Services.AddAppDatabase(builder.Configuration);

var app = builder.Build();

await app.Services.InitializeDatabaseAsync();

app.MapGet("/", () => "EvalWorkflows");

app.Run();

/// <summary>Exposed for WebApplicationFactory in the server tests.</summary>
public partial class Program;
