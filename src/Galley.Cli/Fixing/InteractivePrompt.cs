using Galley.Diagnostics;
using Galley.Formats;

namespace Galley.Cli.Fixing;

/// <summary>Walks through the fixes one by one, as git add -p does: y applies, n skips, a applies this and every
/// later fix of the same rule, q stops (applying what was already accepted). End of input means q. When a
/// diagnostic offers several suggestions (--include-unsafe), a number picks one of them.</summary>
internal sealed class InteractivePrompt(ConsoleIO io, FormattedSource source)
{
    public List<(Diagnostic Diagnostic, Fix Fix)> Ask(IReadOnlyList<Diagnostic> candidates)
    {
        var accepted = new List<(Diagnostic, Fix)>();
        var allOfRule = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < candidates.Count; i++)
        {
            var d = candidates[i];
            if (allOfRule.Contains(d.RuleId)) { accepted.Add((d, d.Fixes[0])); continue; }
            Show(d, i + 1, candidates.Count);
            var (answer, fix) = Answer(d);
            switch (answer)
            {
                case 'y': accepted.Add((d, fix!)); break;
                case 'a': accepted.Add((d, fix!)); allOfRule.Add(d.RuleId); break;
                case 'q': return accepted;
            }
        }
        return accepted;
    }

    private void Show(Diagnostic d, int number, int total)
    {
        var location = source.Locate(d.Span.Start).Describe();
        io.Out.WriteLine($"({number}/{total}) {source.Path}:{location} {d.RuleId} {d.Message}");
        var (before, after) = Context(d);
        io.Out.WriteLine($"  - {before}");
        io.Out.WriteLine($"  + {after}");
        if (d.Fixes.Count > 1)
            io.Out.WriteLine("  " + string.Join("  ", Choices(d).Select((c, i) => $"{i + 1}) {c.Fix.Preview(source.Text, d.Span)}")));
    }

    /// <summary>The fixes a number can pick: those that can be written into the file, at most nine.</summary>
    private List<(Fix Fix, int Index)> Choices(Diagnostic d) =>
        d.Fixes.Select((f, i) => (f, i)).Where(c => c.f.Edits.All(source.Map.CanMap)).Take(9).ToList();

    /// <summary>The flagged text with a little of the line around it, before and after the fix.</summary>
    private (string Before, string After) Context(Diagnostic d)
    {
        string text = source.Text;
        int start = Math.Max(0, d.Span.Start - 30), end = Math.Min(text.Length, d.Span.End + 30);
        int lineStart = text.LastIndexOf('\n', Math.Max(0, d.Span.Start - 1));
        if (lineStart + 1 > start) start = lineStart + 1;
        int lineEnd = text.IndexOf('\n', d.Span.End);
        if (lineEnd >= 0 && lineEnd < end) end = lineEnd;
        var region = Galley.Text.TextSpan.FromBounds(start, end);
        return (text[start..end], d.Fixes[0].Preview(text, region));
    }

    private (char Answer, Fix? Fix) Answer(Diagnostic d)
    {
        var choices = d.Fixes.Count > 1 ? Choices(d) : [];
        string numbers = choices.Count > 1 ? $"1-{choices.Count}," : "";
        while (true)
        {
            io.Out.Write($"Apply this fix [{numbers}y,n,a,q,?]? ");
            io.Out.Flush();
            var line = io.In.ReadLine();
            if (line is null) { io.Out.WriteLine(); return ('q', null); }
            var answer = line.Trim().ToLowerInvariant();
            if (answer is "y" or "a") return (answer[0], d.Fixes[0]);
            if (answer is "n" or "q") return (answer[0], null);
            if (int.TryParse(answer, out int n) && n >= 1 && n <= choices.Count && choices.Count > 1) return ('y', choices[n - 1].Fix);
            if (numbers.Length > 0) io.Out.WriteLine($"1-{choices.Count} - apply that suggestion");
            io.Out.WriteLine("y - apply this fix\nn - do not apply it\na - apply this fix and every later fix of the same rule\nq - quit; apply only the fixes accepted so far");
        }
    }
}
