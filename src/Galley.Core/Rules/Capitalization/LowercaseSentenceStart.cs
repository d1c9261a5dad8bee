using Galley.Checking;
using Galley.Diagnostics;
using Galley.Document;

namespace Galley.Rules.Capitalization;

public sealed class LowercaseSentenceStart : Rule
{
    public override RuleInfo Info { get; } = new(
        "GL1004", "lowercase-sentence-start", Category.Capitalization, Severity.Warning,
        "A sentence that starts with a lowercase letter.",
        Help: "The first word after a full stop, question mark or exclamation mark, and the first word of a paragraph, take a " +
              "capital (unless the paragraph before ends without one: a sentence may run on). Words styled with an inner capital (iPhone, eBay) are left as they are, and so is speech that goes on " +
              "after an ellipsis (... or . . .) or a dash. A lowercase word after a question or exclamation mark goes on with the same " +
              "sentence, as period and literary fiction has it (Oh! think of it; What? you here?); after a full stop it starts a new one.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("The door slammed. she didn't look back.", "The door slammed. She didn't look back."),
        Example.Flag("\"Is it over?\" I asked. nobody answered.", "\"Is it over?\" I asked. Nobody answered."),
        Example.Flag("It was over.\n\nwe left at dawn.", "It was over.\n\nWe left at dawn."),
        Example.Flag("we left at dawn.", "We left at dawn."),
        Example.Keep("\"Where?\" he asked.", "a tag after a question mark"),
        Example.Keep("I waited... and waited.", "an ellipsis trailing on"),
        Example.Keep("I waited . . . and waited.", "a spaced ellipsis trailing on"),
        Example.Keep("\"Ah! you have come at last,\" she cried.", "an exclamation inside a sentence"),
        Example.Keep("What? you here? and at this hour?", "questions running on in lowercase"),
        Example.Keep("\"Ho! ho!\" laughed the miller.", "a repeated cry"),
        Example.Flag("She asked twice? nobody answered. then he left.", "She asked twice? nobody answered. Then he left."),
        Example.Keep("Then the p. a. system crackled.", "a spaced abbreviation"),
        Example.Keep("They drove to Galena, Ill. and stayed a week, eating 3 lbs. of fudge.", "abbreviations"),
        Example.Keep("She bought an iPhone. iPhones were new then.", "a word styled with an inner capital"),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var m = context.Manuscript;
        foreach (var sentence in m.Sentences)
        {
            var paragraph = m.Paragraphs[sentence.Paragraph];
            if (!paragraph.IsProse) continue;
            int t = FirstWord(m, sentence);
            if (t < 0) continue;
            var token = m.Tokens[t];
            var word = m.TextOf(token);
            if (!char.IsLower(word[0]) || HasInnerCapital(word)) continue;
            var before = sentence.FirstToken > paragraph.FirstToken ? null : EndOfParagraphBefore(context, paragraph);
            bool afterEnd = sentence.FirstToken > paragraph.FirstToken ? EndsSentence(context, paragraph.FirstToken, sentence.FirstToken - 1) : before?.EndsSentence ?? true;
            if (!afterEnd) continue;
            bool quoteBefore = t > paragraph.FirstToken ? m.Tokens[t - 1].Kind == TokenKind.Quote : before?.EndsWithQuote ?? false;
            if (quoteBefore && token.Is(TokenFlags.SpaceBefore)) continue;   // ' know ': a detached quote
            sink.Report(Info, token.Span, "A sentence starts with a capital letter.", Fix.Replace(token.Span, Capitals.Upper(word)));
        }
    }

    /// <summary>How the paragraph before this one ends, or null for the first: a paragraph checked on its own reads it
    /// from its neighbours.</summary>
    private static ParagraphEnd? EndOfParagraphBefore(CheckContext context, Paragraph paragraph)
    {
        if (context.Document is not null) return context.Neighbours.PreviousEnd;
        return paragraph.Index == 0 ? null : EndOf(context, context.Manuscript.Paragraphs[paragraph.Index - 1]);
    }

    /// <summary>Whether the check of a one-paragraph manuscript may read how the paragraph before ends: its first word
    /// starts with a lowercase letter.</summary>
    internal static bool ReadsParagraphBefore(Manuscript m)
    {
        foreach (var token in m.Tokens)
            if (token.IsWord) return char.IsLower(m.Text[token.Start]);
        return false;
    }

    /// <summary>Whether a paragraph ends a sentence and whether its last token is a quote: what the first sentence of
    /// the next paragraph needs to know of it.</summary>
    internal static ParagraphEnd EndOf(CheckContext context, Paragraph paragraph)
    {
        int last = paragraph.FirstToken + paragraph.TokenCount - 1;
        var m = context.Manuscript;
        return new ParagraphEnd(EndsSentence(context, paragraph.FirstToken, last), last >= paragraph.FirstToken && m.Tokens[last].Kind == TokenKind.Quote);
    }

    /// <summary>The first word, when only quotes or brackets come before it.</summary>
    private static int FirstWord(Manuscript m, Sentence sentence)
    {
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            var token = m.Tokens[t];
            if (token.IsWord) return t;
            if (token.Kind is not (TokenKind.Quote or TokenKind.Bracket)) return -1;
        }
        return -1;
    }

    /// <summary>A sentence ends at <paramref name="previous"/> (a full stop, question or exclamation mark, with any
    /// closing quotes), looking no further back than <paramref name="first"/>, the start of its paragraph: a paragraph
    /// after one that trails off may go on with the same sentence.</summary>
    private static bool EndsSentence(CheckContext context, int first, int previous)
    {
        var m = context.Manuscript;
        while (previous >= first && m.Tokens[previous].Is(TokenFlags.Closing)) previous--;
        if (previous < first) return true;
        var mark = m.Tokens[previous];
        if (mark.Kind != TokenKind.Punctuation || m.Text[mark.Start] is not ('.' or '!' or '?')) return false;
        if (m.Text[mark.Start] != '.' || previous == first || !m.Tokens[previous - 1].IsWord) return true;
        bool unit = previous >= first + 2 && m.Tokens[previous - 2].Kind == TokenKind.Number && m.Tokens[previous - 1].Length <= 3;   // 3 lbs., 60 mm.
        return !unit && !IsAbbreviation(context, m.Tokens[previous - 1]);
    }

    /// <summary>A word before a full stop that is likely an abbreviation, so the sentence may not have ended: one in the
    /// abbreviation list, an initial (p. a.), a short capitalized word (Kan., Wm.), or letters the dictionary lacks (lbs.).</summary>
    private static bool IsAbbreviation(CheckContext context, in Token word)
    {
        var m = context.Manuscript;
        var text = m.TextOf(word);
        if (context.IsListedAbbreviation(word)) return true;
        if (text.Length == 1 || (text.Length <= 4 && char.IsUpper(text[0]))) return true;
        return !context.IsKnownWord(text) && !context.IsKnownWord(Capitals.Lower(text));
    }

    private static bool HasInnerCapital(ReadOnlySpan<char> word)
    {
        foreach (char c in word[1..]) if (char.IsUpper(c)) return true;
        return false;
    }
}

/// <summary>How a paragraph ends, as the first sentence of the next one reads it.</summary>
internal readonly record struct ParagraphEnd(bool EndsSentence, bool EndsWithQuote);
