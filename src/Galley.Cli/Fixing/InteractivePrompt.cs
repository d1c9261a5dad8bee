using Galley.Diagnostics;
using Galley.Formats;

namespace Galley.Cli.Fixing;

/// <summary>Walks through the fixes one by one, as git add -p does: y applies, n skips, a applies this and every
/// later fix of the same rule, q stops (applying what was already accepted). End of input means q.</summary>
internal sealed class InteractivePrompt(ConsoleIO io, FormattedSource source)
{
    public List<Diagnostic> Ask(IReadOnlyList<Diagnostic> candidates)
    {
        var accepted = new List<Diagnostic>();
        var allOfRule = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < candidates.Count; i++)
        {
            var d = candidates[i];
            if (allOfRule.Contains(d.RuleId)) { accepted.Add(d); continue; }
            Show(d, i + 1, candidates.Count);
            switch (Answer())
            {
                case 'y': accepted.Add(d); break;
                case 'a': accepted.Add(d); allOfRule.Add(d.RuleId); break;
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
    }

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

    private char Answer()
    {
        while (true)
        {
            io.Out.Write("Apply this fix [y,n,a,q,?]? ");
            io.Out.Flush();
            var line = io.In.ReadLine();
            if (line is null) { io.Out.WriteLine(); return 'q'; }
            var answer = line.Trim().ToLowerInvariant();
            if (answer is "y" or "n" or "a" or "q") return answer[0];
            io.Out.WriteLine("y - apply this fix\nn - do not apply it\na - apply this fix and every later fix of the same rule\nq - quit; apply only the fixes accepted so far");
        }
    }
}
