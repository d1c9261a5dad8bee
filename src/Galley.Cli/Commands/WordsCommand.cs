using System.CommandLine;
using Galley.Checking;

namespace Galley.Cli.Commands;

/// <summary>galley words add WORD… / galley words list: the personal dictionary of a manuscript folder.</summary>
internal static class WordsCommand
{
    public static Command Create(ConsoleIO io)
    {
        var folder = new Option<string>("--dir") { Description = "The manuscript folder whose word list to change (default: the current folder).", DefaultValueFactory = _ => "." };
        var words = new Argument<string[]>("words") { Description = "Words to accept, as they are spelled.", Arity = ArgumentArity.OneOrMore };
        var add = new Command("add", "Accept words in manuscripts in a folder and below it.") { words, folder };
        add.SetAction(parse =>
        {
            var dir = parse.GetValue(folder)!;
            var added = PersonalDictionary.Add(dir, parse.GetValue(words)!);
            io.Out.WriteLine(added.Count == 0 ? "Nothing new to add." : $"Added {string.Join(", ", added)} to {Path.Combine(dir, PersonalDictionary.RelativePath)}.");
            return ExitCodes.Clean;
        });
        var list = new Command("list", "Show the words accepted for a folder (its list and those of the folders above it).") { folder };
        list.SetAction(parse =>
        {
            foreach (var w in PersonalDictionary.For(Path.Combine(parse.GetValue(folder)!, "manuscript")).Order(StringComparer.Ordinal)) io.Out.WriteLine(w);
            return ExitCodes.Clean;
        });
        return new Command("words", "Manage the words Galley accepts: your names, invented words and spellings.") { add, list };
    }
}
