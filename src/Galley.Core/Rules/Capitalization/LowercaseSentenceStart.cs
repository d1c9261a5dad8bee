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
              "after an ellipsis or a dash.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("The door slammed. she didn't look back.", "The door slammed. She didn't look back."),
        Example.Flag("\"Is it over?\" I asked. nobody answered.", "\"Is it over?\" I asked. Nobody answered."),
        Example.Flag("It was over.\n\nwe left at dawn.", "It was over.\n\nWe left at dawn."),
        Example.Flag("we left at dawn.", "We left at dawn."),
        Example.Keep("\"Where?\" he asked.", "a tag after a question mark"),
        Example.Keep("I waited... and waited.", "an ellipsis trailing on"),
        Example.Keep("Then the p. a. system crackled.", "a spaced abbreviation"),
        Example.Keep("They drove to Galena, Ill. and stayed a week, eating 3 lbs. of fudge.", "abbreviations"),
        Example.Keep("She bought an iPhone. iPhones were new then.", "a word styled with an inner capital"),
    ];

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var m = context.Manuscript;
        foreach (var sentence in m.Sentences)
        {
            if (!m.Paragraphs[sentence.Paragraph].IsProse) continue;
            int t = FirstWord(m, sentence);
            if (t < 0) continue;
            var token = m.Tokens[t];
            var word = m.TextOf(token);
            if (!char.IsLower(word[0]) || HasInnerCapital(word)) continue;
            if (!AfterSentenceEnd(context, sentence, t)) continue;
            if (t > 0 && m.Tokens[t - 1].Kind == TokenKind.Quote && token.Is(TokenFlags.SpaceBefore)) continue;   // ' know ': a detached quote
            sink.Report(Info, token.Span, "A sentence starts with a capital letter.", Fix.Replace(token.Span, Capitals.Upper(word)));
        }
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

    /// <summary>The sentence follows a full stop, question or exclamation mark (with any closing quotes), in its paragraph
    /// or at the end of the one before: a paragraph after one that trails off may go on with the same sentence.</summary>
    private static bool AfterSentenceEnd(CheckContext context, Sentence sentence, int t)
    {
        var m = context.Manuscript;
        int previous = sentence.FirstToken - 1;
        while (previous >= 0 && m.Tokens[previous].Is(TokenFlags.Closing)) previous--;
        if (previous < 0) return true;
        var mark = m.Tokens[previous];
        if (mark.Kind != TokenKind.Punctuation || m.Text[mark.Start] is not ('.' or '!' or '?')) return false;
        if (m.Text[mark.Start] != '.' || previous == 0 || !m.Tokens[previous - 1].IsWord) return true;
        bool unit = previous >= 2 && m.Tokens[previous - 2].Kind == TokenKind.Number && m.Tokens[previous - 1].Length <= 3;   // 3 lbs., 60 mm.
        return !unit && !IsAbbreviation(context, m.Tokens[previous - 1]);
    }

    /// <summary>A word before a full stop that is likely an abbreviation, so the sentence may not have ended: one in the
    /// abbreviation list, an initial (p. a.), a short capitalized word (Kan., Wm.), or letters the dictionary lacks (lbs.).</summary>
    private static bool IsAbbreviation(CheckContext context, in Token word)
    {
        var m = context.Manuscript;
        var text = m.TextOf(word);
        if (context.Lexicon.Language.GetAbbreviationKind(m.Text.AsSpan(word.Start, word.Length + 1)) != Lexicon.AbbreviationKind.None) return true;
        if (text.Length == 1 || (text.Length <= 4 && char.IsUpper(text[0]))) return true;
        return !context.IsKnownWord(text) && !context.IsKnownWord(Capitals.Lower(text));
    }

    private static bool HasInnerCapital(ReadOnlySpan<char> word)
    {
        foreach (char c in word[1..]) if (char.IsUpper(c)) return true;
        return false;
    }
}
