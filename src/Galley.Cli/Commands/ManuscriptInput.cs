using Galley.Source;

namespace Galley.Cli.Commands;

/// <summary>Reads the manuscripts a command is given: files, or "-" for standard input.</summary>
internal static class ManuscriptInput
{
    public static SourceText Read(string path, ConsoleIO io)
    {
        if (path == "-")
        {
            // The real standard input is read as bytes, so bad encodings and binary data are refused as for files.
            if (ReferenceEquals(io.In, Console.In)) return SourceText.FromStream(Console.OpenStandardInput(), "<stdin>");
            return new SourceText("<stdin>", io.In.ReadToEnd());
        }
        return SourceText.FromFile(path);
    }
}
