using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Jobs;
using EvalWorkflows.Server.Notices;

var builder = WebApplication.CreateBuilder(args);

// Persistence: one SQLite file (or PostgreSQL) for users, workflows and domain records.
builder.Services.AddAppDatabase(builder.Configuration);
// Background jobs: Hangfire, in memory by default (Jobs:Server=false runs none in this process).
builder.Services.AddBackgroundJobs(builder.Configuration);
// Notices: templates, the notice send task, the outbox and its delivery by SMTP or pickup folder.
builder.Services.AddNotices(builder.Configuration);

var app = builder.Build();

await app.Services.InitializeDatabaseAsync();

app.MapGet("/", () => "EvalWorkflows");
app.MapNoticeEndpoints();

app.Run();

/// <summary>Exposed for WebApplicationFactory in the server tests.</summary>
public partial class Program;
