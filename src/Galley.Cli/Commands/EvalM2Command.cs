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
        var system = new EvalSystemOptions();
        var command = new Command("m2", "Score detection and correction on an M2 file.") { file, writeText, falsePositives, misses, byRule };
        system.AddTo(command);
        command.SetAction(parse =>
        {
            string path = parse.GetValue(file)!;
            var source = SourceText.FromFile(path);
            var m2 = M2Reader.Parse(source.Text.Split('\n'), path);
            if (m2.Warnings.Count > 0)
                io.Error.WriteLine($"galley: warning: {m2.Warnings[0]}{(m2.Warnings.Count > 1 ? $" ({m2.Warnings.Count - 1} more like it)" : "")}");
            var document = new M2Document(m2.Sentences);
            if (parse.GetValue(writeText) is { } output) File.WriteAllText(output, document.Text);
            var (scores, sentences) = M2Evaluation.Score(document, system.Flags(parse, document.Text, path, 0));
            io.Out.WriteLine($"{Path.GetFileName(path)}: {document.Sentences.Count} sentences, {scores.Total.Gold} gold edits (best annotator per sentence); scoring {system.Describe(parse)}");
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
}
