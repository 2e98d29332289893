using EvalWorkflows.Server.Tests.Support;

namespace EvalWorkflows.Server.Tests.Clock;

/// <summary>A wrong clock setting stops the start and names itself.</summary>
public sealed class ClockSettingsTests
{
    [Theory]
    [InlineData("Clock:Start", "next monday")]
    [InlineData("Clock:Mode", "Sundial")]
    public void A_wrong_clock_setting_stops_the_start_naming_the_setting(string key, string value)
    {
        using var app = new TestApp().With(key, value);

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains(key, error.ToString());
    }
}
