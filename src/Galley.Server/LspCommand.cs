using System.CommandLine;
using Galley.Server.Lsp;

namespace Galley.Server;

/// <summary>galley lsp: the language server on standard input and output, for editors.</summary>
public static class LspCommand
{
    public static System.CommandLine.Command Create()
    {
        // Editors' generic clients often pass --stdio; it is the only transport, so it is accepted and changes nothing.
        var stdio = new Option<bool>("--stdio") { Description = "Talk over standard input and output (the default and only transport)." };
        var command = new System.CommandLine.Command("lsp", "Run the language server for editors (Language Server Protocol over standard input/output).") { stdio };
        command.SetAction(_ =>
        {
            var transport = new LspTransport(Console.OpenStandardInput(), Console.OpenStandardOutput(), Console.Error);
            return new LanguageServer(transport, Console.Error).Run();
        });
        return command;
    }
}
