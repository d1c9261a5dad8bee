using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Galley.Cli;

/// <summary>What --help adds below System.CommandLine's own listing: examples of each everyday command and the exit
/// codes, which a writer scripting Galley (or a build step) needs and the option list cannot say.</summary>
internal static class HelpText
{
    public const string ExitCodes = """
        Exit codes:
          0  no problems (hints alone do not fail: they are advice)
          1  warnings or errors found
          2  bad usage, an unknown rule, a malformed settings file, or an unreadable manuscript
        """;

    private const string Settings = """
        Settings: .galley/settings.json in the manuscript's folder or any folder above it, e.g.
          { "dialect": "en-GB", "disable": ["GL5001", "style"], "minSeverity": "warning" }
        Options given here override it.
        """;

    private static readonly Dictionary<string, string> Epilogues = new(StringComparer.Ordinal)
    {
        ["galley"] = $"""
            Examples:
              galley check chapter1.md                 check a chapter
              galley check manuscript/ --format json   check every manuscript in a folder
              galley fix chapter1.md --dry-run         show the safe fixes as a diff
              galley report chapter1.md                characters, speakers, tense and style
              galley words add Harrowmere              accept a name in this folder and below

            {ExitCodes}
            """,
        ["check"] = $"""
            Examples:
              galley check chapter1.md chapter2.md
              galley check manuscript/ --min-severity warning
              galley check draft.txt --dialect en-GB --disable style --enable GL0003
              cat draft.txt | galley check - --format json

            {ExitCodes}

            {Settings}
            """,
        ["fix"] = $"""
            Examples:
              galley fix chapter1.md                   write chapter1.fixed.md beside it
              galley fix manuscript/ --dry-run         show every file's safe fixes as a diff
              galley fix chapter1.md --interactive     ask about each fix
              galley fix chapter1.md --in-place --rule GL0002

            Exit codes: 0 done (or nothing to fix), 2 bad usage or an unreadable manuscript (the other files are still fixed).

            {Settings}
            """,
        ["report"] = $"""
            Examples:
              galley report chapter1.md
              galley report chapter1.md --html report.html

            {Settings}
            """,
        ["speakers"] = """
            Examples:
              galley eval speakers ../shared/eval/pdnc            every novel folder below it, and the pooled figures
              galley eval speakers pdnc/Emma --show-wrong         one novel, listing each quotation given a wrong speaker
              galley eval speakers pdnc --by-attribution          also the share right by how each speaker was found
              galley eval speakers pdnc --format json

            A novel folder holds novel_text.txt, quotation_info.csv (quoteByteSpans, speaker, quoteType) and
            character_info.csv (Main Name, Aliases, Gender). A speaker is right when Galley's name for it equals the
            gold character's main name or an alias, or contains one or lies within one as whole words (one character only).
            """,
    };

    /// <summary>Makes every --help of the command tree print the epilogue of its command after the listing.</summary>
    public static void Install(RootCommand root)
    {
        var help = root.Options.OfType<HelpOption>().First();
        if (help.Action is HelpAction inner) help.Action = new WithEpilogue(inner);
    }

    private sealed class WithEpilogue(HelpAction inner) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;   // as HelpAction's: `galley check --help` needs no file

        public override int Invoke(ParseResult parse)
        {
            int exit = inner.Invoke(parse);
            var command = parse.CommandResult.Command;
            if (Epilogues.TryGetValue(command is RootCommand ? "galley" : command.Name, out var epilogue))
                parse.InvocationConfiguration.Output.WriteLine(epilogue.TrimEnd() + Environment.NewLine);
            return exit;
        }
    }
}
