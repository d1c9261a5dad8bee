using Microsoft.Playwright;

namespace Galley.Tests.Browser;

/// <summary>Debian's Chromium driven by Playwright, headless, for tests that look at a page as a reader would.
/// Playwright's own browser download cannot run here, so the system browser is used; tests that need it are
/// skipped with a reason when it is not installed (.ci/run installs it).</summary>
public static class HeadlessChromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static bool IsAvailable => File.Exists(ExecutablePath);

    /// <summary>Where screenshots are kept as test artifacts.</summary>
    public static string ArtifactsFolder
    {
        get
        {
            var folder = Path.Combine(RepositoryPaths.Root, "artifacts", "screenshots");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run"],
        });
        return (playwright, browser);
    }
}
