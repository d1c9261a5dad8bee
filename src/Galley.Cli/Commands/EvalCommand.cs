using System.CommandLine;

namespace Galley.Cli.Commands;

/// <summary>galley eval …: measures Galley against gold data. Each kind of gold data is a subcommand in its own file.</summary>
internal static class EvalCommand
{
    public static Command Create(ConsoleIO io) =>
        new("eval", "Measure Galley's quality against annotated data.")
        {
            EvalSpellingCommand.Create(io),
            EvalM2Command.Create(io),
            EvalFictionCommand.Create(io),
            EvalCasesCommand.Create(io),
            EvalSpeakersCommand.Create(io),
        };
}
