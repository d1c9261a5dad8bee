using System.Globalization;
using System.Net;
using System.Text;
using Galley.Diagnostics;
using Galley.Source;
using Galley.Story;

namespace Galley.Cli.Output;

/// <summary>The story report as one self-contained HTML page: summary, inline SVG charts (dialogue share, where each
/// character appears, the emotional arc, sentence lengths), style tables, and the manuscript with every line of
/// dialogue coloured by speaker and every tense drift and checker issue marked. No scripts from anywhere, no network.</summary>
internal static class ReportHtml
{
    private static readonly string[] Palette = ["#2f6fb0", "#d9731a", "#2e9e6b", "#8a5cc2", "#c9a400", "#c4455a", "#3aa6b9", "#7a7a7a"];

    public static string Render(SourceText source, StoryReport report, IReadOnlyList<Diagnostic> diagnostics)
    {
        var speakers = report.Dialogue.Where(d => d.Speaker is not null).GroupBy(d => d.Speaker!).OrderByDescending(g => g.Count()).Select(g => g.Key).ToList();
        string ColorOf(string? speaker) => speaker is null ? "#999" : Palette[Math.Max(0, speakers.IndexOf(speaker)) % Palette.Length];
        var b = new StringBuilder(source.Text.Length * 2 + 20_000);
        string title = Path.GetFileName(source.Path);
        b.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        b.Append("<title>").Append(E(title)).Append(" — Galley story report</title><style>").Append(Css).Append("</style></head><body>");
        b.Append("<header><h1>").Append(E(title)).Append("</h1><p class=\"summary\">");
        var n = report.Narrator;
        b.Append(report.Words.ToString("N0", CultureInfo.InvariantCulture)).Append(" words · narrator: <b>")
         .Append(n.Person switch { Person.First => "first person", Person.Second => "second person", _ => "third person" }).Append("</b>");
        if (n.Name is not null) b.Append(" (<b>").Append(E(n.Name)).Append("</b>)");
        b.Append(" · tense: <b>").Append(report.Tense.Dominant.ToString().ToLowerInvariant()).Append("</b> · spelling: ")
         .Append(E(report.Spelling.Describe())).Append(" · ")
         .Append(report.Dialogue.Count).Append(" lines of dialogue · ").Append(report.Tense.Drifts.Count).Append(" tense drifts · ")
         .Append(diagnostics.Count).Append(diagnostics.Count == 1 ? " other issue" : " other issues").Append("</p></header><main>");

        b.Append("<section class=\"charts\">");
        Card(b, "Dialogue share", DialogueChart(report, speakers, ColorOf), "dialogue-chart");
        Card(b, "Where characters appear", PresenceChart(report), "presence-chart");
        Card(b, "Emotional arc", ArcChart(report), "arc-chart");
        Card(b, "Sentence lengths", SentenceChart(report), "sentence-chart");
        b.Append("</section>");

        Characters(b, report, ColorOf);
        Style(b, report.Style);
        Manuscript(b, source, report, diagnostics, ColorOf);
        b.Append("</main><footer>Generated offline by Galley. Sentiment: AFINN-165 by Finn Årup Nielsen (ODbL 1.0).</footer></body></html>\n");
        return b.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

    private static void Card(StringBuilder b, string title, string svg, string id) =>
        b.Append("<figure class=\"card\" id=\"").Append(id).Append("\"><figcaption>").Append(E(title)).Append("</figcaption>").Append(svg).Append("</figure>");

    private static string DialogueChart(StoryReport report, List<string> speakers, Func<string?, string> colorOf)
    {
        var rows = report.Dialogue.GroupBy(d => d.Speaker).Select(g => (Name: g.Key, Count: g.Count())).OrderByDescending(r => r.Count).Take(8).ToList();
        if (rows.Count == 0) return Empty("No dialogue.");
        int max = rows.Max(r => r.Count), total = report.Dialogue.Count;
        var s = new StringBuilder($"<svg viewBox=\"0 0 420 {rows.Count * 30 + 10}\" role=\"img\" aria-label=\"Lines of dialogue per character\">");
        for (int i = 0; i < rows.Count; i++)
        {
            double w = 250.0 * rows[i].Count / max;
            int y = 8 + i * 30;
            s.Append($"<text x=\"0\" y=\"{y + 16}\" class=\"label\">{E(rows[i].Name ?? "unknown")}</text>");
            s.Append($"<rect x=\"110\" y=\"{y}\" width=\"{F(Math.Max(2, w))}\" height=\"22\" rx=\"3\" fill=\"{colorOf(rows[i].Name)}\"/>");
            s.Append($"<text x=\"{F(116 + w)}\" y=\"{y + 16}\" class=\"value\">{rows[i].Count} ({rows[i].Count * 100 / Math.Max(1, total)}%)</text>");
        }
        return s.Append("</svg>").ToString();
    }

    private static string PresenceChart(StoryReport report)
    {
        var rows = report.Characters.Where(c => c.Mentions > 0).Take(8).ToList();
        if (rows.Count == 0) return Empty("No named characters.");
        int max = Math.Max(1, rows.SelectMany(r => r.Spread).Max());
        var s = new StringBuilder($"<svg viewBox=\"0 0 420 {rows.Count * 26 + 30}\" role=\"img\" aria-label=\"Mentions of each character per tenth of the story\">");
        for (int i = 0; i < rows.Count; i++)
        {
            int y = 6 + i * 26;
            s.Append($"<text x=\"0\" y=\"{y + 15}\" class=\"label\">{E(rows[i].Name)}</text>");
            for (int k = 0; k < 10; k++)
            {
                double alpha = rows[i].Spread[k] == 0 ? 0.06 : 0.2 + 0.8 * rows[i].Spread[k] / max;
                s.Append($"<rect x=\"{110 + k * 30}\" y=\"{y}\" width=\"28\" height=\"20\" rx=\"2\" fill=\"#2f6fb0\" fill-opacity=\"{F(alpha)}\"><title>{E(rows[i].Name)}: {rows[i].Spread[k]} in tenth {k + 1}</title></rect>");
            }
        }
        int axis = rows.Count * 26 + 22;
        s.Append($"<text x=\"110\" y=\"{axis}\" class=\"axis\">start</text><text x=\"408\" y=\"{axis}\" class=\"axis\" text-anchor=\"end\">end</text>");
        return s.Append("</svg>").ToString();
    }

    private static string ArcChart(StoryReport report)
    {
        var arc = report.Arc;
        if (arc.Count < 2) return Empty("Too short for an arc.");
        double lo = Math.Min(-0.5, arc.Min(a => Math.Min(a.Score, a.Smoothed))), hi = Math.Max(0.5, arc.Max(a => Math.Max(a.Score, a.Smoothed)));
        double X(int i) => 10 + 400.0 * i / (arc.Count - 1);
        double Y(double v) => 10 + 160 * (hi - v) / (hi - lo);
        var s = new StringBuilder("<svg viewBox=\"0 0 420 200\" role=\"img\" aria-label=\"Sentiment per paragraph, smoothed\">");
        s.Append($"<line x1=\"10\" x2=\"410\" y1=\"{F(Y(0))}\" y2=\"{F(Y(0))}\" class=\"zero\"/>");
        s.Append("<polyline class=\"raw\" points=\"").AppendJoin(' ', arc.Select((a, i) => $"{F(X(i))},{F(Y(a.Score))}")).Append("\"/>");
        s.Append("<polyline class=\"smooth\" points=\"").AppendJoin(' ', arc.Select((a, i) => $"{F(X(i))},{F(Y(a.Smoothed))}")).Append("\"/>");
        s.Append($"<text x=\"10\" y=\"194\" class=\"axis\">start</text><text x=\"410\" y=\"194\" class=\"axis\" text-anchor=\"end\">end</text>");
        s.Append($"<text x=\"412\" y=\"{F(Y(0) - 3)}\" class=\"axis\" text-anchor=\"end\">neutral</text>");
        return s.Append("</svg>").ToString();
    }

    private static string SentenceChart(StoryReport report)
    {
        var lengths = report.Style.SentenceLengths;
        if (lengths.Count == 0) return Empty("No sentences.");
        int buckets = 12;
        var counts = new int[buckets];
        foreach (int l in lengths) counts[Math.Min(buckets - 1, (l - 1) / 5)]++;
        int max = Math.Max(1, counts.Max());
        var s = new StringBuilder("<svg viewBox=\"0 0 420 200\" role=\"img\" aria-label=\"How many sentences of each length\">");
        for (int k = 0; k < buckets; k++)
        {
            double h = 150.0 * counts[k] / max;
            s.Append($"<rect x=\"{12 + k * 33}\" y=\"{F(165 - h)}\" width=\"28\" height=\"{F(Math.Max(counts[k] > 0 ? 1 : 0, h))}\" rx=\"2\" fill=\"#2e9e6b\"><title>{counts[k]} sentences of {k * 5 + 1}{(k == buckets - 1 ? "+" : "–" + (k * 5 + 5))} words</title></rect>");
            if (k % 2 == 0) s.Append($"<text x=\"{26 + k * 33}\" y=\"182\" class=\"axis\" text-anchor=\"middle\">{k * 5 + 1}</text>");
        }
        s.Append("<text x=\"410\" y=\"196\" class=\"axis\" text-anchor=\"end\">words per sentence</text>");
        return s.Append("</svg>").ToString();
    }

    private static string Empty(string message) => $"<svg viewBox=\"0 0 420 60\"><text x=\"10\" y=\"35\" class=\"axis\">{E(message)}</text></svg>";

    private static void Characters(StringBuilder b, StoryReport report, Func<string?, string> colorOf)
    {
        b.Append("<section><h2>Characters</h2><table><thead><tr><th>Name</th><th>Also called</th><th>Kind</th><th>Mentions</th><th>Lines</th></tr></thead><tbody>");
        foreach (var c in report.Characters.Take(30))
            b.Append("<tr><td><span class=\"swatch\" style=\"background:").Append(c.Lines > 0 ? colorOf(c.Name) : "transparent").Append("\"></span>").Append(E(c.Name))
             .Append("</td><td>").Append(E(string.Join(", ", c.Aliases))).Append("</td><td>").Append(c.Kind.ToString().ToLowerInvariant())
             .Append("</td><td>").Append(c.Mentions).Append("</td><td>").Append(c.Lines).Append("</td></tr>");
        b.Append("</tbody></table></section>");
    }

    private static void Style(StringBuilder b, StyleReport s)
    {
        b.Append("<section><h2>Style</h2><dl class=\"style\">");
        void Row(string name, string value) => b.Append("<dt>").Append(E(name)).Append("</dt><dd>").Append(E(value.Length == 0 ? "—" : value)).Append("</dd>");
        Row("Sentences", $"{F(s.MeanSentenceLength)} words on average (± {F(s.SentenceLengthDeviation)})");
        Row("Paragraphs", $"{F(s.MeanParagraphLength)} words on average, longest {s.LongestParagraph}");
        Row("Dialogue", $"{F(s.DialogueShare * 100)}% of the words");
        Row("Readability", $"Flesch–Kincaid grade {F(s.FleschKincaidGrade)}, reading ease {F(s.ReadingEase)}");
        Row("Overused words", string.Join(", ", s.OverusedWords.Take(10).Select(w => $"{w.Word} ×{w.Count} ({F(w.Ratio)}× usual)")));
        Row("Repeated phrases", string.Join(", ", s.RepeatedPhrases.Take(10).Select(p => $"“{p.Phrase}” ×{p.Count}")));
        Row("Filter words", string.Join(", ", s.FilterWords.Select(p => $"{p.Phrase} ×{p.Count}")));
        Row("Echoes", string.Join(", ", s.Echoes.Select(e => e.Word).Distinct()));
        Row("Adverbs in tags", string.Join(", ", s.TagAdverbs.Select(a => $"{a.Verb} {a.Adverb}")));
        Row("Clichés", string.Join(", ", s.Cliches.Select(c => $"“{c.Phrase}” ×{c.Count}")));
        b.Append("</dl></section>");
    }

    /// <summary>The text split at every mark's boundary, so marks never need to nest: each piece carries the classes
    /// of the marks over it, and each line of dialogue starts with its speaker's name.</summary>
    private static void Manuscript(StringBuilder b, SourceText source, StoryReport report, IReadOnlyList<Diagnostic> diagnostics, Func<string?, string> colorOf)
    {
        var marks = new List<(int Start, int End, string Class, string Title, string? Color)>();
        foreach (var d in report.Dialogue) marks.Add((d.Span.Start, d.Span.End, "line", "spoken by " + (d.Speaker ?? "unknown") + (d.Addressee is null ? "" : " to " + d.Addressee)
            + (d.Speaker is null ? "" : FormattableString.Invariant($" ({d.How}, confidence {d.Confidence:0.00})")), colorOf(d.Speaker)));
        foreach (var t in report.Tense.Drifts) marks.Add((t.Span.Start, t.Span.End, t.Kind == DriftKind.Slip ? "drift" : "drift soft", $"tense drift ({t.Kind})", null));
        foreach (var d in diagnostics.Where(d => d.RuleId is not ("GL7001" or "GL7002")))
            marks.Add((d.Span.Start, Math.Max(d.Span.End, d.Span.Start + 1), "issue", $"{d.RuleId}: {d.Message}", null));
        // A line's span is its words; its badge goes before the opening quote mark, outside the quotation.
        var starts = new Dictionary<int, DialogueLine>();
        foreach (var d in report.Dialogue) starts.TryAdd(BadgePosition(source.Text, d.Span.Start), d);
        var boundaries = new SortedSet<int>(marks.SelectMany(m => new[] { m.Start, m.End }).Concat(starts.Keys));
        b.Append("<section><h2>Manuscript</h2><p class=\"legend\"><span class=\"drift\">tense drift</span> <span class=\"issue\">issue</span> dialogue coloured by speaker</p><article id=\"manuscript\">");
        string text = source.Text;
        int cursor = 0;
        var ordered = marks.OrderBy(m => m.Start).ToList();
        foreach (var p in SplitParagraphs(text))
        {
            b.Append("<p>");
            int pos = p.Start;
            var cuts = boundaries.GetViewBetween(p.Start, p.End).ToList();
            cuts.Add(p.End);
            foreach (int cut in cuts)
            {
                if (cut <= pos) continue;
                Piece(pos, cut);
                pos = cut;
            }
            b.Append("</p>");
        }
        b.Append("</article></section>");

        void Piece(int from, int to)
        {
            while (cursor < ordered.Count && ordered[cursor].End <= from) cursor++;
            var over = new List<(int Start, int End, string Class, string Title, string? Color)>();
            for (int i = cursor; i < ordered.Count && ordered[i].Start <= from; i++) if (ordered[i].End > from) over.Add(ordered[i]);
            if (starts.TryGetValue(from, out var line))
                b.Append("<span class=\"speaker\" style=\"background:").Append(colorOf(line.Speaker)).Append("\">").Append(E(line.Speaker is null ? "?" : line.Confidence < DialogueLine.Unsure ? line.Speaker + "?" : line.Speaker)).Append("</span>");
            if (over.Count == 0) { b.Append(E(text[from..to])); return; }
            var lineMark = over.FirstOrDefault(o => o.Class == "line");
            b.Append("<span class=\"").Append(string.Join(' ', over.Select(o => o.Class).Distinct())).Append("\" title=\"").Append(E(string.Join("\n", over.Select(o => o.Title)))).Append('"');
            if (lineMark.Color is not null) b.Append(" style=\"--speaker:").Append(lineMark.Color).Append('"');
            b.Append('>').Append(E(text[from..to])).Append("</span>");
        }
    }

    private static int BadgePosition(string text, int start) =>
        start > 0 && text[start - 1] is '"' or '\u201c' or '\u2018' or '\'' or '\u00ab' or '\u2014' ? start - 1 : start;

    private static IEnumerable<(int Start, int End)> SplitParagraphs(string text)
    {
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n') continue;
            int end = i > 0 && i <= text.Length && i - 1 < text.Length && i > start && text[i - 1] == '\r' ? i - 1 : i;
            if (text.AsSpan(start, end - start).Trim().Length > 0) yield return (start, end);
            start = i + 1;
        }
    }

    private const string Css = """
        :root { color-scheme: light; --ink: #1f2328; --muted: #667085; --line: #e4e7ec; --paper: #fbfaf7; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); background: #f3f1ec; }
        header { padding: 22px 32px 12px; background: #fff; border-bottom: 1px solid var(--line); }
        h1 { margin: 0 0 4px; font-size: 22px; }
        h2 { font-size: 17px; margin: 28px 0 10px; }
        .summary { margin: 0; color: var(--muted); }
        main { max-width: 1100px; margin: 0 auto; padding: 8px 24px 40px; }
        .charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(420px, 1fr)); gap: 16px; margin-top: 16px; }
        .card { margin: 0; background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 12px 16px; }
        .card figcaption { font-weight: 600; margin-bottom: 6px; }
        .card svg { width: 100%; height: auto; display: block; }
        svg .label { font-size: 12px; fill: var(--ink); }
        svg .value, svg .axis { font-size: 11px; fill: var(--muted); }
        svg .zero { stroke: #c8ccd2; stroke-dasharray: 4 3; }
        svg .raw { fill: none; stroke: #b9c6d8; stroke-width: 1; }
        svg .smooth { fill: none; stroke: #c4455a; stroke-width: 2.5; stroke-linejoin: round; }
        table { border-collapse: collapse; background: #fff; width: 100%; border: 1px solid var(--line); border-radius: 10px; overflow: hidden; }
        th, td { text-align: left; padding: 6px 12px; border-bottom: 1px solid var(--line); }
        th { background: #f7f7f8; font-weight: 600; }
        .swatch { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin-right: 8px; }
        dl.style { display: grid; grid-template-columns: 170px 1fr; gap: 6px 16px; background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 14px 16px; margin: 0; }
        dt { font-weight: 600; } dd { margin: 0; }
        #manuscript { background: var(--paper); border: 1px solid var(--line); border-radius: 10px; padding: 20px 32px; font: 16px/1.7 Georgia, "Times New Roman", serif; }
        #manuscript p { margin: 0 0 0.9em; }
        .line { background: color-mix(in srgb, var(--speaker) 12%, transparent); border-bottom: 2px solid var(--speaker); }
        .speaker { font: 600 10px/1 system-ui, sans-serif; color: #fff; border-radius: 3px; padding: 2px 4px; margin: 0 3px; vertical-align: 2px; }
        .drift { background: #ffe08a; box-shadow: inset 0 -2px 0 #d9a400; }
        .drift.soft { background: #fff3c4; box-shadow: inset 0 -2px 0 #e8cf72; }
        .issue { text-decoration: underline wavy #d0343d; text-decoration-skip-ink: none; text-underline-offset: 3px; }
        .legend { color: var(--muted); font-size: 13px; }
        .legend span { padding: 0 4px; }
        footer { text-align: center; color: var(--muted); font-size: 12px; padding: 20px; }
        """;
}
