using System.CommandLine;
using System.Diagnostics;
using Galley.Checking;
using Galley.Evaluation;
using Galley.Source;

namespace Galley.Cli.Commands;

/// <summary>Which checker an eval command scores: Galley (with the usual check options) or a peer, from its saved
/// JSON lines (<c>--peer-json</c>) or by running it (<c>--peer-command</c>). Every choice yields <see cref="TextFlag"/>s,
/// so the same scorer judges them all.</summary>
internal sealed class EvalSystemOptions
{
    private readonly SharedCheckOptions _check = new();
    private readonly Option<string> _peerJson = new("--peer-json") { Description = "Score a peer instead of Galley: Harper-style JSON lines (start, end, kind, message, suggestions) for the text. With several inputs, give one file per input, joined by commas." };
    private readonly Option<string> _peerCommand = new("--peer-command") { Description = "Score a peer instead of Galley by running this command; {file} stands for a file holding the plain text (appended if absent). It must print Harper-style JSON lines, e.g. \"node harper.mjs {file}\"." };

    public void AddTo(Command command)
    {
        _check.AddTo(command);
        command.Options.Add(_peerJson);
        command.Options.Add(_peerCommand);
        command.Validators.Add(r =>
        {
            if (r.GetValue(_peerJson) is not null && r.GetValue(_peerCommand) is not null)
                r.AddError("Give --peer-json or --peer-command, not both.");
        });
    }

    /// <summary>Whether a peer, not Galley, is scored.</summary>
    public bool IsPeer(ParseResult parse) => parse.GetValue(_peerCommand) is not null || parse.GetValue(_peerJson) is not null;

    public string Describe(ParseResult parse) =>
        parse.GetValue(_peerCommand) is { } command ? $"peer: {command}"
        : parse.GetValue(_peerJson) is { } json ? $"peer: {json}"
        : "galley";

    /// <summary>The flags the chosen checker raises on <paramref name="text"/> (input number <paramref name="index"/>).</summary>
    public IReadOnlyList<TextFlag> Flags(ParseResult parse, string text, string inputPath, int index)
    {
        if (parse.GetValue(_peerCommand) is { } command) return HarperJson.Parse(RunPeer(command, text), text.Length, $"output of {command}");
        if (parse.GetValue(_peerJson) is { } json)
        {
            var files = json.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (index >= files.Length) throw new InputException($"--peer-json names {files.Length} file(s); input {index + 1} ({inputPath}) has none.");
            if (!File.Exists(files[index])) throw new InputException($"{files[index]}: no such file.");
            return HarperJson.Parse(File.ReadLines(files[index]), text.Length, files[index]);
        }
        return TextFlag.FromGalley(Checker.Check(text, _check.Build(parse, inputPath)));
    }

    private static List<string> RunPeer(string command, string text)
    {
        string path = Path.Combine(Path.GetTempPath(), $"galley-eval-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, text);
        try
        {
            string quoted = "'" + path.Replace("'", "'\\''") + "'";
            string line = command.Contains("{file}") ? command.Replace("{file}", quoted) : $"{command} {quoted}";
            var start = OperatingSystem.IsWindows()
                ? new ProcessStartInfo("cmd.exe", ["/c", line.Replace('\'', '"')])
                : new ProcessStartInfo("/bin/sh", ["-c", line]);
            start.RedirectStandardOutput = true;
            start.RedirectStandardError = true;
            using var process = Process.Start(start) ?? throw new InputException($"cannot run \u201c{command}\u201d.");
            var error = process.StandardError.ReadToEndAsync();
            var output = new List<string>();
            while (process.StandardOutput.ReadLine() is { } outputLine) output.Add(outputLine);
            process.WaitForExit();
            if (process.ExitCode != 0)
                throw new InputException($"\u201c{command}\u201d failed with exit code {process.ExitCode}: {error.Result.Trim()}");
            return output;
        }
        finally { File.Delete(path); }
    }
}
