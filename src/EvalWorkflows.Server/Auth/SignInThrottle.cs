using System.ComponentModel.DataAnnotations;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace EvalWorkflows.Server.Auth;

/// <summary>Throttling of failed sign-ins (section <c>Auth:Throttle</c>).</summary>
public sealed class SignInThrottleOptions
{
    /// <summary>Failures one client address may make before it must wait.</summary>
    [Range(1, 1000)] public int FailuresPerAddress { get; set; } = 10;
    /// <summary>
    /// Failures one account may receive from all addresses together before sign-in to it slows down: far above
    /// the per-address figure, so one stranger is stopped long before the owner is, and at most the 100
    /// consecutive failures NIST SP 800-63B §5.2.2 allows.
    /// </summary>
    [Range(1, 100)] public int FailuresPerAccount { get; set; } = 50;
    /// <summary>After the allowance is spent, one more attempt is allowed per this period.</summary>
    public TimeSpan RecoveryPeriod { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>
/// Slows guessing down the way NIST SP 800-63B §5.2.2 asks, instead of locking accounts: every failed
/// sign-in takes a token from the bucket of the client address and from the bucket of the account name (known
/// or not, so the answer never tells which names exist). An empty bucket refuses further attempts until it
/// refills one token per <see cref="SignInThrottleOptions.RecoveryPeriod"/>; successes take nothing.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _addresses;
    private readonly PartitionedRateLimiter<string> _accounts;
    private readonly TimeSpan _recovery;

    public SignInThrottle(IOptions<SignInThrottleOptions> options)
    {
        var o = options.Value;
        _addresses = Buckets(o.FailuresPerAddress, o.RecoveryPeriod);
        _accounts = Buckets(o.FailuresPerAccount, o.RecoveryPeriod);
        _recovery = o.RecoveryPeriod;
    }

    private static PartitionedRateLimiter<string> Buckets(int size, TimeSpan period) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetTokenBucketLimiter(key, _ => new()
        {
            TokenLimit = size, TokensPerPeriod = 1, ReplenishmentPeriod = period, QueueLimit = 0, AutoReplenishment = true,
        }));

    /// <summary>How long the caller must wait before trying again, or null when an attempt is allowed now.</summary>
    /// <remarks>
    /// Reads the buckets' whole tokens: a partitioned bucket refills continuously, so a spent one soon holds a
    /// fraction of a token, which a zero-permit acquire would count as available. The wait is the time one
    /// whole token takes to come back, an upper bound.
    /// </remarks>
    public TimeSpan? WaitBeforeAttempt(string address, string account) =>
        HasToken(_addresses, address) && HasToken(_accounts, account) ? null : _recovery;

    private static bool HasToken(PartitionedRateLimiter<string> buckets, string key) =>
        buckets.GetStatistics(key)?.CurrentAvailablePermits >= 1;

    public void RecordFailure(string address, string account)
    {
        _addresses.AttemptAcquire(address).Dispose();
        _accounts.AttemptAcquire(account).Dispose();
    }

    public void Dispose()
    {
        _addresses.Dispose();
        _accounts.Dispose();
    }
}
