using Microsoft.Extensions.Time.Testing;
using EvalWorkflows.Server.Auth;
using Microsoft.Extensions.Options;

namespace EvalWorkflows.Server.Tests.Auth;

public sealed class SignInThrottleTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 3, 3, 1, 0, 0, TimeSpan.Zero));

    private SignInThrottle Throttle(int perAddress = 3, int perAccount = 5) => new(Options.Create(new SignInThrottleOptions
    {
        FailuresPerAddress = perAddress, FailuresPerAccount = perAccount, RecoveryPeriod = TimeSpan.FromHours(1),
    }), _clock);

    [Fact]
    public void An_address_that_spent_its_failures_waits_while_other_addresses_may_still_try_the_account()
    {
        var throttle = Throttle();
        for (var i = 0; i < 3; i++)
        {
            Assert.Null(throttle.WaitBeforeAttempt("203.0.113.7", "CLERK"));
            throttle.RecordFailure("203.0.113.7", "CLERK");
        }

        // A fraction of a token does not count: 59 minutes on, the address still waits its last minute.
        _clock.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal(TimeSpan.FromMinutes(1), throttle.WaitBeforeAttempt("203.0.113.7", "CLERK"));
        Assert.Equal(TimeSpan.FromMinutes(1), throttle.WaitBeforeAttempt("203.0.113.7", "ADMIN"));
        Assert.Null(throttle.WaitBeforeAttempt("198.51.100.2", "CLERK"));
    }

    [Fact]
    public void A_spent_address_gets_one_attempt_back_per_recovery_period_and_its_whole_allowance_in_three()
    {
        var throttle = Throttle();
        for (var i = 0; i < 3; i++) throttle.RecordFailure("203.0.113.7", "CLERK");

        _clock.Advance(TimeSpan.FromHours(1));
        Assert.Null(throttle.WaitBeforeAttempt("203.0.113.7", "CLERK"));
        throttle.RecordFailure("203.0.113.7", "CLERK");
        Assert.Equal(TimeSpan.FromHours(1), throttle.WaitBeforeAttempt("203.0.113.7", "CLERK"));

        _clock.Advance(TimeSpan.FromHours(3));
        for (var i = 0; i < 3; i++)
        {
            Assert.Null(throttle.WaitBeforeAttempt("203.0.113.7", "CLERK"));
            throttle.RecordFailure("203.0.113.7", "CLERK");
        }
        Assert.NotNull(throttle.WaitBeforeAttempt("203.0.113.7", "CLERK"));
    }

    [Fact]
    public void An_account_failed_from_many_addresses_waits_on_every_address()
    {
        var throttle = Throttle();
        for (var i = 0; i < 5; i++) throttle.RecordFailure($"203.0.113.{i}", "CLERK");

        Assert.NotNull(throttle.WaitBeforeAttempt("198.51.100.2", "CLERK"));
        Assert.Null(throttle.WaitBeforeAttempt("198.51.100.2", "ADMIN"));
    }
}
