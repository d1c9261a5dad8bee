using Galley.Server.Web;
using Microsoft.AspNetCore.Builder;

namespace Galley.Tests.Server;

/// <summary>The web editor started in process on a free loopback port, stopped when disposed.</summary>
internal sealed class WebEditorHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WebEditorHost(WebApplication app, string address)
    {
        _app = app;
        Address = address;
    }

    public string Address { get; }

    /// <param name="wordsFolder">Where the editor keeps its personal dictionary: a new empty folder unless given.</param>
    public static async Task<WebEditorHost> StartAsync(string? wordsFolder = null, ProjectDefaults? project = null)
    {
        wordsFolder ??= Directory.CreateTempSubdirectory("galley-web-words-").FullName;
        var app = WebEditor.Build(["http://127.0.0.1:0"], TextWriter.Null, wordsFolder, project);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await app.StartAsync(timeout.Token);
        var address = app.Urls.Single().TrimEnd('/');
        Assert.DoesNotContain(":0", address[^2..]);
        return new WebEditorHost(app, address);
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await _app.StopAsync(timeout.Token);
        await _app.DisposeAsync();
    }
}
