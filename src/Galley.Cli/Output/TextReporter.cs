using Galley.Cli.Commands;
using Galley.Diagnostics;
using Galley.Output;

namespace Galley.Cli.Output;

/// <summary>Compiler-style output: file:line:col, severity and rule, the message, the line with the span
/// underlined and the best fix; a summary at the end. Colour only on a terminal.</summary>
internal sealed class TextReporter(TextWriter output, bool color)
{
    /// <summary>Lines longer than this are shown as a window around the span.</summary>
    private const int Window = 100;

    public void Write(IReadOnlyList<FileReport> reports)
    {
        int errors = 0, warnings = 0, infos = 0, words = 0;
        foreach (var report in reports)
        {
            words += report.Result.Manuscript.Tokens.Count(t => t.IsWord);
            foreach (var d in report.Result.Diagnostics)
            {
                WriteOne(report, d);
                switch (d.Severity)
                {
                    case Severity.Error: errors++; break;
                    case Severity.Warning: warnings++; break;
                    default: infos++; break;
                }
            }
        }
        int total = errors + warnings + infos;
        string files = reports.Count == 1 ? "1 file" : $"{reports.Count} files";
        if (total == 0) output.WriteLine(Paint($"No problems found in {files} ({words:N0} words).", "32"));
        else output.WriteLine(Paint($"{Count(errors, "error")}, {Count(warnings, "warning")}, {Count(infos, "hint")} in {files} ({words:N0} words).", "1"));
    }

    private static string Count(int n, string noun) => $"{n:N0} {noun}{(n == 1 ? "" : "s")}";

    private void WriteOne(FileReport report, Diagnostic d)
    {
        var view = DiagnosticView.Of(d, report.Source, report.Locator, report.EndLocator);
        string severity = DiagnosticView.SeverityName(d.Severity);
        string severityColor = d.Severity switch { Severity.Error => "31", Severity.Warning => "33", _ => "36" };
        output.WriteLine($"{Paint($"{report.Source.Path}:{view.Where}:", "1")} {Paint($"{severity}[{d.RuleId}]", severityColor)} {d.Message}");

        // The excerpt is the checked prose, which for Markdown, HTML and packages is not the file's own line.
        view = DiagnosticView.Of(d, report.Source);
        var lines = report.Source.Lines;
        int lineStart = lines.LineStart(view.Line);
        int lineEnd = view.Line < lines.LineCount ? lines.LineStart(view.Line + 1) : report.Source.Text.Length;
        string line = report.Source.Text[lineStart..lineEnd].TrimEnd('\r', '\n');
        int spanStart = d.Span.Start - lineStart;
        int spanLength = Math.Max(1, Math.Min(d.Span.Length, line.Length - spanStart));
        int from = 0, to = line.Length;
        if (line.Length > Window)
        {
            from = Math.Max(0, spanStart - Window / 2);
            to = Math.Min(line.Length, Math.Max(from + Window, spanStart + spanLength));
        }
        string prefix = from > 0 ? "…" : "";
        string shown = prefix + line[from..to].Replace('\t', ' ') + (to < line.Length ? "…" : "");
        // The prose's own line number means nothing to the writer when the prose was extracted from markup.
        string label = report.Formatted is { Format: not "txt" } ? "" : view.Line.ToString();
        string gutter = new(' ', label.Length);
        output.WriteLine($"{gutter} |");
        output.WriteLine($"{label} | {shown}");
        string marker = new string(' ', prefix.Length + spanStart - from) + new string('^', spanLength);
        string hint = d.DescribeFixes(report.Source.Text) is { } fixes ? $" {fixes}" : "";
        output.WriteLine($"{gutter} | {Paint(marker + hint, severityColor)}");
        output.WriteLine();
    }

    private string Paint(string text, string code) => color ? $"\u001b[{code}m{text}\u001b[0m" : text;
}
