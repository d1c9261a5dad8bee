namespace Galley.Tests.Browser;

public class BrowserSmokeTests
{
    [Fact]
    public async Task Chromium_renders_a_local_page()
    {
        if (!HeadlessChromium.IsAvailable) { Assert.Skip("Chromium is not installed (.ci/run installs it)."); }
        var (playwright, browser) = await HeadlessChromium.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var page = await browser.NewPageAsync();
            await page.SetContentAsync("<p id='x'>Galley</p>");
            Assert.Equal("Galley", await page.InnerTextAsync("#x"));
        }
    }
}
