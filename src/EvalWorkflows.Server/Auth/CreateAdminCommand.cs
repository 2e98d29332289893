using System.Text;
using EvalWorkflows.Server.Data;
using Microsoft.AspNetCore.Identity;

namespace EvalWorkflows.Server.Auth;

/// <summary>
/// <c>create-admin NAME</c>: creates an admin account from the command line and exits without serving. The password
/// comes from <see cref="PasswordVariable"/> (for scripts) or is asked for on the terminal without echo.
/// </summary>
public static class CreateAdminCommand
{
    public const string Verb = "create-admin";
    public const string PasswordVariable = "EVALWORKFLOWS_ADMIN_PASSWORD";

    /// <summary>
    /// False when the arguments are not this command (the server then starts as usual); otherwise runs it, sets
    /// the process exit code, and returns true.
    /// </summary>
    public static async Task<bool> RunCreateAdminCommandAsync(this WebApplication app, string[] args)
    {
        var at = Array.IndexOf(args, Verb);
        if (at < 0) return false;
        Environment.ExitCode = await RunAsync(app.Services, at + 1 < args.Length ? args[at + 1] : null);
        return true;
    }

    private static async Task<int> RunAsync(IServiceProvider services, string? userName)
    {
        if (string.IsNullOrWhiteSpace(userName) || userName.StartsWith('-'))
            return Fail($"用法：dotnet run --project src/EvalWorkflows.Server -- {Verb} 用户名（密码从环境变量 {PasswordVariable} 读取，或在终端输入）");
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByNameAsync(userName.Trim()) is not null) return Fail($"用户“{userName.Trim()}”已存在，未做任何更改。");
        var password = Environment.GetEnvironmentVariable(PasswordVariable) is { Length: > 0 } fromEnv ? fromEnv : AskPassword();
        if (password is null) return Fail("两次输入的密码不一致，未创建管理员。");
        var result = await FirstAdminAccount.CreateAsync(users, scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>(), userName, password);
        if (!result.Succeeded)
            return Fail("未创建管理员：" + string.Join("；", result.Errors.Select(e => e.Description)));
        Console.WriteLine($"已创建管理员“{userName.Trim()}”，现在可以启动服务器并用该账号登录。");
        return 0;
    }

    /// <summary>Asks twice without echo; null when the two differ. Piped input is read as one line.</summary>
    private static string? AskPassword()
    {
        if (Console.IsInputRedirected) return Console.ReadLine() ?? "";
        var first = ReadHidden("管理员密码：");
        var second = ReadHidden("再次输入密码：");
        return first == second ? first : null;
    }

    private static string ReadHidden(string prompt)
    {
        Console.Write(prompt);
        var typed = new StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace) { if (typed.Length > 0) typed.Length--; }
            else if (!char.IsControl(key.KeyChar)) typed.Append(key.KeyChar);
        }
        Console.WriteLine();
        return typed.ToString();
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 1;
    }
}
