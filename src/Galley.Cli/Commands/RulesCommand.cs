using System.CommandLine;
using Galley.Rules;

namespace Galley.Cli.Commands;

/// <summary>galley rules: every rule with its ID, category, severity and summary; --docs DIR writes their pages.</summary>
internal static class RulesCommand
{
    public static Command Create(ConsoleIO io)
    {
        var docs = new Option<string?>("--docs") { HelpName = "FOLDER", Description = "Write each rule's documentation page into this folder." };
        var command = new Command("rules", "List every rule Galley checks.") { docs };
        command.SetAction(parse =>
        {
            if (parse.GetValue(docs) is { } folder)
            {
                Directory.CreateDirectory(folder);
                foreach (var rule in RuleCatalog.All)
                    File.WriteAllText(Path.Combine(folder, rule.Info.Id + ".md"), RuleDocumentation.Page(rule));
                File.WriteAllText(Path.Combine(folder, "README.md"), RuleDocumentation.Index(RuleCatalog.All));
                io.Out.WriteLine($"Wrote {RuleCatalog.All.Count} rule pages to {folder}.");
                return ExitCodes.Clean;
            }
            foreach (var rule in RuleCatalog.All)
            {
                var i = rule.Info;
                io.Out.WriteLine($"{i.Id}  {i.Name,-32} {i.Category.ToString().ToLowerInvariant(),-15} {i.Severity.ToString().ToLowerInvariant(),-8}{(i.EnabledByDefault ? "" : " (off)")}  {i.Summary}");
            }
            return ExitCodes.Clean;
        });
        return command;
    }
}
