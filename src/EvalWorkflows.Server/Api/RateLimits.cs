using System.ComponentModel.DataAnnotations;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace EvalWorkflows.Server.Api;

/// <summary>
/// How often one client address may call the endpoints anyone can call without signing in (objections, the
/// public register, sign-in, calendar look-ups): <c>RateLimits:Anonymous:PermitLimit</c> calls per
/// <c>RateLimits:Anonymous:Window</c>.
/// </summary>
public sealed class AnonymousRateLimitOptions
{
    [Range(1, 1_000_000)] public int PermitLimit { get; set; } = 60;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")] public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>
/// ASP.NET Core's rate limiter, one fixed window per client address, so one script cannot flood a
/// publicity's objections or guess passwords at full speed; a refused call is a 429 problem with Retry-After.
/// </summary>
public static class RateLimits
{
    public const string Anonymous = "anonymous";

    public static IServiceCollection AddApiRateLimits(this IServiceCollection services)
    {
        services.AddOptions<AnonymousRateLimitOptions>().BindConfiguration("RateLimits:Anonymous")
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(Anonymous, http =>
            {
                var limits = http.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<AnonymousRateLimitOptions>>().Value;
                return RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "local",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.PermitLimit, Window = limits.Window, QueueLimit = 0 });
            });
            o.OnRejected = RejectAsync;
        });
        return services;
    }

    public static TBuilder RequireAnonymousRateLimit<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireRateLimiting(Anonymous);

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken ct)
    {
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? (int)Math.Ceiling(retryAfter.TotalSeconds)
            : 60;
        context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var problem = ApiProblems.Create(StatusCodes.Status429TooManyRequests, "RATE_LIMITED",
            $"请求过于频繁，请在 {seconds} 秒后重试。");
        await ApiProblems.WriteAsync(context.HttpContext, problem);
    }
}
