using Galley.Formats;
using Galley.Formats.Text;
using Galley.Source;

namespace Galley.Cli.Commands;

/// <summary>Reads the manuscripts a command is given: files in any format Galley knows (by extension), or "-" for
/// standard input (plain text).</summary>
internal static class ManuscriptInput
{
    public static FormattedSource ReadFormatted(string path, ConsoleIO io)
    {
        if (path == "-")
        {
            // The real standard input is read as bytes, so bad encodings and binary data are refused as for files.
            string text = ReferenceEquals(io.In, Console.In)
                ? SourceText.FromStream(Console.OpenStandardInput(), "<stdin>").Text
                : io.In.ReadToEnd();
            return PlainTextFormat.FromText("<stdin>", text, System.Text.Encoding.UTF8.GetBytes(text));
        }
        return ManuscriptFormats.Read(path);
    }

    /// <summary>The prose of a manuscript in any format, for commands that need no way back into the file.</summary>
    public static SourceText Read(string path, ConsoleIO io) => ToSource(ReadFormatted(path, io));

    /// <summary>The prose the checker reads, under the file's name.</summary>
    public static SourceText ToSource(FormattedSource formatted) => new(formatted.Path, formatted.Text);
}
