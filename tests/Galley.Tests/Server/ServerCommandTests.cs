namespace Galley.Tests.Server;

public sealed class ServerCommandTests
{
    [Fact]
    public void Serve_rejects_an_impossible_port_with_exit_code_two()
    {
        var (exit, _, error) = CliRunner.Run("serve", "--port", "70000");
        Assert.Equal(2, exit);
        Assert.Contains("--port", error);
    }

    [Fact]
    public void Both_commands_are_listed_in_help()
    {
        var (_, output, _) = CliRunner.Run("--help");
        Assert.Contains("lsp", output);
        Assert.Contains("serve", output);
    }
}
