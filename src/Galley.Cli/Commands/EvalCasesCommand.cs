using System.CommandLine;
using Galley.Evaluation;
using Galley.Source;
using Galley.Text;

namespace Galley.Cli.Commands;

/// <summary>galley eval cases FILE.jsonl: scores a checker on short error / no-error cases (the peer-suite format),
/// by category: positives found and corrected, count cases found, false alarms on negatives.</summary>
internal static class EvalCasesCommand
{
    private const string Separator = "\n\n";

    public static Command Create(ConsoleIO io)
    {
        var file = new Argument<string>("file") { Description = "Cases, one JSON object a line: id, kind (positive, negative, count), category, lint, input, expected, clean." };
        var category = new Option<string[]>("--category") { Description = "Score only these categories.", AllowMultipleArgumentsPerToken = true };
        var byLint = new Option<bool>("--by-lint") { Description = "Also show the table by lint (the peer's rule name)." };
        var misses = new Option<bool>("--show-misses") { Description = "List positives not found or not corrected." };
        var alarms = new Option<bool>("--show-false-alarms") { Description = "List negatives that raised a flag." };
        var system = new EvalSystemOptions();
        var command = new Command("cases", "Score found, corrected and false alarms on short test cases (JSON lines).") { file, category, byLint, misses, alarms };
        system.AddTo(command);
        command.SetAction(parse =>
        {
            string path = parse.GetValue(file)!;
            var cases = PeerCaseReader.Read(SourceText.FromFile(path).Text.Split('\n'), path);
            if (parse.GetValue(category) is { Length: > 0 } only)
                cases = cases.Where(c => only.Contains(c.Category, StringComparer.OrdinalIgnoreCase)).ToList();
            var flags = system.IsPeer(parse) ? PeerFlagsInOneRun(parse, system, cases, path) : cases.Select((c, i) => system.Flags(parse, c.Input, path, i)).ToList();
            var outcomes = cases.Select((c, i) => PeerCaseScoring.Score(c, flags[i])).ToList();

            io.Out.WriteLine($"{Path.GetFileName(path)}: {cases.Count} cases; scoring {system.Describe(parse)}");
            io.Out.WriteLine();
            CaseTable.Write(io.Out, outcomes, o => o.Case.Category, "category");
            if (parse.GetValue(byLint))
            {
                io.Out.WriteLine();
                CaseTable.Write(io.Out, outcomes, o => o.Case.Lint, "lint");
            }
            foreach (var o in outcomes)
            {
                if (parse.GetValue(misses) && o.Case.Kind == CaseKind.Positive && !o.Corrected)
                    io.Out.WriteLine($"  {(o.Found ? "not corrected" : "missed"),-14} {o.Case.Id} [{o.Case.Lint}] {o.Case.Input}" +
                                     (o.Found ? $"  →  {o.CorrectedText}" : ""));
                if (parse.GetValue(alarms) && o.FalseAlarm)
                    io.Out.WriteLine($"  false alarm    {o.Case.Id} [{o.Case.Lint}] {string.Join("; ", o.Flags.Select(f => f.Describe(o.Case.Input)))}");
            }
            return ExitCodes.Clean;
        });
        return command;
    }

    /// <summary>A peer runs once over all inputs, each its own paragraph; its flags are handed back to their cases
    /// with offsets relative to the case (a flag across two cases is dropped).</summary>
    private static List<IReadOnlyList<TextFlag>> PeerFlagsInOneRun(ParseResult parse, EvalSystemOptions system, List<PeerCase> cases, string path)
    {
        var starts = new int[cases.Count];
        var joined = new System.Text.StringBuilder();
        for (int i = 0; i < cases.Count; i++)
        {
            starts[i] = joined.Length;
            joined.Append(cases[i].Input.Replace('\n', ' ')).Append(Separator);
        }
        var result = cases.Select(_ => new List<TextFlag>()).ToList();
        foreach (var flag in system.Flags(parse, joined.ToString(), path, 0))
        {
            int index = Array.BinarySearch(starts, flag.Span.Start);
            if (index < 0) index = ~index - 1;
            if (index < 0 || flag.Span.End > starts[index] + cases[index].Input.Length) continue;
            int shift = starts[index];
            result[index].Add(flag with
            {
                Span = new TextSpan(flag.Span.Start - shift, flag.Span.Length),
                Fix = flag.Fix.Select(e => e with { Span = new TextSpan(e.Span.Start - shift, e.Span.Length) }).ToList(),
            });
        }
        return result.Select(r => (IReadOnlyList<TextFlag>)r).ToList();
    }
}
