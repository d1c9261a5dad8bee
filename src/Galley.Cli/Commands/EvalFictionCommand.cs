using System.CommandLine;
using Galley.Evaluation;
using Galley.Source;

namespace Galley.Cli.Commands;

/// <summary>galley eval fiction FILE…: scores a checker on drafts annotated with {wrong=>right|category} marks,
/// by category, and lists its false positives (flags on text not marked as an error).</summary>
internal static class EvalFictionCommand
{
    public static Command Create(ConsoleIO io)
    {
        var files = new Argument<string[]>("files") { Description = "Annotated drafts: text with errors marked {wrong=>right|category} or {wrong=>right|category|note}.", Arity = ArgumentArity.OneOrMore };
        var misses = new Option<bool>("--show-misses") { Description = "Also list marked errors that were not flagged or not corrected." };
        var writePlain = new Option<string>("--write-plain") { Description = "Write each draft's plain text (marks removed) into this folder, for running other checkers." };
        var byRule = new Option<bool>("--by-rule") { Description = "Also show precision by rule, worst first." };
        var summaryOnly = new Option<bool>("--summary-only") { Description = "Print the tables without listing false positives (for long unmarked texts, where every flag is one)." };
        var system = new EvalSystemOptions();
        var command = new Command("fiction", "Score detection and correction on annotated fiction drafts.") { files, misses, writePlain, byRule, summaryOnly };
        system.AddTo(command);
        command.SetAction(parse =>
        {
            var scores = new Scoreboard();
            var flagOutcomes = new List<FlagOutcome<char>>();
            var paths = parse.GetValue(files)!;
            var listing = new StringWriter();
            long words = 0;
            for (int i = 0; i < paths.Length; i++)
            {
                var source = SourceText.FromFile(paths[i]);
                var draft = AnnotatedText.Parse(source.Text, paths[i]);
                if (parse.GetValue(writePlain) is { } folder)
                {
                    Directory.CreateDirectory(folder);
                    File.WriteAllText(Path.Combine(folder, Path.GetFileName(paths[i])), draft.Plain);
                }
                words += draft.Plain.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).LongLength;
                var result = FictionEvaluation.Score(draft, system.Flags(parse, draft.Plain, paths[i], i));
                scores.Add(result);
                flagOutcomes.AddRange(result.Flags);
                var lines = new LineIndex(draft.Plain);
                foreach (var flag in result.Flags.Where(f => !f.Detected))
                    listing.WriteLine($"  false positive  {paths[i]}:{lines.GetPosition(flag.Flag.Start).Line}: {flag.Flag.Label}");
                if (parse.GetValue(misses))
                    foreach (var gold in result.Gold.Where(g => !g.Corrected))
                        listing.WriteLine($"  {(gold.Detected ? "not corrected" : "missed"),-14}  {paths[i]}:{gold.Gold.Label}");
            }
            io.Out.WriteLine($"Annotated fiction: {paths.Length} file(s), {scores.Total.Gold} marked errors; scoring {system.Describe(parse)}");
            io.Out.WriteLine();
            ScoreTable.Write(io.Out, scores);
            var total = scores.Total;
            io.Out.WriteLine($"{words:N0} words; {total.Flags - total.FlagsDetecting} false positives, {FalsePerThousand(total.Flags - total.FlagsDetecting, words)} per 1,000 words.");
            io.Out.WriteLine();
            if (parse.GetValue(byRule))
            {
                ScoreTable.WriteByRule(io.Out, Scoreboard.ByRule(flagOutcomes));
                io.Out.WriteLine();
            }
            if (!parse.GetValue(summaryOnly)) io.Out.Write(listing.ToString());
            return ExitCodes.Clean;
        });
        return command;
    }

    private static string FalsePerThousand(int falsePositives, long words) =>
        words == 0 ? "–" : (1000.0 * falsePositives / words).ToString("F2", System.Globalization.CultureInfo.InvariantCulture);
}
