using Galley.Formats;

namespace Galley.Tests.Formats;

/// <summary>Reading an editor's text (already decoded) as `galley check` reads the file, and placing the end of a
/// span in it without the markup that follows.</summary>
public sealed class ReadTextTests
{
    [Theory]
    [InlineData("notes.md", "markdown", "She *really* left the [dock](dock.png) at `noon`.\n", "She really left the dock at")]
    [InlineData("notes.html", "html", "<p>She <em>really</em> left the dock &amp; the pier.</p>", "She really left the dock & the pier.")]
    [InlineData("notes.txt", "txt", "She *really* left.\n", "She *really* left.")]
    [InlineData("untitled", "txt", "<p>Plain.</p>", "<p>Plain.</p>")]
    public void An_editor_text_is_read_by_the_reader_its_name_calls_for(string name, string format, string text, string prose)
    {
        var source = ManuscriptFormats.ReadText(name, text);
        Assert.Equal(format, source.Format);
        Assert.StartsWith(prose, source.Text);
        Assert.Equal(text, source.SourceText);
    }

    [Fact]
    public void A_byte_order_mark_character_in_the_text_keeps_its_place()
    {
        var source = ManuscriptFormats.ReadText("notes.txt", "\uFEFFHello there.");
        Assert.Equal("\uFEFFHello there.", source.Text);
    }

    [Fact]
    public void Edits_are_written_back_as_utf8_without_a_byte_order_mark_of_their_own()
    {
        var source = ManuscriptFormats.ReadText("notes.md", "\uFEFFThe *tide* truned.\n");
        int at = source.Text.IndexOf("truned", StringComparison.Ordinal);
        var bytes = source.Apply([new Galley.Diagnostics.TextEdit(new Galley.Text.TextSpan(at, 6), "turned")]);
        Assert.Equal("\uFEFFThe *tide* turned.\n", System.Text.Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void A_span_ends_before_the_markup_that_follows_its_last_word()
    {
        const string markdown = "The *tide* turned and the `rope` held.\n";
        var source = ManuscriptFormats.ReadText("scene.md", markdown);
        int tide = source.Text.IndexOf("tide", StringComparison.Ordinal);
        Assert.Equal(markdown.IndexOf("tide", StringComparison.Ordinal), source.Locate(tide).Offset);
        // Locate gives where the next prose character comes from (after the closing *); LocateEnd stops at the word.
        Assert.Equal(markdown.IndexOf("* turned", StringComparison.Ordinal) + 1, source.Locate(tide + 4).Offset);
        Assert.Equal(markdown.IndexOf("* turned", StringComparison.Ordinal), source.LocateEnd(tide + 4).Offset);
        // After a synthesized character (the placeholder for inline code) there is no word to stop at.
        int placeholder = source.Text.IndexOf('\uFFFC');
        Assert.Equal(source.Locate(placeholder + 1).Offset, source.LocateEnd(placeholder + 1).Offset);
    }
}
