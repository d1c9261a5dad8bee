using System.CommandLine;
using Galley.Checking;

namespace Galley.Cli.Commands;

/// <summary>galley words add WORD… / remove WORD… / list: the personal dictionary of a manuscript folder.</summary>
internal static class WordsCommand
{
    public static Command Create(ConsoleIO io)
    {
        var folder = new Option<string>("--dir") { HelpName = "FOLDER", Description = "The manuscript folder whose word list to change (default: the current folder).", DefaultValueFactory = _ => "." };
        var words = new Argument<string[]>("words") { HelpName = "WORD", Description = "Words to accept, as they are spelled.", Arity = ArgumentArity.OneOrMore };
        var add = new Command("add", "Accept words in manuscripts in a folder and below it.") { words, folder };
        add.SetAction(parse =>
        {
            var dir = parse.GetValue(folder)!;
            var added = PersonalDictionary.Add(dir, parse.GetValue(words)!);
            io.Out.WriteLine(added.Count == 0 ? "Nothing new to add." : $"Added {string.Join(", ", added)} to {Path.Combine(dir, PersonalDictionary.RelativePath)}.");
            return ExitCodes.Clean;
        });
        var toRemove = new Argument<string[]>("words") { HelpName = "WORD", Description = "Words to stop accepting, as they are spelled in the list.", Arity = ArgumentArity.OneOrMore };
        var remove = new Command("remove", "Stop accepting words in a folder's list.") { toRemove, folder };
        remove.SetAction(parse =>
        {
            var dir = parse.GetValue(folder)!;
            var (removed, missing) = PersonalDictionary.Remove(dir, parse.GetValue(toRemove)!);
            var list = Path.Combine(dir, PersonalDictionary.RelativePath);
            if (removed.Count > 0) io.Out.WriteLine($"Removed {string.Join(", ", removed)} from {list}.");
            // A word that was not there is said plainly (it may be in a list of a folder above, or misspelled), not an error.
            if (missing.Count > 0) io.Out.WriteLine($"Not in {list}: {string.Join(", ", missing)}.");
            return ExitCodes.Clean;
        });
        var list = new Command("list", "Show the words accepted for a folder (its list and those of the folders above it).") { folder };
        list.SetAction(parse =>
        {
            foreach (var w in PersonalDictionary.For(Path.Combine(parse.GetValue(folder)!, "manuscript")).Order(StringComparer.Ordinal)) io.Out.WriteLine(w);
            return ExitCodes.Clean;
        });
        return new Command("words", "Manage the words Galley accepts: your names, invented words and spellings.") { add, remove, list };
    }
}
