using System.CommandLine;
using Galley.Checking;
using Galley.Cli.Output;
using Galley.Diagnostics;
using Galley.Lexicon;
using Galley.Source;

namespace Galley.Cli.Commands;

/// <summary>galley check FILE…: prints every problem found, with exit code 0 (none, or only hints), 1 (warnings or
/// errors) or 2 (bad usage or input: with several files, the others are still checked and reported).</summary>
internal static class CheckCommand
{
    public static Command Create(ConsoleIO io)
    {
        var files = new Argument<string[]>("files") { HelpName = "FILE|FOLDER", Description = "Manuscripts to check (.txt, .md, .html, .xhtml, .docx, .epub), or folders of them; - reads standard input.", Arity = ArgumentArity.OneOrMore };
        var options = new SharedCheckOptions();
        var format = new Option<string>("--format", "-f") { Description = "Output: text, json or sarif.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var noColor = new Option<bool>("--no-color") { Description = "Plain output even on a terminal." };
        var command = new Command("check", "Check manuscripts for spelling, grammar, punctuation and dialogue problems.") { files, format, noColor };
        options.AddTo(command);
        command.SetAction(parse =>
        {
            var paths = ManuscriptInput.Expand(parse.GetValue(files)!);
            bool anyBadInput = false;
            var said = new HashSet<string>(StringComparer.Ordinal);   // a broken settings file breaks every file below it: say so once
            var reports = ManyFiles.Check(paths, io, path =>
            {
                var formatted = ManuscriptInput.ReadFormatted(path, io);
                return new FileReport(ManuscriptInput.ToSource(formatted), ManuscriptInput.Check(formatted, options.Build(parse, path), io), formatted);
            }, (path, error) =>
            {
                anyBadInput = true;
                if (said.Add(error.Message)) io.Error.WriteLine($"galley: {error.Message}");
            });
            switch (parse.GetValue(format))
            {
                case "json": JsonReporter.Write(io.Out, reports); break;
                case "sarif": SarifReporter.Write(io.Out, reports); break;
                default: new TextReporter(io.Out, color: io.OutIsTerminal && !parse.GetValue(noColor) && Environment.GetEnvironmentVariable("NO_COLOR") is null).Write(reports); break;
            }
            if (anyBadInput) return ExitCodes.InputError;   // the other files were checked and reported
            // Hints (info: an invented word to confirm, a repeated word) are advice, not problems that should fail a build.
            return reports.Any(r => r.Result.Diagnostics.Any(d => d.Severity >= Severity.Warning)) ? ExitCodes.ProblemsFound : ExitCodes.Clean;
        });
        return command;
    }
}

/// <summary>Options every checking command shares: dialect, rules on and off, minimum severity; each overrides the
/// project's settings file.</summary>
internal sealed class SharedCheckOptions
{
    private readonly Option<string> _dialect = new("--dialect") { HelpName = "en-US|en-GB|auto", Description = "en-US or en-GB: spellings of the other are flagged. Default auto: en-US, unless the manuscript is written consistently in British spelling." };
    private readonly Option<string[]> _enable = new("--enable") { HelpName = "RULE", Description = "Turn on rules by ID (GL0003), name (informal-in-narration) or category (style); repeatable.", AllowMultipleArgumentsPerToken = true };
    private readonly Option<string[]> _disable = new("--disable") { HelpName = "RULE", Description = "Turn off rules by ID (GL0001), name (misspelled-word) or category (spelling); repeatable.", AllowMultipleArgumentsPerToken = true };
    private readonly Option<string> _severity = new("--min-severity") { Description = "Report only info, warning or error and above (default info, or the settings file's)." };

    public SharedCheckOptions()
    {
        _dialect.Validators.Add(r => { if (!DialectNames.TryParseSetting(r.GetValueOrDefault<string>(), out _)) r.AddError("--dialect takes en-US or en-GB (or auto, the default)."); });
        _severity.AcceptOnlyFromAmong("info", "warning", "error");
        RequireKnownRules(_enable);
        RequireKnownRules(_disable);
    }

    /// <summary>A rule name that names nothing is an error naming the nearest real one, not a switch that does nothing.</summary>
    public static void RequireKnownRules(Option<string[]> option) => option.Validators.Add(r =>
    {
        foreach (var name in r.GetValueOrDefault<string[]>() ?? [])
            if (Galley.Rules.RuleNames.Unknown(name) is { } problem) r.AddError($"{option.Name}: {problem}.");
    });

    public void AddTo(Command command)
    {
        command.Options.Add(_dialect);
        command.Options.Add(_enable);
        command.Options.Add(_disable);
        command.Options.Add(_severity);
    }

    /// <summary>The options for one manuscript: its project's settings files (.galley/settings.json), with what the
    /// command line says laid over them.</summary>
    public CheckOptions Build(ParseResult parse, string manuscriptPath)
    {
        string? dialectName = parse.GetValue(_dialect);
        DialectNames.TryParseSetting(dialectName, out var dialect);
        string? severity = parse.GetValue(_severity);
        return ProjectSettings.For(manuscriptPath).ToOptions(
            PersonalDictionary.For(manuscriptPath),
            new Galley.Rules.RuleSwitches.Layer(parse.GetValue(_enable) ?? [], parse.GetValue(_disable) ?? []),
            dialectSet: dialectName is not null, dialect: dialect,
            minimumSeverity: severity is null ? null : Enum.Parse<Severity>(severity, ignoreCase: true));
    }
}

/// <summary>One checked file: the prose checked, the result and, for files read by a format, where the prose came from.</summary>
public sealed record FileReport(SourceText Source, CheckResult Result, Galley.Formats.FormattedSource? Formatted = null)
{
    /// <summary>Maps a prose offset to its place in the writer's file; null for plain text, where the prose is the file.</summary>
    public Func<int, SourceLocation>? Locator => Formatted is null || Formatted.Format == "txt" ? null : Formatted.Locate;
    /// <summary>Maps the end of a prose span to its end in the file, leaving out markup after it.</summary>
    public Func<int, SourceLocation>? EndLocator => Formatted is null || Formatted.Format == "txt" ? null : Formatted.LocateEnd;

    private LineIndex? _fileLines;
    /// <summary>Lines of the writer's file for text formats (Markdown, HTML); null for packages.</summary>
    public LineIndex? FileLines => Formatted?.SourceText is { } file ? _fileLines ??= new LineIndex(file) : null;
}
