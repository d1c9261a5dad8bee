using System.Runtime.ExceptionServices;
using Spectre.Console;

namespace Galley.Cli.Commands;

/// <summary>Runs a per-file job over many files on all cores, results in the order of the paths, with a progress bar
/// when the output is a terminal (nothing extra otherwise, so piped JSON stays clean). A file that cannot be read as a
/// manuscript (damaged, not text, unreadable) is skipped and reported to <c>badInput</c> in path order, so one broken
/// file in an archive of stories does not hide the others; any other failure fails the whole run, as a sequential run
/// would.</summary>
internal static class ManyFiles
{
    public static List<T> Check<T>(IReadOnlyList<string> paths, ConsoleIO io, Func<string, T> job, Action<string, Exception>? badInput = null)
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

        var checkedFiles = new List<T>(paths.Count);
        for (int i = 0; i < paths.Count; i++)
        {
            if (failures[i] is null) checkedFiles.Add(results[i]);
            else if (badInput is not null && ExitCodes.IsInputError(failures[i]!)) badInput(paths[i], failures[i]!);
            else ExceptionDispatchInfo.Throw(failures[i]!);
        }
        return checkedFiles;
    }
}
