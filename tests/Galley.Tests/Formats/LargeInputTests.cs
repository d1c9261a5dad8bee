using System.Text;
using Galley.Formats.Html;
using Galley.Formats.Markdown;

namespace Galley.Tests.Formats;

/// <summary>A novel-length file and a 1 MB line are read, every word located. Speed is measured by the benchmarks
/// (scripts/bench/compare.sh); the timeouts here only guard against a hang.</summary>
public class LargeInputTests
{
    private static string Words(int count)
    {
        string[] words = ["the", "lamp", "burned", "all", "night", "and", "she", "waited", "by", "window"];
        var builder = new StringBuilder();
        for (int i = 0; i < count; i++) builder.Append(words[(i * 7) % words.Length]).Append(i % 12 == 11 ? ". " : " ");
        return builder.ToString();
    }

    [Fact(Timeout = 60_000)]
    public async Task A_one_megabyte_html_line_is_read_and_located()
    {
        await Task.Run(() =>
        {
            var line = Words(200_000);
            var html = $"<html><body><p class=\"a\">{line}<em>end</em></p></body></html>";
            var source = new HtmlFormat().Read("big.html", Encoding.UTF8.GetBytes(html));
            int last = source.Text.LastIndexOf("window", StringComparison.Ordinal);
            var location = source.Locate(last);
            Assert.Equal("window", html.Substring(location.Offset!.Value, 6));
        }, TestContext.Current.CancellationToken);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_novel_length_markdown_file_is_read()
    {
        await Task.Run(() =>
        {
            var markdown = string.Join("\n\n", Enumerable.Range(0, 5_000).Select(i => $"*Chapter* {i}: " + Words(20)));
            var source = new MarkdownFormat().Read("big.md", Encoding.UTF8.GetBytes(markdown));
            Assert.True(source.Map.Pieces.Count >= 5_000);
        }, TestContext.Current.CancellationToken);
    }
}
