using System.CommandLine;
using Galley.Lexicon;

namespace Galley.Cli.Commands;

/// <summary>galley eval spelling FILE.tsv: how many misspellings `galley check` flags in a sentence, and top-1 and
/// top-5 accuracy of suggestions on misspelling→correction pairs.
/// Rows whose misspelling is itself a dictionary word (latter for later) cannot be caught by a word-by-word checker
/// and are counted apart.</summary>
internal static class EvalSpellingCommand
{
    public static Command Create(ConsoleIO io)
    {
        var files = new Argument<string[]>("files") { Description = "TSV files: misspelling<TAB>correction, with a header row.", Arity = ArgumentArity.OneOrMore };
        var misses = new Option<bool>("--show-misses") { Description = "List the pairs whose correction was not first." };
        var command = new Command("spelling", "Score spelling suggestions on misspelling→correction pairs.") { files, misses };
        command.SetAction(parse =>
        {
            var lexicon = Lexicon.Lexicon.Default;
            var suggester = new Suggester(lexicon, Dialect.EnUS, []);
            foreach (var file in parse.GetValue(files)!)
            {
                if (!File.Exists(file)) throw new Source.InputException($"{file}: no such file.");
                var rows = File.ReadLines(file).Skip(1).Select(l => l.Split('\t')).Where(p => p.Length >= 2 && p[0].Length > 0).ToList();
                int nonWords = 0, top1 = 0, top5 = 0, realWords = 0, flagged = 0;
                foreach (var row in rows)
                {
                    string wrong = row[0].Trim(), right = row[1].Trim();
                    if (lexicon.Words.Contains(wrong, Dialect.EnUS)) { realWords++; continue; }
                    nonWords++;
                    if (IsFlaggedInProse(wrong)) flagged++;
                    var suggestions = suggester.Suggest(wrong, 5);
                    int rank = suggestions.ToList().FindIndex(s => string.Equals(s, right, StringComparison.OrdinalIgnoreCase));
                    if (rank == 0) top1++;
                    if (rank is >= 0 and < 5) top5++;
                    if (rank != 0 && parse.GetValue(misses))
                        io.Out.WriteLine($"  {wrong} → {right}: {string.Join(", ", suggestions)}");
                }
                io.Out.WriteLine($"{Path.GetFileName(file)}: {rows.Count} pairs; {nonWords} non-words, {realWords} real words (not scored)");
                io.Out.WriteLine($"  flagged {Percent(flagged, nonWords)}  top-1 {Percent(top1, nonWords)}  top-5 {Percent(top5, nonWords)}");
            }
            return ExitCodes.Clean;
        });
        return command;
    }

    /// <summary>Whether `galley check` flags the misspelling in a plain sentence of narration: a word can be missing
    /// from the dictionary and still be let pass (a derivation, a spoken form, a coinage).</summary>
    private static bool IsFlaggedInProse(string wrong)
    {
        string sentence = $"Then the {wrong} came back.";
        int start = sentence.IndexOf(wrong, StringComparison.Ordinal);
        return Checking.Checker.Check(sentence).Diagnostics.Any(d => d.Category == Diagnostics.Category.Spelling && d.Span.Start == start);
    }

    private static string Percent(int n, int of) => of == 0 ? "n/a" : $"{100.0 * n / of:F1}% ({n}/{of})";
}
