using System.Net.Http.Json;
using System.Text.RegularExpressions;
using EvalWorkflows.Server.Tests.Support;

namespace EvalWorkflows.Server.Tests.FirstRun;

/// <summary><c>create-admin NAME</c> run as a script would, in its own process, with the password in the environment.</summary>
public sealed class CreateAdminCommandTests
{
    private const string Password = "Zhong-xin-2025!";

    [Fact]
    public async Task Create_admin_with_the_password_from_the_environment_makes_an_admin_who_can_sign_in_and_no_setup_link_is_logged()
    {
        var directory = ServerProcess.TemporaryDirectory();
        var env = new Dictionary<string, string> { ["EVALWORKFLOWS_ADMIN_PASSWORD"] = Password };

        var (exitCode, output) = await ServerProcess.RunCommandAsync(directory, env, "create-admin", "zhangwei");

        Assert.True(exitCode == 0, output);
        Assert.Contains("已创建管理员“zhangwei”", output);
        Assert.DoesNotContain("Now listening", output);

        var again = await ServerProcess.RunCommandAsync(directory, env, "create-admin", "zhangwei");
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("用户“zhangwei”已存在", again.Output);

        // A server started on that database has its admin: it signs in, and no setup link is logged.
        await using (var withAdmin = await ServerProcess.StartAsync($"--ConnectionStrings:Default=Data Source={Path.Combine(directory, "server.db")}"))
        {
            var admin = await withAdmin.SignInAsync("zhangwei", Password);
            var me = await (await admin.GetAsync("/api/auth/me")).ReadAsync(System.Net.HttpStatusCode.OK);
            Assert.Equal(["admin"], me.GetProperty("roles").Strings());
            Assert.DoesNotMatch(new Regex("/setup/"), withAdmin.Output);
        }
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task Create_admin_refuses_a_password_the_policy_rejects_and_creates_nobody()
    {
        var directory = ServerProcess.TemporaryDirectory();
        var env = new Dictionary<string, string> { ["EVALWORKFLOWS_ADMIN_PASSWORD"] = "short" };

        var (exitCode, output) = await ServerProcess.RunCommandAsync(directory, env, "create-admin", "lina");

        Assert.Equal(1, exitCode);
        Assert.Contains("未创建管理员", output);
        var retried = await ServerProcess.RunCommandAsync(directory,
            new Dictionary<string, string> { ["EVALWORKFLOWS_ADMIN_PASSWORD"] = Password }, "create-admin", "lina");
        Assert.True(retried.ExitCode == 0, retried.Output);
        Directory.Delete(directory, recursive: true);
    }
}
