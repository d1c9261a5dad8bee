using Galley.Source;
using Galley.Story;
using Spectre.Console;

namespace Galley.Cli.Output;

/// <summary>The story report in the terminal: tables and bar charts with Spectre.Console, plain text when piped.</summary>
internal static class ReportTerminal
{
    public static void Write(TextWriter output, SourceText source, StoryReport report, bool color)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = color ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = color ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(output),
            Interactive = InteractionSupport.No,
        });
        if (!color) console.Profile.Width = 100;
        var n = report.Narrator;
        console.Write(new Rule($"[bold]{Markup.Escape(source.Path)}[/]").LeftJustified());
        console.MarkupLine($"{report.Words:N0} words · narrator: [bold]{Person(n.Person)}[/]{(n.Name is null ? "" : $" ({Markup.Escape(n.Name)}, from {n.NameSource})")} · tense: [bold]{report.Tense.Dominant.ToString().ToLowerInvariant()}[/] · spelling: {Markup.Escape(report.Spelling.Describe())} · {report.Scenes.Count} scene(s)");
        console.WriteLine();

        var characters = new Table().Title("Characters").AddColumns("Name", "Also called", "Kind", "Mentions", "Lines", "Where (tenths)");
        foreach (var c in report.Characters.Take(20))
            characters.AddRow(Markup.Escape(c.Name), Markup.Escape(string.Join(", ", c.Aliases)), c.Kind.ToString().ToLowerInvariant(),
                c.Mentions.ToString(), c.Lines.ToString(), Sparkline(c.Spread));
        console.Write(characters);

        int lines = report.Dialogue.Count;
        if (lines > 0)
        {
            var chart = new BarChart().Label($"Dialogue: {lines} lines, {report.Dialogue.Count(d => d.Speaker is null)} unattributed").Width(70);
            var colors = new[] { Color.SteelBlue, Color.Orange1, Color.SeaGreen2, Color.MediumPurple, Color.Gold1, Color.IndianRed };
            int i = 0;
            foreach (var g in report.Dialogue.GroupBy(d => d.Speaker ?? "(unknown)").OrderByDescending(g => g.Count()).Take(10))
                chart.AddItem(Markup.Escape(g.Key), g.Count(), colors[i++ % colors.Length]);
            console.Write(chart);
            console.WriteLine();
        }

        if (report.Tense.Drifts.Count > 0)
        {
            var drifts = new Table().Title($"Tense drifts ({report.Tense.Drifts.Count})").AddColumns("Line", "Kind", "Text");
            foreach (var d in report.Tense.Drifts.Take(25))
                drifts.AddRow(source.Lines.GetPosition(d.Span.Start).Line.ToString(), KindName(d.Kind), Markup.Escape(Shorten(d.Text, 70)));
            console.Write(drifts);
        }

        var s = report.Style;
        var style = new Table().Title("Style").AddColumns("Measure", "Value");
        style.AddRow("Sentence length", $"{s.MeanSentenceLength} words on average (± {s.SentenceLengthDeviation})");
        style.AddRow("Paragraph length", $"{s.MeanParagraphLength} words on average, longest {s.LongestParagraph}");
        style.AddRow("Dialogue share", $"{s.DialogueShare:P0} of words");
        style.AddRow("Readability", $"Flesch–Kincaid grade {s.FleschKincaidGrade}, reading ease {s.ReadingEase}");
        style.AddRow("Overused words", Markup.Escape(string.Join(", ", s.OverusedWords.Take(8).Select(w => $"{w.Word} ×{w.Count}"))));
        style.AddRow("Repeated phrases", Markup.Escape(string.Join(", ", s.RepeatedPhrases.Take(6).Select(p => $"“{p.Phrase}” ×{p.Count}"))));
        style.AddRow("Filter words", Markup.Escape(string.Join(", ", s.FilterWords.Take(8).Select(p => $"{p.Phrase} ×{p.Count}"))));
        style.AddRow("Echoes", Markup.Escape(string.Join(", ", s.Echoes.Take(8).Select(e => e.Word).Distinct())) + (s.Echoes.Count > 0 ? $" ({s.Echoes.Count})" : ""));
        style.AddRow("Adverbs in tags", Markup.Escape(string.Join(", ", s.TagAdverbs.Take(8).Select(a => $"{a.Verb} {a.Adverb}"))));
        style.AddRow("Clichés", Markup.Escape(string.Join(", ", s.Cliches.Take(8).Select(c => $"“{c.Phrase}”"))));
        console.Write(style);

        if (report.Arc.Count > 1)
        {
            console.MarkupLine("[bold]Emotional arc[/] (smoothed sentiment per paragraph, start → end)");
            console.WriteLine(ArcLine(report.Arc, color ? 70 : 60));
        }
    }

    private static string Person(Person p) => p switch { Story.Person.First => "first person", Story.Person.Second => "second person", _ => "third person" };

    private static string KindName(DriftKind kind) => kind switch
    {
        DriftKind.GeneralTruth => "general truth?",
        DriftKind.InteriorThought => "thought?",
        _ => "slip",
    };

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private static readonly char[] Blocks = [' ', '▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

    private static string Sparkline(IReadOnlyList<int> values)
    {
        int max = Math.Max(1, values.Max());
        return new string(values.Select(v => v == 0 ? '·' : Blocks[Math.Max(1, v * 8 / max)]).ToArray());
    }

    /// <summary>The smoothed arc resampled to a width, drawn with block characters around a middle line.</summary>
    private static string ArcLine(IReadOnlyList<ArcPoint> arc, int width)
    {
        width = Math.Min(width, arc.Count);
        var samples = Enumerable.Range(0, width).Select(i => arc[(int)((long)i * arc.Count / width)].Smoothed).ToArray();
        double min = samples.Min(), max = samples.Max();
        double range = Math.Max(1e-9, max - min);
        return new string(samples.Select(v => Blocks[1 + (int)Math.Round((v - min) / range * 7)]).ToArray());
    }
}
