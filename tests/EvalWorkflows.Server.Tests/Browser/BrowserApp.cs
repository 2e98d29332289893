using EvalWorkflows.Server.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace EvalWorkflows.Server.Tests.Browser;

/// <summary>
/// The test server on a real Kestrel port (a browser cannot reach the in-memory test server), with its own
/// SQLite file, manual clock and demo users like every <see cref="TestApp"/>.
/// </summary>
public class BrowserApp : TestApp
{
    public BrowserApp() => UseKestrel(0);

    /// <summary>API clients (the test drivers) talk to the same Kestrel port the browser uses.</summary>
    protected override Uri ClientBaseAddress => new(BaseUrl);

    /// <summary>http://127.0.0.1:PORT of the running server (started on first use).</summary>
    public string BaseUrl
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
            return addresses.Addresses.First().Replace("[::]", "127.0.0.1").Replace("localhost", "127.0.0.1").TrimEnd('/');
        }
    }
}
