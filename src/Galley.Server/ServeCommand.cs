using System.CommandLine;
using Galley.Server.Web;
using Microsoft.AspNetCore.Builder;

namespace Galley.Server;

/// <summary>galley serve: the web editor on this computer only (127.0.0.1) unless --urls says otherwise.</summary>
public static class ServeCommand
{
    public const int DefaultPort = 5150;

    public static System.CommandLine.Command Create(TextWriter output, TextWriter error)
    {
        var port = new Option<int>("--port", "-p") { HelpName = "PORT", Description = $"Port on 127.0.0.1 (default {DefaultPort}; 0 picks a free one).", DefaultValueFactory = _ => DefaultPort };
        var urls = new Option<string?>("--urls") { HelpName = "URLS", Description = "Addresses to listen on, separated by ';' (e.g. http://0.0.0.0:8080 to let other computers in)." };
        var noBrowser = new Option<bool>("--no-browser") { Description = "Do not open the page in the web browser." };
        port.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 0 or > 65535) r.AddError("--port takes 0 to 65535."); });
        var command = new System.CommandLine.Command("serve", "Open Galley's web editor in your browser: paste or open a text, fix it, download it.") { port, urls, noBrowser };
        command.SetAction(async (parse, cancel) =>
        {
            var addresses = parse.GetValue(urls) is { Length: > 0 } given
                ? given.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                : [$"http://127.0.0.1:{parse.GetValue(port)}"];
            var project = ProjectDefaults.ForCurrentFolder();   // a malformed settings file stops here, exit 2 with its line
            await using var app = WebEditor.Build(addresses, error, Directory.GetCurrentDirectory(), project);
            try { await app.StartAsync(cancel); }
            catch (IOException e)
            {
                error.WriteLine($"galley: cannot listen on {string.Join(", ", addresses)} ({e.Message}). Try another --port.");
                return 2;
            }
            foreach (var file in project.Settings.Files) output.WriteLine($"Settings: {file}");
            foreach (var address in app.Urls) output.WriteLine($"Galley is ready at {address}/ (press Ctrl+C to stop).");
            output.WriteLine($"Words added to the dictionary go to {Path.Combine(Directory.GetCurrentDirectory(), Galley.Checking.PersonalDictionary.RelativePath)}.");
            if (!parse.GetValue(noBrowser) && !Console.IsOutputRedirected) OpenBrowser(app.Urls.First() + "/", error);
            // SIGTERM reaches ASP.NET's console lifetime, which claims the signal and stops the application, so the
            // command's own token never fires: wait for either.
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel, app.Lifetime.ApplicationStopping);
            try { await Task.Delay(Timeout.Infinite, stop.Token); } catch (OperationCanceledException) { }
            await app.StopAsync(CancellationToken.None);
            return 0;
        });
        return command;
    }

    /// <summary>Opens the page with the system's default browser, so a writer need not copy the address; failing that, the address printed above is enough.</summary>
    private static void OpenBrowser(string url, TextWriter error)
    {
        var opener = OperatingSystem.IsWindows() ? "explorer" : OperatingSystem.IsMacOS() ? "open" : "xdg-open";
        try
        {
            using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(opener, url) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true });
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            error.WriteLine($"galley: could not open a browser ({e.Message}); open {url} yourself.");
        }
    }
}
