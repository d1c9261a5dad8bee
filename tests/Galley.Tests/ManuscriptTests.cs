using Galley.Document;
using Galley.Lexicon;

namespace Galley.Tests;

public class ManuscriptTests
{
    private static Manuscript Parse(string text) => Manuscript.Parse(text, Lexicon.Lexicon.Default.Language);

    private static string[] Sentences(string text)
    {
        var m = Parse(text);
        return m.Sentences.Select(s => text.Substring(s.Span.Start, s.Span.Length)).ToArray();
    }

    private static string[] Words(string text)
    {
        var m = Parse(text);
        return m.Tokens.Where(t => t.IsWord).Select(t => m.StringOf(t)).ToArray();
    }

    [Theory]
    [InlineData("Dr. Groll said no. Mr. Smith agreed.", new[] { "Dr. Groll said no.", "Mr. Smith agreed." })]
    [InlineData("It was 9 a.m. when she left. J. R. Hale waved.", new[] { "It was 9 a.m. when she left.", "J. R. Hale waved." })]
    [InlineData("\"Stay,\" he said. She stayed.", new[] { "\"Stay,\" he said.", "She stayed." })]
    [InlineData("\"Where?\" he asked. Nobody knew.", new[] { "\"Where?\" he asked.", "Nobody knew." })]
    [InlineData("I... I don't know. Maybe.", new[] { "I... I don't know.", "Maybe." })]
    [InlineData("\"...is so precious,\" she said.", new[] { "\"...is so precious,\" she said." })]
    [InlineData("He waited\u2026 Nothing came.", new[] { "He waited\u2026", "Nothing came." })]
    [InlineData("\"Don't touch you-\" he began. It was too late.", new[] { "\"Don't touch you-\" he began.", "It was too late." })]
    [InlineData("She ran -- fast -- and hid. Then silence.", new[] { "She ran -- fast -- and hid.", "Then silence." })]
    [InlineData("\"Go!\" She pointed. \"Now.\"", new[] { "\"Go!\"", "She pointed.", "\"Now.\"" })]
    [InlineData("We paid $3.50 for it. Cheap.", new[] { "We paid $3.50 for it.", "Cheap." })]
    [InlineData("\"I love you...\" she whispered. He left.", new[] { "\"I love you...\" she whispered.", "He left." })]
    [InlineData("She ran\u2014fast\u2014and hid. Then silence.", new[] { "She ran\u2014fast\u2014and hid.", "Then silence." })]
    [InlineData("The years 1990\u20131995 passed. We aged.", new[] { "The years 1990\u20131995 passed.", "We aged." })]
    [InlineData("We drove 60 m.p.h. on the road. It was late.", new[] { "We drove 60 m.p.h. on the road.", "It was late." })]
    [InlineData("The deed was witnessed by Wm. Ashby and Chas. Penrose. Then it was sealed.",
        new[] { "The deed was witnessed by Wm. Ashby and Chas. Penrose.", "Then it was sealed." })]
    [InlineData("Oh! think of it. We went.", new[] { "Oh! think of it.", "We went." })]
    [InlineData("What? you here? Come in.", new[] { "What? you here?", "Come in." })]
    [InlineData("He paused . . . then spoke. Silence . . . . We left.", new[] { "He paused . . . then spoke.", "Silence . . . .", "We left." })]
    public void Splits_sentences(string text, string[] expected) => Assert.Equal(expected, Sentences(text));

    [Fact]
    public void Words_keep_apostrophes_and_hyphens()
    {
        Assert.Equal(["don't", "could've", "Clark's", "y'all", "'em", "rock", "'n'", "roll", "well-known", "nothin'", "boys'"],
            Words("don't could've Clark's y'all 'em rock 'n' roll well-known nothin' the boys' bikes").Where(w => w is not ("the" or "bikes")).ToArray());
        Assert.Equal(["don\u2019t", "Clark\u2019s"], Words("\u201cdon\u2019t\u201d Clark\u2019s"));
    }

    [Fact]
    public void Spaced_dots_are_one_ellipsis()
    {
        var m = Parse("Wait . . . no. Then . . . . Done. A . B");
        var ellipses = m.Tokens.Where(t => t.Kind == TokenKind.Ellipsis).Select(t => m.StringOf(t)).ToArray();
        Assert.Equal([". . .", ". . . ."], ellipses);
    }

    [Fact]
    public void Dotted_abbreviations_are_one_word()
    {
        Assert.Equal(["a.m.", "m.p.h.", "U.S.A."], Words("a.m. m.p.h. U.S.A."));
    }

    [Fact]
    public void Numbers_urls_and_emails_are_their_own_tokens()
    {
        var m = Parse("On the 3rd, 1,000 fans went to www.example.com and wrote to ana@example.org at 10:30.");
        var kinds = m.Tokens.Select(t => (m.StringOf(t), t.Kind)).ToList();
        Assert.Contains(("3rd", TokenKind.Number), kinds);
        Assert.Contains(("1,000", TokenKind.Number), kinds);
        Assert.Contains(("10:30", TokenKind.Number), kinds);
        Assert.Contains(("www.example.com", TokenKind.Url), kinds);
        Assert.Contains(("ana@example.org", TokenKind.Email), kinds);
    }

    [Fact]
    public void Offsets_are_utf16_and_survive_crlf_and_non_ascii()
    {
        string text = "Caf\u00e9 \U0001F600 time.\r\n\r\nShe sm\u00efled.";
        var m = Parse(text);
        Assert.Equal(2, m.Paragraphs.Count);
        foreach (var t in m.Tokens) Assert.False(char.IsLowSurrogate(text[t.Start]));
        var smiled = m.Tokens.Single(t => m.StringOf(t) == "sm\u00efled");
        Assert.Equal(text.IndexOf("sm\u00efled", StringComparison.Ordinal), smiled.Start);
        var lines = new Galley.Source.LineIndex(text);
        Assert.Equal((3, 5), lines.GetPosition(smiled.Start));
        Assert.Equal((1, 6), lines.GetPosition(text.IndexOf("\U0001F600", StringComparison.Ordinal)));
    }

    [Fact]
    public void Lone_cr_line_endings_separate_paragraphs()
    {
        var m = Parse("One line.\rTwo line.\rThree.");
        Assert.Equal(3, m.Paragraphs.Count);
    }

    [Fact]
    public void Speech_is_marked_and_mentions_are_not()
    {
        string text = "\"I'm gonna go,\" he said. The door shut with a loud 'thunk' and she wrote the word \"love\" twice.";
        var m = Parse(text);
        var speech = m.Quotations.Where(q => q.IsSpeech).Select(q => text.Substring(q.Span.Start, q.Span.Length)).ToList();
        Assert.Equal(["\"I'm gonna go,\""], speech);
        var gonna = m.Tokens.Single(t => m.StringOf(t) == "gonna");
        Assert.True(gonna.Is(TokenFlags.InSpeech));
        var said = m.Tokens.Single(t => m.StringOf(t) == "said");
        Assert.False(said.Is(TokenFlags.InSpeech));
        var thunk = m.Tokens.Single(t => m.StringOf(t) == "thunk");
        Assert.True(thunk.Is(TokenFlags.InMention));
        Assert.False(thunk.Is(TokenFlags.InSpeech));
    }

    [Fact]
    public void Curly_quotes_and_british_single_quotes_are_speech()
    {
        var curly = Parse("\u201cWait,\u201d she said. \u201cPlease.\u201d");
        Assert.Equal(2, curly.Quotations.Count(q => q.IsSpeech));
        var british = Parse("'I shan't be long,' she said. 'Wait for me here, and don't let the dog out.'");
        Assert.Equal(2, british.Quotations.Count(q => q.IsSpeech));
    }

    [Fact]
    public void Speech_continuing_into_the_next_paragraph_is_recognized()
    {
        var m = Parse("\"It began long ago. We were young.\n\n\"Then the war came,\" he said.");
        var first = m.Quotations[0];
        Assert.False(first.IsClosed);
        Assert.True(first.ContinuesInNextParagraph);
    }

    [Theory]
    [InlineData("Chapter 3", ParagraphKind.Heading)]
    [InlineData("Lana POV:", ParagraphKind.Heading)]
    [InlineData("* * *", ParagraphKind.SceneBreak)]
    [InlineData("-x-x-x-", ParagraphKind.SceneBreak)]
    [InlineData("# Part One", ParagraphKind.Heading)]
    [InlineData("\"No.\"", ParagraphKind.Prose)]
    [InlineData("She left.", ParagraphKind.Prose)]
    public void Headings_and_scene_breaks_are_recognized(string line, ParagraphKind kind)
    {
        var m = Parse(line + "\n\nThe story goes on here.");
        Assert.Equal(kind, m.Paragraphs[0].Kind);
        Assert.Equal(ParagraphKind.Prose, m.Paragraphs[1].Kind);
    }

    [Fact]
    public void Hard_wrapped_text_joins_lines_into_paragraphs()
    {
        string text = string.Join("\n", Enumerable.Repeat("The quick brown fox jumped over the lazy dog and kept on running far.", 4))
            + "\n\n" + string.Join("\n", Enumerable.Repeat("Another paragraph of wrapped prose goes here, line after line after line.", 3));
        var m = Parse(text);
        Assert.Equal(2, m.Paragraphs.Count);
    }

    private const string WrappedProse = "The quick brown fox jumped over the lazy dog and kept on running far.";

    [Fact]
    public void A_stanza_in_wrapped_text_is_verse()
    {
        string prose = string.Join("\n", Enumerable.Repeat(WrappedProse, 3));
        var m = Parse(prose + "\n\n    Down by the Mill the Water ran,\n      And still it runs today;\n    The Miller sleeps\n\n" + prose);
        Assert.Equal([ParagraphKind.Prose, ParagraphKind.Verse, ParagraphKind.Prose], m.Paragraphs.Select(p => p.Kind));
    }

    [Fact]
    public void A_stanza_set_off_by_blank_lines_is_verse_in_text_with_a_paragraph_to_a_line()
    {
        var m = Parse("She hummed the tune.\n\nDown by the Mill the Water ran,\nAnd still it runs today;\nThe Miller sleeps\nBeneath the Hay.\n\nThen she stopped.");
        Assert.Equal([ParagraphKind.Prose, ParagraphKind.Verse, ParagraphKind.Prose], m.Paragraphs.Select(p => p.Kind));
    }

    [Theory]
    [InlineData("\"Come here.\"\n\"No.\"\n\"Please.\"\n\"Fine.\"")]                         // short lines of dialogue end their sentences
    [InlineData("He knocked.\nShe opened the door.\nThey looked at each other.\nNobody spoke.")]
    [InlineData("Over the hill,\nAnd through the wood,\nThen she stopped. Nobody was there.")]   // a sentence ends inside a line
    public void Short_lines_of_prose_are_not_verse(string text)
    {
        Assert.All(Parse(text).Paragraphs, p => Assert.Equal(ParagraphKind.Prose, p.Kind));
    }

    /// <summary>Parsing reuses one token list per thread: a short text parsed after a long one must keep none of its tokens.</summary>
    [Fact]
    public void A_parse_after_a_longer_one_keeps_none_of_its_tokens()
    {
        const string small = "\"Wait,\" she said. He did.";
        var fresh = Parse(small).Tokens;
        _ = Parse(string.Concat(Enumerable.Repeat("The tall man walked home in the rain, slowly. ", 200)));
        var after = Parse(small).Tokens;
        Assert.Equal(fresh, after);
        Assert.Equal(["Wait", "she", "said", "He", "did"], Words(small));
    }
}
