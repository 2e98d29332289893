using EvalWorkflows.Server.Calendar;
using EvalWorkflows.Server.Data;

var builder = WebApplication.CreateBuilder(args);

// Persistence: one SQLite file (or PostgreSQL) for users, workflows and domain records.
builder.Services.AddAppDatabase(builder.Configuration);

// Official working-day calendar: shipped notices, admin corrections, expression functions, health check.
builder.Services.AddCalendar();

var app = builder.Build();

await app.Services.InitializeDatabaseAsync();

app.MapGet("/", () => "EvalWorkflows");
app.MapHealthChecks("/health");
app.MapCalendarEndpoints();

app.Run();

/// <summary>Exposed for WebApplicationFactory in the server tests.</summary>
public partial class Program;
