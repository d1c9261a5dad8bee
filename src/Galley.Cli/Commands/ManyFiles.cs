using System.Runtime.ExceptionServices;
using Galley.Cli.Output;

namespace Galley.Cli.Commands;

/// <summary>Runs a per-file job over many files on all cores, results in the order of the paths, with progress on
/// standard error when that is a terminal (so `galley check DIR > out.txt` still shows it; nothing when it is not). A file that cannot be read as a
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

        if (io.ErrorIsTerminal)
        {
            using var progress = new ProgressLine(io.Error, paths.Count);
            Run(_ => progress.Done());
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
