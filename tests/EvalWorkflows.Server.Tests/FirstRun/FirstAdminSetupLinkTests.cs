using EvalWorkflows.Server.Auth;
using Microsoft.Extensions.Time.Testing;

namespace EvalWorkflows.Server.Tests.FirstRun;

public sealed class FirstAdminSetupLinkTests
{
    private readonly FakeTimeProvider _wallClock = new(new DateTimeOffset(2026, 11, 29, 20, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_link_is_valid_for_just_under_an_hour_and_not_at_the_hour()
    {
        var link = new FirstAdminSetupLink(_wallClock);
        var token = link.Issue();
        _wallClock.Advance(TimeSpan.FromMinutes(59));
        Assert.True(link.IsValid(token));
        _wallClock.Advance(TimeSpan.FromMinutes(1));
        Assert.False(link.IsValid(token));
        Assert.False(link.TryConsume(token));
    }

    [Fact]
    public void A_link_is_consumed_once_and_given_back_when_the_admin_could_not_be_created()
    {
        var link = new FirstAdminSetupLink(_wallClock);
        var token = link.Issue();
        Assert.False(link.TryConsume(token + "x"));
        Assert.True(link.TryConsume(token));
        Assert.False(link.TryConsume(token));
        link.Restore(token);
        Assert.True(link.TryConsume(token));
    }

    [Fact]
    public void Issuing_a_new_link_forgets_the_old_one()
    {
        var link = new FirstAdminSetupLink(_wallClock);
        var first = link.Issue();
        var second = link.Issue();
        Assert.NotEqual(first, second);
        Assert.False(link.IsValid(first));
        Assert.True(link.IsValid(second));
    }
}
