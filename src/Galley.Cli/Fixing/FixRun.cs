using Galley.Diagnostics;
using Galley.Fixes;
using Galley.Formats;

namespace Galley.Cli.Fixing;

/// <summary>galley fix on one file after checking: applies the chosen fixes and writes or shows the result.</summary>
internal sealed class FixRun(ConsoleIO io, SafeFileWriter writer, FormattedSource source, bool inPlace, bool dryRun, bool nameFile = false)
{
    public int Fix(IReadOnlyList<(Diagnostic Diagnostic, Fix Fix)> chosen, int unmappable)
    {
        var outcome = FixEngine.Apply(source.Text, chosen);
        var fixOf = new Dictionary<Diagnostic, Fix>(ReferenceEqualityComparer.Instance); // records with equal content are still distinct diagnostics
        foreach (var (diagnostic, fix) in chosen) fixOf[diagnostic] = fix;
        var content = source.Apply(outcome.Applied.SelectMany(d => fixOf[d].Edits));
        var status = dryRun ? io.Error : io.Out;
        if (dryRun)
        {
            io.Out.Write(Diff(content, outcome.Text));
        }
        else if (outcome.Applied.Count > 0)
        {
            Save(content);
        }
        status.WriteLine(Summary(outcome, unmappable));
        return ExitCodes.Clean;
    }

    public int Comment(IReadOnlyList<Diagnostic> diagnostics)
    {
        if (!source.CanAnnotate)
        {
            io.Error.WriteLine($"galley: --comments works with Word (.docx) files; {source.Path} is {source.Format}.");
            return ExitCodes.InputError;
        }
        var notes = diagnostics.Select(d => new Annotation(d.Span, Note(d))).ToList();
        var content = source.Annotate(notes);
        if (dryRun) { io.Out.WriteLine($"Would add {notes.Count} comment{(notes.Count == 1 ? "" : "s")}."); return ExitCodes.Clean; }
        string target = Save(content);
        io.Out.WriteLine($"Added {notes.Count} comment{(notes.Count == 1 ? "" : "s")}; wrote {target}.");
        return ExitCodes.Clean;
    }

    private string Note(Diagnostic d)
    {
        string hint = d.DescribeFixes(source.Text, alternatives: 2) is { } fixes ? $" {char.ToUpperInvariant(fixes[0])}{fixes[1..]}." : "";
        return $"{d.RuleId} {d.Message}{hint}";
    }

    private string Save(byte[] content)
    {
        if (inPlace)
        {
            writer.Replace(source.Path, content, source.Original);
            return source.Path;
        }
        string target = SafeFileWriter.FixedPath(source.Path);
        writer.Write(target, content);
        return target;
    }

    /// <summary>Text formats diff the file itself; packages diff their prose.</summary>
    private string Diff(byte[] content, string fixedProse)
    {
        string name = source.Path.Replace('\\', '/');
        if (source.SourceText is { } before)
            return UnifiedDiff.Create(before, Galley.Source.TextDecoder.Decode(content, source.Path), $"a/{name}", $"b/{name}");
        return UnifiedDiff.Create(source.Text, fixedProse, $"a/{name} (text)", $"b/{name} (text)");
    }

    private string Summary(FixEngine.Outcome outcome, int unmappable)
    {
        int applied = outcome.Applied.Count;
        var byRule = string.Join(", ", outcome.Applied.GroupBy(d => d.RuleId).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} \u00d7{g.Count()}"));
        string verb = dryRun ? "Would apply" : "Applied";
        string line = applied == 0 ? "No safe fixes to apply." : $"{verb} {applied} fix{(applied == 1 ? "" : "es")} ({byRule})";
        if (applied > 0 && !dryRun) line += $"; wrote {(inPlace ? $"{source.Path} (backup: {SafeFileWriter.BackupPath(source.Path)})" : SafeFileWriter.FixedPath(source.Path))}";
        if (applied > 0) line += ".";
        if (outcome.Skipped.Count > 0) line += $" Skipped {outcome.Skipped.Count} overlapping.";
        if (unmappable > 0) line += $" Skipped {unmappable} that touch markup.";
        return nameFile ? $"{source.Path}: {line}" : line;   // with several files, each summary says whose it is
    }
}
