using System.CommandLine;
using Galley.Evaluation;
using Galley.Source;

namespace Galley.Cli.Commands;

/// <summary>galley eval m2 FILE.m2: scores a checker on an M2 file (CoNLL-2014/BEA-2019 format) the way the M2
/// scorer does, against the best annotator per sentence; the sentences are detokenized and checked as one text.</summary>
internal static class EvalM2Command
{
    public static Command Create(ConsoleIO io)
    {
        var file = new Argument<string>("file") { Description = "An M2 file: S lines (tokens) and A lines (edits)." };
        var writeText = new Option<string>("--write-text") { Description = "Write the detokenized sentences (the text that is checked) to this file, for running other checkers." };
        var falsePositives = new Option<bool>("--show-false-positives") { Description = "List flags that match no edit of the chosen annotator." };
        var misses = new Option<bool>("--show-misses") { Description = "List gold edits that were not corrected." };
        var byRule = new Option<bool>("--by-rule") { Description = "Also show precision by rule, worst first." };
        var hypothesis = new Option<string>("--hypothesis") { Description = "Score corrected sentences instead of a checker: one tokenized sentence per line, as the M2 scorer takes them." };
        var exclude = new Option<string[]>("--exclude-annotator") { Description = "Leave out these annotators (to score one annotator's corrections against the others').", AllowMultipleArgumentsPerToken = true };
        var scoreCase = new Option<bool>("--score-case-only") { Description = "Score fixes that change only letter case even when no gold edit in the file does (by default they are set aside and counted)." };
        var system = new EvalSystemOptions();
        var command = new Command("m2", "Score detection and correction on an M2 file.") { file, writeText, falsePositives, misses, byRule, hypothesis, exclude, scoreCase };
        system.AddTo(command);
        command.Validators.Add(r =>
        {
            if (r.GetValue(hypothesis) is not null && (r.GetValue<string>("--peer-json") is not null || r.GetValue<string>("--peer-command") is not null))
                r.AddError("--hypothesis scores corrected sentences; it does not take --peer-json or --peer-command.");
        });
        command.SetAction(parse =>
        {
            string path = parse.GetValue(file)!;
            var source = SourceText.FromFile(path);
            var m2 = M2Reader.Parse(source.Text.Split('\n'), path);
            if (m2.Warnings.Count > 0)
                io.Error.WriteLine($"galley: warning: {m2.Warnings[0]}{(m2.Warnings.Count > 1 ? $" ({m2.Warnings.Count - 1} more like it)" : "")}");
            var document = new M2Document(m2.Sentences);
            if (parse.GetValue(writeText) is { } output) File.WriteAllText(output, document.Text);
            var excluded = (parse.GetValue(exclude) ?? []).ToHashSet(StringComparer.Ordinal);
            var flags = parse.GetValue(hypothesis) is { } corrected
                ? ReadHypothesis(corrected, document.Sentences)
                : M2Evaluation.TokenFlags(document, system.Flags(parse, document.Text, path, 0));
            int setAside = 0;
            if (!parse.GetValue(scoreCase) && !M2Evaluation.GoldHasCaseOnlyEdits(document.Sentences))
                (flags, setAside) = M2Evaluation.WithoutCaseOnlyFlags(document.Sentences, flags);
            var (scores, sentences) = M2Evaluation.Score(document.Sentences, flags, excluded);
            string scored = parse.GetValue(hypothesis) is { } h ? $"hypothesis: {h}" : system.Describe(parse);
            io.Out.WriteLine($"{Path.GetFileName(path)}: {document.Sentences.Count} sentences, {scores.Total.Gold} gold edits (best annotator per sentence" +
                             $"{(excluded.Count > 0 ? ", leaving out " + string.Join(", ", excluded) : "")}); scoring {scored}");
            if (setAside > 0)
                io.Out.WriteLine($"Set aside, not scored: {setAside} flags whose fix changes only letter case (i \u2192 I), since no gold edit in this file does; --score-case-only scores them.");
            io.Out.WriteLine();
            ScoreTable.Write(io.Out, scores);
            if (parse.GetValue(byRule))
            {
                io.Out.WriteLine();
                ScoreTable.WriteByRule(io.Out, Scoreboard.ByRule(sentences.SelectMany(s => s.Match.Flags)));
            }
            foreach (var s in sentences)
            {
                if (parse.GetValue(falsePositives))
                    foreach (var f in s.Match.Flags.Where(f => !f.Detected))
                        io.Out.WriteLine($"  false positive  {path}:{s.Sentence.Line}: {f.Flag.Label}");
                if (parse.GetValue(misses))
                    foreach (var g in s.Match.Gold.Where(g => !g.Corrected))
                        io.Out.WriteLine($"  {(g.Detected ? "not corrected" : "missed"),-14}  {path}:{s.Sentence.Line}: {g.Gold.Label}");
            }
            return ExitCodes.Clean;
        });
        return command;
    }

    private static List<IReadOnlyList<SystemFlag<string>>> ReadHypothesis(string path, IReadOnlyList<M2Sentence> sentences)
    {
        var lines = SourceText.FromFile(path).Text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        if (lines.Count > 0 && lines[^1].Length == 0) lines.RemoveAt(lines.Count - 1); // the final newline
        if (lines.Count != sentences.Count)
            throw new InputException($"{path}: {lines.Count} lines for {sentences.Count} sentences; give one corrected sentence per line.");
        return sentences.Select((s, i) => (IReadOnlyList<SystemFlag<string>>)M2Evaluation.HypothesisFlags(s.Tokens,
            lines[i].Split(' ', StringSplitOptions.RemoveEmptyEntries))).ToList();
    }
}
