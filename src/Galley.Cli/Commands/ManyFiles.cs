using System.Runtime.ExceptionServices;
using Spectre.Console;

namespace Galley.Cli.Commands;

/// <summary>Runs a per-file job over many files on all cores, results in the order of the paths, with a progress bar
/// when the output is a terminal (nothing extra otherwise, so piped JSON stays clean). The first failing file (in path
/// order) fails the whole run, as a sequential run would.</summary>
internal static class ManyFiles
{
    public static List<T> Check<T>(IReadOnlyList<string> paths, ConsoleIO io, Func<string, T> job)
    {
        if (paths.Count <= 1 || paths.Contains("-")) return paths.Select(job).ToList();
        var results = new T[paths.Count];
        var failures = new Exception?[paths.Count];
        void Run(Action<int>? done) => Parallel.For(0, paths.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            try { results[i] = job(paths[i]); }
            catch (Exception e) { failures[i] = e; }
            done?.Invoke(i);
        });

        if (io.OutIsTerminal)
        {
            AnsiConsole.Progress().AutoClear(true).HideCompleted(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(progress =>
                {
                    var task = progress.AddTask($"Checking {paths.Count} files", maxValue: paths.Count);
                    Run(_ => task.Increment(1));
                });
        }
        else Run(null);

        if (failures.FirstOrDefault(f => f is not null) is { } first) ExceptionDispatchInfo.Throw(first);
        return [.. results];
    }
}
