using EvalWorkflows.Server.AnnualReports;
using EvalWorkflows.Server.Api;
using EvalWorkflows.Server.Auth;
using EvalWorkflows.Server.Calendar;
using EvalWorkflows.Server.Clock;
using EvalWorkflows.Server.Data;
using EvalWorkflows.Server.Demo;
using EvalWorkflows.Server.Filings;
using EvalWorkflows.Server.Jobs;
using EvalWorkflows.Server.Lifecycle;
using EvalWorkflows.Server.Notices;
using EvalWorkflows.Server.Operations;
using EvalWorkflows.Server.Pages;
using EvalWorkflows.Server.Plans;
using EvalWorkflows.Server.Publicity;
using EvalWorkflows.Server.Renewals;
using EvalWorkflows.Server.Sources;
using EvalWorkflows.Server.Supervision;
using EvalWorkflows.Server.Workflows;

var builder = WebApplication.CreateBuilder(DatabaseOptions.ExpandSwitches(args));

// Persistence: one SQLite file for users, workflows and domain records, guarded against file faults (--init to recreate).
builder.Services.AddAppDatabase(builder.Configuration);
// Time: the system clock, or a manual clock for rehearsals (Clock:Mode=Manual).
builder.Services.AddClock();
// Users and roles (ASP.NET Core Identity, cookie sign-in); demo users with Seed:Demo=true.
builder.Services.AddAuth();
// Legal sources cited as bases (seeded, admin-edited); loaded before the workflows that cite them deploy.
builder.Services.AddSources();
// The BPMN engine, and workflows/*.bpmn deployed at start-up.
builder.Services.AddWorkflows();
// Hangfire fires timers on time (Jobs:Server=false turns the server off).
builder.Services.AddJobs(builder.Configuration);
// Problem details, JSON conventions, OpenAPI.
builder.Services.AddApi();
// Official working-day calendar: shipped notices, admin corrections, expression functions, health check.
builder.Services.AddCalendar();
// Notices: templates, the notice send task, the outbox and its delivery by SMTP or pickup folder.
builder.Services.AddNotices(builder.Configuration);
// Institutions, filing acceptance (form review, one-time correction, filing) and the public register.
builder.Services.AddFilings();
// A filing's life: the renewal window, expiry and grace, the reporting schedule, scope changes.
builder.Services.AddFilingLifecycle();
// Renewal applications and their evaluation.
builder.Services.AddRenewals();
// Yearly work summaries (1–10 March).
builder.Services.AddAnnualReports();
// Assessment plans (5-working-day rule) and the dispatch of quality supervisors.
builder.Services.AddPlans();
// Quality supervisors' reports on each batch.
builder.Services.AddSupervision();
// Results, their five-day publicity and objections.
builder.Services.AddPublicity();
// Health checks, the admin status page, the Hangfire dashboard; log scopes around every task handler (so last).
builder.Services.AddOperations();
// The pages: one layout and stylesheet, each feature's Razor Pages beside its code.
builder.Services.AddPages();
// With Seed:Demo, the demo province: twelve institutions in every stage, made through the API on the manual clock.
builder.Services.AddDemoProvince();

var app = builder.Build();

await app.Services.InitializeDatabaseAsync();
// `create-admin NAME` creates an admin account and exits without serving.
if (await app.RunCreateAdminCommandAsync(args)) return;

app.UseApi();
app.UsePages();
app.UseApiRateLimits();
app.UseAuth();
app.UseJobs();

app.MapApiDocument();
app.MapAuthEndpoints();
app.MapClockEndpoints();
app.MapWorkflowEndpoints();
// /health, and the Hangfire dashboard for admins.
app.MapOperations();
app.MapCalendarEndpoints();
app.MapNoticeEndpoints();
app.MapSources();
// Institutions, filings and the public register.
app.MapFilings();
// Scope-change requests of a filed institution; renewal applications; yearly summaries.
app.MapFilingLifecycleEndpoints();
app.MapRenewals();
app.MapAnnualReports();
// Assessment plans, supervision reports, result publicity and objections.
app.MapPlanEndpoints();
app.MapSupervision();
app.MapPublicity();
// Sign-in, the start page and every feature's pages.
app.MapPages();

app.Run();

/// <summary>Exposed for WebApplicationFactory in the server tests.</summary>
public partial class Program;
