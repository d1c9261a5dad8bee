using System.CommandLine;
using Galley.Checking;
using Galley.Cli.Fixing;
using Galley.Formats;

namespace Galley.Cli.Commands;

/// <summary>galley fix FILE…: applies the safe fixes to each file (or each manuscript below a folder) and writes FILE.fixed.EXT (or, with --in-place, replaces FILE
/// keeping FILE.bak); --dry-run prints the diff instead, --interactive asks about each fix, --comments (.docx) writes
/// the diagnostics as review comments.</summary>
internal static class FixCommand
{
    public static Command Create(ConsoleIO io) => Create(io, new SafeFileWriter());

    internal static Command Create(ConsoleIO io, SafeFileWriter writer)
    {
        var files = new Argument<string[]>("files") { HelpName = "FILE|FOLDER", Description = "Manuscripts to fix (.txt, .md, .html, .xhtml, .docx, .epub), or folders of them.", Arity = ArgumentArity.OneOrMore };
        var inPlace = new Option<bool>("--in-place", "-i") { Description = "Replace the file itself, keeping the original as FILE.bak." };
        var dryRun = new Option<bool>("--dry-run", "-n") { Description = "Print a unified diff of the fixes; write nothing." };
        var interactive = new Option<bool>("--interactive", "-p") { Description = "Ask about each fix: y(es), n(o), a(ll of this rule), q(uit)." };
        var rule = new Option<string[]>("--rule") { HelpName = "RULE", Description = "Apply only fixes of these rules (ID or name).", AllowMultipleArgumentsPerToken = true };
        var category = new Option<string[]>("--category") { HelpName = "CATEGORY", Description = "Apply only fixes of these categories.", AllowMultipleArgumentsPerToken = true };
        var includeUnsafe = new Option<bool>("--include-unsafe") { Description = "Also apply the first suggestion where there are several (best with --interactive or --dry-run)." };
        var comments = new Option<bool>("--comments") { Description = "Word files: add every diagnostic as a review comment instead of changing the text." };
        SharedCheckOptions.RequireKnownRules(rule);
        SharedCheckOptions.RequireKnownRules(category);
        var options = new SharedCheckOptions();
        var command = new Command("fix", "Apply the safe fixes to manuscripts, never touching the originals unless asked.")
            { files, inPlace, dryRun, interactive, rule, category, includeUnsafe, comments };
        options.AddTo(command);
        command.SetAction(parse =>
        {
            var paths = ManuscriptInput.Expand(parse.GetValue(files)!);
            if (paths.Contains("-")) { io.Error.WriteLine("galley: fix needs a file, not standard input."); return ExitCodes.InputError; }
            int exit = ExitCodes.Clean;
            // One file after another, never in parallel: --interactive asks in order and each summary follows its file.
            foreach (var path in paths)
            {
                try { exit = Math.Max(exit, FixOne(path, paths.Count > 1)); }
                catch (Exception e) when (ExitCodes.IsInputError(e) && paths.Count > 1)
                {
                    io.Error.WriteLine($"galley: {e.Message}");   // the other files are still fixed, as check still checks them
                    exit = ExitCodes.InputError;
                }
            }
            return exit;

            int FixOne(string path, bool nameFile)
            {
                var source = ManuscriptFormats.Read(path);
                var result = ManuscriptInput.Check(source, options.Build(parse, path), io);
                var run = new FixRun(io, writer, source, parse.GetValue(inPlace), parse.GetValue(dryRun), nameFile);
                var selection = new FixSelection(parse.GetValue(rule) ?? [], parse.GetValue(category) ?? [], parse.GetValue(includeUnsafe));
                if (parse.GetValue(comments)) return run.Comment(result.Diagnostics.Where(selection.Matches).ToList());
                var (fixable, unmappable) = selection.Choose(source, result.Diagnostics);
                var chosen = parse.GetValue(interactive) ? new InteractivePrompt(io, source).Ask(fixable) : fixable.Select(d => (d, d.Fixes[0])).ToList();
                return run.Fix(chosen, unmappable.Count);
            }
        });
        return command;
    }
}
