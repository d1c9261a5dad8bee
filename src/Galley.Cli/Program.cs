using System.CommandLine;
using Galley.Cli.Commands;

namespace Galley.Cli;

public static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error, Console.In);

    /// <summary>Runs the command line with the given streams; tests call this in process.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, TextReader stdin)
    {
        var io = new ConsoleIO(stdout, stderr, stdin);
        var root = new RootCommand("Galley: an offline proofreader and beta reader for fiction.")
        {
            CheckCommand.Create(io),
            FixCommand.Create(io),
            WordsCommand.Create(io),
            RulesCommand.Create(io),
            EvalCommand.Create(io),
            ReportCommand.Create(io),
            Galley.Server.LspCommand.Create(),
            Galley.Server.ServeCommand.Create(io.Out, io.Error),
        };
        HelpText.Install(root);
        try
        {
            var result = root.Parse(args);
            if (result.Errors.Count > 0 && args.Length > 0)
            {
                foreach (var error in result.Errors) stderr.WriteLine($"galley: {error.Message}");
                stderr.WriteLine("Run 'galley --help' for usage.");
                return ExitCodes.InputError;
            }
            return result.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (ExitCodes.IsInputError(e))
        {
            stderr.WriteLine($"galley: {e.Message}");
            return ExitCodes.InputError;
        }
        catch (Exception e)
        {
            stderr.WriteLine($"galley: internal error ({e.GetType().Name}: {e.Message}). Please report it with the file that caused it.");
            return ExitCodes.InputError;
        }
    }
}

public static class ExitCodes
{
    public const int Clean = 0;
    public const int ProblemsFound = 1;
    public const int InputError = 2;

    /// <summary>The failures that say a file is not a readable manuscript (damaged, not text, unreadable), not a fault of
    /// Galley's: exit code 2 with the message, never a stack trace.</summary>
    public static bool IsInputError(Exception e) => e is Galley.Source.InputException or IOException or UnauthorizedAccessException;
}

/// <summary>The streams a command writes to, so tests can run commands in process.</summary>
public sealed record ConsoleIO(TextWriter Out, TextWriter Error, TextReader In)
{
    public bool OutIsTerminal => ReferenceEquals(Out, Console.Out) && !Console.IsOutputRedirected;
    public bool ErrorIsTerminal => ReferenceEquals(Error, Console.Error) && !Console.IsErrorRedirected;
}
