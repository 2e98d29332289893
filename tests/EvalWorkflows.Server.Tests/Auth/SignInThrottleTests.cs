using EvalWorkflows.Server.Auth;
using Microsoft.Extensions.Options;

namespace EvalWorkflows.Server.Tests.Auth;

public sealed class SignInThrottleTests
{
    private static SignInThrottle Throttle(int perAddress = 3, int perAccount = 5) => new(Options.Create(new SignInThrottleOptions
    {
        FailuresPerAddress = perAddress, FailuresPerAccount = perAccount, RecoveryPeriod = TimeSpan.FromHours(1),
    }));

    [Fact]
    public void An_address_that_spent_its_failures_waits_while_other_addresses_may_still_try_the_account()
    {
        using var throttle = Throttle();
        for (var i = 0; i < 3; i++)
        {
            Assert.Null(throttle.WaitBeforeAttempt("203.0.113.7", "CLERK"));
            throttle.RecordFailure("203.0.113.7", "CLERK");
        }

        // The buckets refill continuously in the background: a fraction of a token must not count.
        Thread.Sleep(300);
        Assert.Equal(TimeSpan.FromHours(1), throttle.WaitBeforeAttempt("203.0.113.7", "CLERK"));
        Assert.Equal(TimeSpan.FromHours(1), throttle.WaitBeforeAttempt("203.0.113.7", "ADMIN"));
        Assert.Null(throttle.WaitBeforeAttempt("198.51.100.2", "CLERK"));
    }

    [Fact]
    public void An_account_failed_from_many_addresses_waits_on_every_address()
    {
        using var throttle = Throttle();
        for (var i = 0; i < 5; i++) throttle.RecordFailure($"203.0.113.{i}", "CLERK");

        Assert.NotNull(throttle.WaitBeforeAttempt("198.51.100.2", "CLERK"));
        Assert.Null(throttle.WaitBeforeAttempt("198.51.100.2", "ADMIN"));
    }
}
