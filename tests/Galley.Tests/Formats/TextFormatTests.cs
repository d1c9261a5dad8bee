using System.Text;
using Galley.Checking;
using Galley.Fixes;
using Galley.Formats;
using Galley.Formats.Html;
using Galley.Formats.Markdown;

namespace Galley.Tests.Formats;

public class TextFormatTests
{
    private const string Markdown =
        "---\ntitle: A sufffocating night\n---\n\n# The Crossing\n\nThe glass *fellfrom* the shelf; run `sufffocating --now` to see.\n\n" +
        "```text\nThe glass fellfrom the shelf.\n```\n\n    indented sufffocating code\n\n- It was sufffocating in [the hold](http://example.com/sufffocating).\n";

    private static FormattedSource Read(IManuscriptFormat format, string path, string text) => format.Read(path, Encoding.UTF8.GetBytes(text));

    private static string FixAll(FormattedSource source)
    {
        var fixes = Checker.Check(source.Text).Diagnostics.Where(d => d.HasSafeFix).ToList();
        var applied = FixEngine.Apply(source.Text, fixes).Applied;
        return Encoding.UTF8.GetString(source.Apply(applied.SelectMany(d => d.Fixes[0].Edits)));
    }

    [Fact]
    public void Markdown_prose_is_fixed_and_code_front_matter_and_link_targets_are_untouched()
    {
        var source = Read(new MarkdownFormat(), "story.md", Markdown);
        Assert.DoesNotContain("title", source.Text);
        Assert.DoesNotContain("--now", source.Text);
        Assert.DoesNotContain("example.com", source.Text);
        string fixedText = FixAll(source);
        Assert.Equal(Markdown
            .Replace("*fellfrom*", "*fell from*")
            .Replace("- It was sufffocating", "- It was suffocating"), fixedText);
    }

    [Fact]
    public void Markdown_keeps_paragraph_boundaries()
    {
        var source = Read(new MarkdownFormat(), "story.md", "First para\nwraps here.\n\nSecond para.\n");
        Assert.Equal("First para wraps here.\n\nSecond para.\n\n", source.Text);
    }

    [Fact]
    public void Html_reads_the_body_in_order_and_skips_scripts_and_styles()
    {
        const string html = "<html><head><title>Sufffocating</title><style>p { color: red }</style></head><body>\n" +
            "<div class=\"chapter\"><h2>Chapter 1</h2>\n<p>The glass <em>fellfrom</em>   the shelf.</p>\n<script>var sufffocating = 1;</script>\n" +
            "<p>It was sufffocating &amp; dark, type <code>ls</code> to see.</p><pre><code>sufffocating</code></pre></div></body></html>";
        var source = Read(new HtmlFormat(), "story.html", html);
        Assert.Equal("Chapter 1\n\nThe glass fellfrom the shelf.\n\nIt was sufffocating & dark, type \uFFFC to see.\n\n", source.Text);
        string fixedText = FixAll(source);
        Assert.Contains("<p>The glass <em>fell from</em>   the shelf.</p>", fixedText);
        Assert.Contains("<p>It was suffocating &amp; dark, type <code>ls</code> to see.</p><pre><code>sufffocating</code></pre>", fixedText);
        Assert.Contains("<script>var sufffocating = 1;</script>", fixedText);
        Assert.Contains("<title>Sufffocating</title>", fixedText);
    }

    [Theory]
    [InlineData("story.md", Markdown)]
    [InlineData("story.html", "<!DOCTYPE html>\n<html><body>\n  <p>The glass <b>fellfrom</b> the shelf.</p>\n\n<p>\n   Tommorow it was sufffocating.</p></body></html>")]
    [InlineData("story.txt", "The glass fellfrom the shelf.\r\nTommorow it was sufffocating.")]
    [InlineData("story.md", "# One\r\n\r\nThe glass *fellfrom*\r\nthe shelf. Caf\u00e9 \U0001F600 talk.\r\n\r\n> Tommorow it was `x` sufffocating.\r\n")]
    public void Every_diagnostic_maps_back_to_the_same_text_in_the_file(string name, string text)
    {
        var source = ManuscriptFormats.For(name).Read(name, Encoding.UTF8.GetBytes(text));
        var diagnostics = Checker.Check(source.Text).Diagnostics;
        Assert.NotEmpty(diagnostics);
        var lines = new Galley.Source.LineIndex(text);
        foreach (var d in diagnostics)
        {
            var location = source.Locate(d.Span.Start);
            Assert.True(location.IsLineBased);
            Assert.Equal(source.Text.Substring(d.Span.Start, d.Span.Length), text.Substring(location.Offset!.Value, d.Span.Length));
            Assert.Equal((location.Line!.Value, location.Column!.Value), lines.GetPosition(location.Offset.Value));
        }
    }

    [Fact]
    public void Xhtml_keeps_its_xml_declaration_and_stays_well_formed()
    {
        var source = Read(new HtmlFormat(), "ch1.xhtml", FormatFixtures.Xhtml("<p>The glass fellfrom the shelf.<br/>Next.</p>"));
        string fixedText = FixAll(source);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", fixedText);
        Assert.Contains("fell from", fixedText);
        var xml = new System.Xml.XmlDocument();
        xml.LoadXml(fixedText.Replace("<!DOCTYPE html>", ""));
        Assert.Equal("html", xml.DocumentElement!.LocalName);
    }

    [Fact]
    public void Html_fixes_change_only_the_fixed_words_even_when_a_script_repeats_them()
    {
        const string html = "<!doctype html>\n<HTML>\n<body class=x>\n<script>\nlet s = 'The glass fellfrom';\n</script>\n" +
            "  <P>The glass <i>fellfrom</i>\n     the shelf.\n<p>Tommorow, we sail.</body></HTML>\n";
        string fixedText = FixAll(Read(new HtmlFormat(), "story.htm", html));
        Assert.Equal(html.Replace("<i>fellfrom</i>", "<i>fell from</i>").Replace("Tommorow,", "Tomorrow,"), fixedText);
    }

    [Fact]
    public void Html_text_written_with_references_is_fixed_by_rewriting_the_document()
    {
        const string html = "<html><body><p>Tommorow&hellip; the glass fellfrom the shelf.</p></body></html>";
        var source = Read(new HtmlFormat(), "story.html", html);
        Assert.StartsWith("Tommorow\u2026", source.Text);
        string fixedText = FixAll(source);
        Assert.Contains("Tomorrow\u2026 the glass fell from the shelf.", fixedText);
        Assert.Contains("<p>", fixedText);
    }

    [Fact]
    public void An_archive_download_reads_as_title_summary_and_chapters_without_its_tag_lists()
    {
        const string html = """
            <!DOCTYPE html>
            <html><head><meta charset="UTF-8"/><title>The Lamp Keeper - Someone</title><style>body{}</style></head>
            <body>
            <div id="preface">
              <p class="message">Posted originally on an archive.</p>
              <div class="meta"><dl class="tags"><dt>Rating:</dt><dd><a href="/tags/General">General Audiences</a></dd>
                <dt>Additional Tags:</dt><dd><a href="/t/1">Hurt/Comfort</a>, <a href="/t/2">Fluffbomb</a></dd></dl>
                <h1>The Lamp Keeper</h1><div class="byline">by <a rel="author" href="/u/x">someone</a></div>
                <p>Summary</p><blockquote class="userstuff"><p>A keeper waits for a ship.</p></blockquote></div>
            </div>
            <div id="chapters" class="userstuff">
              <h2 class="toc-heading">Chapter 1</h2>
              <div class="userstuff"><p>The lamp burned all night.</p><p>Morning came late.</p></div>
              <h2 class="toc-heading">Chapter 2</h2>
              <div class="userstuff"><p>The ship came in.</p></div>
            </div>
            <nav><a href="#c1">Chapter 1</a></nav>
            </body></html>
            """;
        var source = Read(new HtmlFormat(), "download.html", html);
        Assert.Equal("Posted originally on an archive.\n\nThe Lamp Keeper\n\nby someone\n\nSummary\n\nA keeper waits for a ship.\n\n" +
            "Chapter 1\n\nThe lamp burned all night.\n\nMorning came late.\n\nChapter 2\n\nThe ship came in.\n\n", source.Text);
    }
}
