using System.Diagnostics;

namespace Galley.Tests.Packaging;

/// <summary>Runs the dotnet command (pack, tool install, run) and the programs it installs, as a user would.</summary>
internal static class DotnetCli
{
    /// <summary>The dotnet host: the one running these tests when they run under it, else the first on PATH; null when
    /// there is none (a test machine without the SDK).</summary>
    public static string? Path { get; } = Find();

    public sealed record Result(int ExitCode, string Output, string Error)
    {
        public override string ToString() => $"exit code {ExitCode}\n{Output}\n{Error}";
    }

    public static Result Dotnet(string workingDirectory, params string[] arguments) =>
        Run(Path ?? throw new InvalidOperationException("dotnet is not installed"), workingDirectory, arguments);

    /// <summary>Runs a program to its end (at most ten minutes: a cold restore is slow) and captures what it prints.</summary>
    public static Result Run(string program, string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // A test run started by dotnet test inherits its MSBuild's settings, which would steer a nested build wrongly.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(name);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish in ten minutes");
        }
        return new Result(process.ExitCode, output.Result, error.Result);
    }

    private static string? Find()
    {
        string executable = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        string? host = Environment.ProcessPath;
        if (host is not null && System.IO.Path.GetFileName(host).Equals(executable, StringComparison.OrdinalIgnoreCase)) return host;
        return (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => System.IO.Path.Combine(dir, executable))
            .FirstOrDefault(File.Exists);
    }
}
