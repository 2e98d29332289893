using EvalWorkflows.Server.Tests.Support;

namespace EvalWorkflows.Server.Tests.Auth;

public sealed class SeedSettingsTests
{
    [Fact]
    public void Demo_seeding_without_a_password_stops_the_start_naming_the_setting()
    {
        using var app = new TestApp().With("Seed:Password", null);

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("Seed:Password", error.ToString());
    }
}
