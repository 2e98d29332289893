using System.ComponentModel.DataAnnotations;
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
/// <remarks>
/// Token buckets computed from the injected clock when they are read, so rehearsals and tests move them with the
/// clock (System.Threading.RateLimiting refills on its own timer, outside any <see cref="TimeProvider"/>). Only
/// buckets that have lost tokens are kept; a full one is the same as none.
/// </remarks>
public sealed class SignInThrottle(IOptions<SignInThrottleOptions> options, TimeProvider time)
{
    private readonly SignInThrottleOptions _options = options.Value;
    private readonly Buckets _addresses = new(options.Value.FailuresPerAddress, options.Value.RecoveryPeriod, time);
    private readonly Buckets _accounts = new(options.Value.FailuresPerAccount, options.Value.RecoveryPeriod, time);

    /// <summary>How long the caller must wait before trying again, or null when an attempt is allowed now.</summary>
    public TimeSpan? WaitBeforeAttempt(string address, string account)
    {
        var wait = Max(_addresses.WaitForToken(address), _accounts.WaitForToken(account));
        return wait > TimeSpan.Zero ? wait : null;
    }

    public void RecordFailure(string address, string account)
    {
        _addresses.Take(address);
        _accounts.Take(account);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    /// <summary>Whole tokens per key: <c>size</c> at most, one back per <c>period</c> since the last one came back.</summary>
    private sealed class Buckets(int size, TimeSpan period, TimeProvider time)
    {
        private readonly Dictionary<string, (int Tokens, DateTimeOffset Since)> _spent = new(StringComparer.Ordinal);
        private readonly Lock _lock = new();
        private const int SweepAbove = 100_000;

        public TimeSpan WaitForToken(string key)
        {
            lock (_lock)
            {
                var (tokens, since) = Refill(key, time.GetUtcNow());
                return tokens >= 1 ? TimeSpan.Zero : since + period - time.GetUtcNow();
            }
        }

        public void Take(string key)
        {
            lock (_lock)
            {
                var now = time.GetUtcNow();
                var (tokens, since) = Refill(key, now);
                if (tokens == size) since = now; // a full bucket starts counting its recovery from this failure
                _spent[key] = (Math.Max(0, tokens - 1), since);
                if (_spent.Count > SweepAbove) Sweep(now);
            }
        }

        /// <summary>Many addresses failing once each must not grow memory without end: drop the refilled buckets.</summary>
        private void Sweep(DateTimeOffset now)
        {
            foreach (var key in _spent.Keys.ToList()) Refill(key, now);
        }

        private (int Tokens, DateTimeOffset Since) Refill(string key, DateTimeOffset now)
        {
            if (!_spent.TryGetValue(key, out var bucket)) return (size, now);
            var periods = (int)Math.Min(size, (now - bucket.Since).Ticks / period.Ticks);
            var tokens = Math.Min(size, bucket.Tokens + periods);
            if (tokens == size)
            {
                _spent.Remove(key);
                return (size, now);
            }
            bucket = (tokens, bucket.Since + period * periods);
            _spent[key] = bucket;
            return bucket;
        }
    }
}
