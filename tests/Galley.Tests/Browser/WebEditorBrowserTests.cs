using Galley.Tests.Server;
using Microsoft.Playwright;

namespace Galley.Tests.Browser;

/// <summary>A writer's path through `galley serve` in a real browser: paste a draft, see the problems underlined as it
/// is written, apply a fix, add a word to the dictionary, open Markdown and Word files, download the corrected text.</summary>
public sealed class WebEditorBrowserTests
{
    private const string Draft =
        "The lanterns along the quay had gone out by the time Senna reached the water. She wimpered when the cold wind " +
        "found the gap in her coat, and for a moment she thought about turning back.\n\n" +
        "\"You came,\" Tobiah said. He was gonna say more, but the bell in the tower started to ring.\n\n" +
        "The news was going to devestate the village. Senna knew it, and so did Tobiah.\n";

    [Fact]
    public async Task Write_see_problems_as_you_type_fix_add_a_word_open_files_and_download()
    {
        if (!HeadlessChromium.IsAvailable) { Assert.Skip("Chromium is not installed (.ci/run installs it)."); }
        var wordsFolder = Directory.CreateTempSubdirectory("galley-web-words-").FullName;
        await using var host = await WebEditorHost.StartAsync(wordsFolder);
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
            Assert.DoesNotContain("when this build has it", await page.ContentAsync());

            // No button to press: the text is checked once the writer pauses.
            await page.FillAsync("#editor", Draft);
            var misspelling = page.Locator("#highlights mark.issue", new PageLocatorOptions { HasTextString = "wimpered" });
            await misspelling.WaitForAsync();
            Assert.True(await page.Locator("#highlights mark.issue").CountAsync() >= 3, "expected several underlined problems");
            Assert.Contains("error", await misspelling.GetAttributeAsync("class"));
            Assert.Contains("not in the dictionary", await misspelling.GetAttributeAsync("title"));
            await page.Locator("#report dl").WaitForAsync();
            var reportText = await page.InnerTextAsync("#report");
            Assert.Contains("third person", reportText);
            Assert.Contains("Tobiah", reportText);

            // The text stays editable: typing at the end is checked in turn, and the caret stays where the writer left it.
            await page.FocusAsync("#editor");
            await page.Keyboard.PressAsync("Control+End");
            await page.Keyboard.TypeAsync("\nShe lit the grelkin lamp.");
            var invented = page.Locator("#highlights mark.issue", new PageLocatorOptions { HasTextString = "grelkin" });
            await invented.WaitForAsync();
            Assert.True(await page.EvaluateAsync<bool>("() => { const e = document.querySelector('#editor'); return document.activeElement === e && e.selectionStart === e.value.length; }"),
                "the caret stays at the end after the check");
            // The underline lies over the word in the textarea.
            var word = await invented.BoundingBoxAsync();
            var editorBox = await page.Locator("#editor").BoundingBoxAsync();
            Assert.True(word!.Y > editorBox!.Y && word.Y < editorBox.Y + editorBox.Height, "the underline is inside the text area");

            await misspelling.ClickAsync();
            var fix = page.Locator("#popover button.fix", new PageLocatorOptions { HasTextString = "whimpered" });
            await fix.WaitForAsync();
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(HeadlessChromium.ArtifactsFolder, "web-editor.png") });
            await fix.ClickAsync();
            await page.WaitForFunctionAsync("() => document.querySelector('#editor').value.includes('She whimpered when')");
            await page.WaitForFunctionAsync("() => ![...document.querySelectorAll('#highlights mark')].some(m => m.textContent === 'wimpered')");
            // The fix was made as typing would be: undo takes it back, redo makes it again.
            await page.Keyboard.PressAsync("Control+z");
            Assert.Contains("She wimpered when", await page.InputValueAsync("#editor"));
            await page.Keyboard.PressAsync("Control+Shift+z");
            Assert.Contains("She whimpered when", await page.InputValueAsync("#editor"));
            await page.WaitForFunctionAsync("() => ![...document.querySelectorAll('#highlights mark')].some(m => m.textContent === 'wimpered')");
            Assert.Equal(1, await page.Locator("#highlights mark.issue", new PageLocatorOptions { HasTextString = "devestate" }).CountAsync());

            // Add to dictionary: written to the folder's word list, as `galley words add` does, and no longer flagged.
            await invented.ClickAsync();
            await page.ClickAsync("#popover button.add-word");
            await page.WaitForFunctionAsync("() => ![...document.querySelectorAll('#highlights mark')].some(m => m.textContent === 'grelkin')");
            Assert.Contains("grelkin", File.ReadAllLines(Path.Combine(wordsFolder, ".galley", "words.txt")));
            Assert.Contains("Added", await page.InnerTextAsync("#status"));

            var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#download"));
            var saved = Path.Combine(HeadlessChromium.ArtifactsFolder, "web-editor-download.txt");
            await download.SaveAsAsync(saved);
            var corrected = await File.ReadAllTextAsync(saved, TestContext.Current.CancellationToken);
            Assert.Equal(Draft.Replace("She wimpered", "She whimpered") + "\nShe lit the grelkin lamp.", corrected);

            // A Markdown file is kept as it is, markup and all, and its markup raises nothing.
            await page.SetInputFilesAsync("#file", new FilePayload { Name = "chapter-two.md", MimeType = "text/markdown", Buffer = System.Text.Encoding.UTF8.GetBytes("# Two\n\nShe *really* wanted the [map](map.png). The storm *recieved* no warning.\n") });
            var emphasized = page.Locator("#highlights mark.issue", new PageLocatorOptions { HasTextString = "recieved" });
            await emphasized.WaitForAsync();
            Assert.Equal("recieved", await emphasized.InnerTextAsync());
            Assert.Equal(1, await page.Locator("#highlights mark.issue").CountAsync());
            Assert.Equal("chapter-two.md", await page.InnerTextAsync("#filename"));
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(HeadlessChromium.ArtifactsFolder, "web-editor-markdown.png") });

            // A Word file is read by Galley's .docx reader and its text edited here.
            var docx = Galley.Tests.Formats.FormatFixtures.Docx(new Galley.Tests.Formats.FormatFixtures.RunSpec[] { new("The tide "), new("recieded", Bold: true), new(" before dawn.") });
            await page.SetInputFilesAsync("#file", new FilePayload { Name = "chapter-three.docx", MimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Buffer = docx });
            await page.Locator("#highlights mark.issue", new PageLocatorOptions { HasTextString = "recieded" }).WaitForAsync();
            Assert.StartsWith("The tide recieded before dawn.", await page.InputValueAsync("#editor"));
            Assert.Contains("chapter-three.docx", await page.InnerTextAsync("#filename"));
            Assert.Empty(failedRequests);
        }
    }

    [Fact]
    public async Task Checking_and_fixing_keep_the_scroll_and_the_underlines_over_their_words()
    {
        if (!HeadlessChromium.IsAvailable) { Assert.Skip("Chromium is not installed (.ci/run installs it)."); }
        await using var host = await WebEditorHost.StartAsync();
        var (playwright, browser) = await HeadlessChromium.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 760 } });
            page.SetDefaultTimeout(30_000);
            await page.GotoAsync(host.Address + "/");
            // Enough text to scroll, with the draft's mistakes at the end.
            var chapter = string.Concat(Enumerable.Repeat("The gulls circled over the harbour wall while the nets dried.\n\n", 40)) + Draft;
            await page.FillAsync("#editor", chapter);
            await page.Locator("#highlights mark.issue").First.WaitForAsync();
            int scroll = await page.EvaluateAsync<int>("() => { const e = document.querySelector('#editor'); e.scrollTop = e.scrollHeight; e.dispatchEvent(new Event('scroll')); return Math.round(e.scrollTop); }");
            Assert.True(scroll > 500, "the text scrolls");
            await page.ClickAsync("#check");
            await page.WaitForFunctionAsync("() => /problems found/.test(document.querySelector('#status').textContent)");
            Assert.Equal(scroll, await page.EvaluateAsync<int>("() => Math.round(document.querySelector('#editor').scrollTop)"));
            Assert.Equal(scroll, await page.EvaluateAsync<int>("() => Math.round(document.querySelector('#highlights').scrollTop)"));

            // A misspelling in view: its underline is where the textarea draws the word, and fixing it moves nothing.
            var visible = await page.EvaluateAsync<int>(@"() => {
                const editor = document.querySelector('#editor').getBoundingClientRect();
                const marks = [...document.querySelectorAll('#highlights mark')];
                return marks.findIndex(m => m.textContent === 'devestate' && m.getBoundingClientRect().top > editor.top + 20 && m.getBoundingClientRect().bottom < editor.bottom - 20);
            }");
            Assert.True(visible >= 0, "a misspelling is in view");
            var mark = page.Locator("#highlights mark").Nth(visible);
            // A click on the underline puts the textarea's caret in that word, so the writer can type there.
            await mark.ClickAsync();
            Assert.Equal("devestate", await page.EvaluateAsync<string>(@"() => {
                const e = document.querySelector('#editor'), at = e.selectionStart;
                return e.value.slice(e.value.lastIndexOf(' ', at - 1) + 1, e.value.indexOf(' ', at));
            }"));
            await page.ClickAsync("#popover button.fix >> nth=0");
            await page.WaitForFunctionAsync("() => /problems found/.test(document.querySelector('#status').textContent) && !document.querySelector('#status').classList.contains('busy')");
            Assert.Equal(scroll, await page.EvaluateAsync<int>("() => Math.round(document.querySelector('#editor').scrollTop)"));
            Assert.Equal(scroll, await page.EvaluateAsync<int>("() => Math.round(document.querySelector('#highlights').scrollTop)"));
        }
    }
}
