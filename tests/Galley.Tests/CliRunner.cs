namespace Galley.Tests;

/// <summary>Runs the galley command line in process and captures what it prints.</summary>
internal static class CliRunner
{
    public static (int Exit, string Out, string Error) Pipe(string stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = Galley.Cli.Program.Run(args, output, error, new StringReader(stdin));
        return (exit, output.ToString(), error.ToString());
    }

    public static (int Exit, string Out, string Error) Run(params string[] args) => Pipe("", args);

    public static string TempFile(string name, byte[] content)
    {
        var dir = Path.Combine(Path.GetTempPath(), "galley-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    public static string TempFile(string name, string content) => TempFile(name, System.Text.Encoding.UTF8.GetBytes(content));
}
