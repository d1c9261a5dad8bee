using Galley.Diagnostics;
using Galley.Rules;

namespace Galley.Formats;

/// <summary>Rules turned off and on inside the manuscript, as comments a reader never sees:
/// <c>&lt;!-- galley-disable GL5001 --&gt;</c> … <c>&lt;!-- galley-enable GL5001 --&gt;</c>, and
/// <c>&lt;!-- galley-disable-next-line misspelled-word --&gt;</c> for the line below. Names are rule IDs, names or
/// categories, separated by spaces or commas; none means every rule. The same HTML comment serves Markdown, HTML and
/// plain text (where nobody writes <c>&lt;!--</c> in prose); plain text has the comment blanked out of the prose, so
/// the switch is neither checked nor counted. Packages (.docx, .epub) have no such comments.</summary>
public static class InlineSwitches
{
    public enum Kind { Disable, Enable, DisableNextLine }

    /// <summary>One switch: where its comment stands in the file, what it does, and to which rules (IDs; every rule when
    /// none was named).</summary>
    public sealed record Switch(int Start, int End, Kind Kind, IReadOnlySet<string> Rules, IReadOnlyList<string> Unknown);

    private const string Open = "<!--", Close = "-->", Prefix = "galley-";

    /// <summary>The switches in a file's text, in order. A comment that starts with galley- but is no switch is left
    /// alone (it may be the writer's own note).</summary>
    public static List<Switch> Find(string fileText)
    {
        var found = new List<Switch>();
        for (int at = fileText.IndexOf(Open, StringComparison.Ordinal); at >= 0; at = fileText.IndexOf(Open, at + Open.Length, StringComparison.Ordinal))
        {
            int close = fileText.IndexOf(Close, at + Open.Length, StringComparison.Ordinal);
            if (close < 0) break;
            var words = fileText[(at + Open.Length)..close].Split([' ', '\t', '\r', '\n', ','], StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 0 && KindOf(words[0]) is { } kind)
            {
                var names = words[1..];
                var unknown = names.Where(n => !RuleNames.IsKnown(n)).ToList();
                var rules = RuleCatalog.All.Where(r => names.Length == 0 || names.Any(n => RuleNames.Names(r, n))).Select(r => r.Info.Id).ToHashSet(StringComparer.Ordinal);
                found.Add(new Switch(at, close + Close.Length, kind, rules, unknown));
            }
            at = close;
        }
        return found;
    }

    private static Kind? KindOf(string word) => word.ToLowerInvariant() switch
    {
        Prefix + "disable" => Kind.Disable,
        Prefix + "enable" => Kind.Enable,
        Prefix + "disable-next-line" => Kind.DisableNextLine,
        _ => null,
    };

    /// <summary>The diagnostics the file's switches leave on. <paramref name="warn"/> hears of each name that names no
    /// rule, with its line and the nearest real name: a switch that silently did nothing would be worse than none.</summary>
    public static IReadOnlyList<Diagnostic> Apply(FormattedSource source, IReadOnlyList<Diagnostic> diagnostics, Action<string>? warn = null) =>
        source.SourceText is { } file ? Apply(source.Path, file, diagnostics, source.Locate, warn) : diagnostics;

    /// <summary>The same for a text checked where it stands in <paramref name="fileText"/>, <paramref name="locate"/>
    /// placing a checked offset in the file; without it the offsets are the file's (an editor's buffer).</summary>
    public static IReadOnlyList<Diagnostic> Apply(string path, string fileText, IReadOnlyList<Diagnostic> diagnostics,
        Func<int, Galley.Source.SourceLocation>? locate = null, Action<string>? warn = null)
    {
        if (!fileText.Contains(Open + " " + Prefix, StringComparison.Ordinal) && !fileText.Contains(Open + Prefix, StringComparison.Ordinal))
            return diagnostics;
        var switches = Find(fileText);
        if (switches.Count == 0) return diagnostics;
        var lines = new Galley.Source.LineIndex(fileText);
        locate ??= offset => new Galley.Source.SourceLocation { Line = lines.GetPosition(offset).Line, Offset = offset };
        if (warn is not null)
            foreach (var s in switches)
                foreach (var name in s.Unknown)
                    warn($"{path}:{lines.GetPosition(s.Start).Line}: {RuleNames.Unknown(name)} in a galley switch; it turns nothing off or on.");
        return diagnostics.Where(d => !Suppressed(d, locate(d.Span.Start), switches, lines)).ToList();
    }

    private static bool Suppressed(Diagnostic d, Galley.Source.SourceLocation where, List<Switch> switches, Galley.Source.LineIndex lines)
    {
        if (where.Offset is not int offset) return false;
        bool off = false;
        foreach (var s in switches)
        {
            if (s.Start > offset) break;
            if (!s.Rules.Contains(d.RuleId)) continue;
            if (s.Kind == Kind.Disable) off = true;
            else if (s.Kind == Kind.Enable) off = false;
        }
        return off || switches.Any(s => s.Kind == Kind.DisableNextLine && s.Rules.Contains(d.RuleId)
            && lines.GetPosition(s.End).Line + 1 == where.Line);
    }
}
