using Galley.Source;

namespace Galley.Cli.Commands;

/// <summary>Reads the manuscripts a command is given: files, or "-" for standard input.</summary>
internal static class ManuscriptInput
{
    public static SourceText Read(string path, ConsoleIO io)
    {
        if (path == "-")
        {
            var text = io.In.ReadToEnd();
            return new SourceText("<stdin>", text);
        }
        return SourceText.FromFile(path);
    }
}
