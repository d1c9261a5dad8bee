namespace Galley.Tests.Server;

public sealed class ServerCommandTests
{
    [Fact]
    public void Serve_rejects_an_impossible_port_with_exit_code_two()
    {
        var (exit, _, error) = CliRunner.Run("serve", "--port", "70000");
        Assert.Equal(2, exit);
        Assert.Contains("--port", error);
    }

    [Fact]
    public void Both_commands_are_listed_in_help()
    {
        var (_, output, _) = CliRunner.Run("--help");
        Assert.Contains("lsp", output);
        Assert.Contains("serve", output);
    }
}

public sealed class ServeShutdownTests
{
    [Fact]
    public async Task Serve_exits_cleanly_on_SIGTERM()
    {
        if (OperatingSystem.IsWindows()) return;   // no SIGTERM to send
        var galley = Path.Combine(AppContext.BaseDirectory, "galley.dll");
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { galley, "serve", "--port", "0", "--no-browser" }) start.ArgumentList.Add(arg);
        using var serve = System.Diagnostics.Process.Start(start)!;
        try
        {
            using var ready = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var line = await serve.StandardOutput.ReadLineAsync(ready.Token);
            Assert.Contains("Galley is ready at http://127.0.0.1:", line);

            using var kill = System.Diagnostics.Process.Start("kill", ["-TERM", serve.Id.ToString()]);
            await kill.WaitForExitAsync(TestContext.Current.CancellationToken);
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            await serve.WaitForExitAsync(stop.Token);
            Assert.Equal(0, serve.ExitCode);
        }
        finally
        {
            if (!serve.HasExited) serve.Kill();
        }
    }
}
