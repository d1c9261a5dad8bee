using Galley.Tests.Server;
using Microsoft.Playwright;

namespace Galley.Tests.Browser;

/// <summary>A writer's path through `galley serve` in a real browser: paste a draft, see the problems underlined,
/// apply a fix, download the corrected text.</summary>
public sealed class WebEditorBrowserTests
{
    private const string Draft =
        "The lanterns along the quay had gone out by the time Senna reached the water. She wimpered when the cold wind " +
        "found the gap in her coat, and for a moment she thought about turning back.\n\n" +
        "\"You came,\" Tobiah said. He was gonna say more, but the bell in the tower started to ring.\n\n" +
        "The news was going to devestate the village. Senna knew it, and so did Tobiah.\n";

    [Fact]
    public async Task Paste_check_fix_and_download()
    {
        if (!HeadlessChromium.IsAvailable) { Assert.Skip("Chromium is not installed (.ci/run installs it)."); }
        await using var host = await WebEditorHost.StartAsync();
        var (playwright, browser) = await HeadlessChromium.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 760 }, AcceptDownloads = true });
            var page = await context.NewPageAsync();
            page.SetDefaultTimeout(30_000);
            var failedRequests = new List<string>();
            page.RequestFailed += (_, r) => failedRequests.Add(r.Url);
            await page.GotoAsync(host.Address + "/");

            await page.FillAsync("#editor", Draft);
            await page.ClickAsync("#check");
            var misspelling = page.Locator("mark.issue", new PageLocatorOptions { HasTextString = "wimpered" });
            await misspelling.WaitForAsync();
            Assert.True(await page.Locator("mark.issue").CountAsync() >= 3, "expected several underlined problems");
            Assert.Contains("error", await misspelling.GetAttributeAsync("class"));
            Assert.Contains("not in the dictionary", await misspelling.GetAttributeAsync("title"));

            await page.Locator("#report dl").WaitForAsync();
            var reportText = await page.InnerTextAsync("#report");
            Assert.Contains("third person", reportText);
            Assert.Contains("Tobiah", reportText);
            await misspelling.ClickAsync();
            var fix = page.Locator("#popover button.fix", new PageLocatorOptions { HasTextString = "whimpered" });
            await fix.WaitForAsync();
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(HeadlessChromium.ArtifactsFolder, "web-editor.png") });

            await fix.ClickAsync();
            await page.WaitForFunctionAsync("() => document.querySelector('#view').textContent.includes('She whimpered when')");
            Assert.Equal(0, await page.Locator("mark.issue", new PageLocatorOptions { HasTextString = "wimpered" }).CountAsync());
            Assert.True(await page.Locator("mark.issue", new PageLocatorOptions { HasTextString = "devestate" }).CountAsync() == 1, "the other problems stay underlined");

            var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#download"));
            var saved = Path.Combine(HeadlessChromium.ArtifactsFolder, "web-editor-download.txt");
            await download.SaveAsAsync(saved);
            var corrected = await File.ReadAllTextAsync(saved, TestContext.Current.CancellationToken);
            Assert.Equal(Draft.Replace("She wimpered", "She whimpered"), corrected);
            Assert.Empty(failedRequests);

            // Opening a file reads it in the page (no server file access) and checks it straight away.
            await page.SetInputFilesAsync("#file", new FilePayload { Name = "chapter-two.txt", MimeType = "text/plain", Buffer = System.Text.Encoding.UTF8.GetBytes("The storm recieved no warning.\n") });
            await page.Locator("mark.issue", new PageLocatorOptions { HasTextString = "recieved" }).WaitForAsync();
            Assert.Equal("chapter-two.txt", await page.InnerTextAsync("#filename"));
        }
    }
}
