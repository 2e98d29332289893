var builder = WebApplication.CreateBuilder(args);

var app = builder.Build();

app.MapGet("/", () => "EvalWorkflows");

app.Run();

/// <summary>Exposed for WebApplicationFactory in the server tests.</summary>
public partial class Program;
