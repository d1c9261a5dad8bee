using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Galley.Evaluation;
using Galley.Story;

namespace Galley.Cli.Commands;

/// <summary>galley eval speakers DIR: runs the story report on each novel's text (given no gold quotations or
/// characters) and scores who it says speaks each gold quotation, overall and by how the text names the speaker.</summary>
internal static class EvalSpeakersCommand
{
    public static Command Create(ConsoleIO io)
    {
        var folder = new Argument<string>("folder") { Description = "A novel folder (novel_text.txt, quotation_info.csv, character_info.csv), or a folder of such folders." };
        var format = new Option<string>("--format", "-f") { Description = "Output: text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var wrong = new Option<bool>("--show-wrong") { Description = "List every gold quotation given the wrong speaker or none." };
        var byHow = new Option<bool>("--by-attribution") { Description = "Also count right speakers by how each line's speaker was found (tag, beat, alternation…)." };
        var command = new Command("speakers", "Score the story report's speaker attribution on novels annotated with who speaks each quotation.") { folder, format, wrong, byHow };
        command.SetAction(parse =>
        {
            var novels = SpeakerNovel.Load(parse.GetValue(folder)!);
            var scores = new List<SpeakerScore>(novels.Count);
            var listing = new StringWriter();
            foreach (var novel in novels)
            {
                var report = StoryAnalysis.Analyze(novel.Text);
                var score = SpeakerEvaluation.Score(novel, report.Dialogue);
                scores.Add(score);
                if (parse.GetValue(wrong)) ListWrong(listing, novel, score);
            }
            if (parse.GetValue(format) == "json") WriteJson(io.Out, scores);
            else
            {
                WriteTable(io.Out, scores);
                if (parse.GetValue(byHow)) WriteByAttribution(io.Out, scores);
                io.Out.Write(listing.ToString());
            }
            return ExitCodes.Clean;
        });
        return command;
    }

    private static readonly QuoteType[] Types = [QuoteType.Explicit, QuoteType.Anaphoric, QuoteType.Implicit];

    private static void WriteTable(TextWriter output, List<SpeakerScore> scores)
    {
        output.WriteLine("| novel | quotations | found | right speaker | explicit | anaphoric | implicit | no speaker |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var score in scores) output.WriteLine(Row(score.Novel, score.Total, Types.Select(score.Of)));
        if (scores.Count > 1)
            output.WriteLine(Row("**pooled**", Sum(scores.Select(s => s.Total)), Types.Select(t => Sum(scores.Select(s => s.Of(t))))));
        output.WriteLine();
    }

    /// <summary>Pooled over the novels: how many found quotations each way of attributing decided, and the share right.</summary>
    private static void WriteByAttribution(TextWriter output, List<SpeakerScore> scores)
    {
        output.WriteLine("| attribution | quotations | right speaker |");
        output.WriteLine("|---|---:|---:|");
        foreach (var group in scores.SelectMany(s => s.Matches).Where(m => m.Line is not null).GroupBy(m => m.Line!.How).OrderByDescending(g => g.Count()))
            output.WriteLine($"| {group.Key} | {group.Count()} | {Percent((double)group.Count(m => m.Outcome == SpeakerOutcome.Correct) / group.Count())} |");
        output.WriteLine();
    }

    private static SpeakerTally Sum(IEnumerable<SpeakerTally> tallies) => tallies.Aggregate(default(SpeakerTally), (a, b) => a + b);

    private static string Row(string name, SpeakerTally total, IEnumerable<SpeakerTally> byType) =>
        $"| {name} | {total.Quotations} | {Percent(total.Coverage)} | {Percent(total.Accuracy)} | " +
        string.Join(" | ", byType.Select(t => Percent(t.Accuracy))) + $" | {Percent(total.NoSpeakerShare)} |";

    private static string Percent(double share) => (100 * share).ToString("0.0", CultureInfo.InvariantCulture);

    private static void ListWrong(TextWriter output, SpeakerNovel novel, SpeakerScore score)
    {
        var lines = new Source.LineIndex(novel.Text);
        foreach (var m in score.Matches.Where(m => m.Outcome is SpeakerOutcome.Wrong or SpeakerOutcome.NoSpeaker))
        {
            var line = m.Line!;
            string text = line.Text.Length > 60 ? line.Text[..57] + "..." : line.Text;
            output.WriteLine($"  {novel.Name}:{lines.GetPosition(line.Span.Start).Line} {m.Gold.Type,-9} gold {m.Gold.Speaker} | galley {line.Speaker ?? "-"} ({line.How}) | {text.ReplaceLineEndings(" ")}");
        }
    }

    private static void WriteJson(TextWriter output, List<SpeakerScore> scores)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteStartArray("novels");
            foreach (var score in scores)
            {
                json.WriteStartObject();
                json.WriteString("novel", score.Novel);
                WriteTally(json, score.Total, Types.Select(score.Of));
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartObject("pooled");
            WriteTally(json, Sum(scores.Select(s => s.Total)), Types.Select(t => Sum(scores.Select(s => s.Of(t)))));
            json.WriteEndObject();
            json.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteTally(Utf8JsonWriter json, SpeakerTally total, IEnumerable<SpeakerTally> byType)
    {
        void Numbers(SpeakerTally t)
        {
            json.WriteNumber("quotations", t.Quotations);
            json.WriteNumber("found", t.Found);
            json.WriteNumber("correct", t.Correct);
            json.WriteNumber("noSpeaker", t.NoSpeaker);
            json.WriteNumber("accuracy", Math.Round(t.Accuracy, 4));
            json.WriteNumber("coverage", Math.Round(t.Coverage, 4));
            json.WriteNumber("noSpeakerShare", Math.Round(t.NoSpeakerShare, 4));
        }
        Numbers(total);
        json.WriteStartObject("byType");
        foreach (var (type, tally) in Types.Zip(byType))
        {
            json.WriteStartObject(type.ToString().ToLowerInvariant());
            Numbers(tally);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }
}
