using System.CommandLine;
using Galley.Checking;
using Galley.Cli.Output;
using Galley.Lexicon;
using Galley.Output;
using Galley.Story;

namespace Galley.Cli.Commands;

/// <summary>galley report FILE: what the manuscript is doing — characters, narrator, speakers, tense, style, arc —
/// in the terminal, as JSON, or as a self-contained HTML page.</summary>
internal static class ReportCommand
{
    public static Command Create(ConsoleIO io)
    {
        var file = new Argument<string>("file") { HelpName = "FILE", Description = "The manuscript; - reads standard input." };
        var format = new Option<string>("--format", "-f") { Description = "Output: text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var html = new Option<string?>("--html") { HelpName = "PATH", Description = "Also write the report as one self-contained HTML page to this path." };
        var noColor = new Option<bool>("--no-color") { Description = "Plain output even on a terminal." };
        var command = new Command("report", "Report on the story: characters, narrator, who speaks each line, tense, style and emotional arc.")
            { file, format, html, noColor };
        // The same dialect, rule and severity options as galley check: they shape the issues the HTML report lists.
        var shared = new SharedCheckOptions();
        shared.AddTo(command);
        command.SetAction(parse =>
        {
            string path = parse.GetValue(file)!;
            var formatted = ManuscriptInput.ReadFormatted(path, io);
            var source = ManuscriptInput.ToSource(formatted);
            var options = shared.Build(parse, path);
            var check = ManuscriptInput.Check(formatted, options, io);
            var report = StoryAnalysis.Analyze(check.Manuscript, Lexicon.Lexicon.Default, check.Names, options.Dialect);
            string? htmlPath = parse.GetValue(html);
            if (htmlPath is not null)
            {
                try { File.WriteAllText(htmlPath, ReportHtml.Render(source, report, check.Diagnostics)); }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
                { throw new Galley.Source.InputException($"{htmlPath}: cannot be written ({e.Message})."); }
            }
            if (parse.GetValue(format) == "json") ReportJson.Write(io.Out, source, report);
            else if (htmlPath is null || io.OutIsTerminal)
                ReportTerminal.Write(io.Out, source, report, color: io.OutIsTerminal && !parse.GetValue(noColor) && Environment.GetEnvironmentVariable("NO_COLOR") is null);
            if (htmlPath is not null && parse.GetValue(format) != "json") io.Error.WriteLine($"galley: wrote {htmlPath}");
            return ExitCodes.Clean;
        });
        return command;
    }
}
