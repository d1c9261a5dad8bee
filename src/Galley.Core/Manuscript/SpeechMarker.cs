using Galley.Lexicon;

namespace Galley.Document;

/// <summary>Pairs quotation marks within each paragraph, decides which quoted spans are speech, and flags the
/// tokens inside speech. Straight quotes are paired by alternation, corrected by their shape (a quote after a
/// space and before a letter opens; one after a word and before a space closes).</summary>
internal static class SpeechMarker
{
    public static (List<Quotation> Quotations, List<int> Unpaired) Mark(string text, Token[] tokens, List<Paragraph> paragraphs, LanguageData language) =>
        Mark(text, tokens, paragraphs, language, britishStyle: null, out _);

    /// <summary>Marks speech; <paramref name="britishStyle"/> overrides the style decision when one paragraph is parsed
    /// apart from its manuscript (the style is the whole manuscript's). <paramref name="votes"/>: the sentence-like
    /// double- and single-quoted spans that decide the style, so a caller can add them up over many paragraphs.</summary>
    public static (List<Quotation> Quotations, List<int> Unpaired) Mark(string text, Token[] tokens, List<Paragraph> paragraphs,
        LanguageData language, bool? britishStyle, out SpeechStyleVotes votes)
    {
        var quotations = new List<Quotation>();
        var unpaired = new List<int>();
        var doubles = new List<Quotation>();
        var singles = new List<Quotation>();
        foreach (var paragraph in paragraphs)
        {
            if (!paragraph.IsProse) continue;
            Pair(text, tokens, paragraph, isDouble: true, doubles, unpaired);
            Pair(text, tokens, paragraph, isDouble: false, singles, unpaired);
        }

        // Most writers use double quotes for speech; British style uses single quotes. Whichever style holds
        // more sentence-like spans is speech; single-quoted spans in a double-quote text are mentions ('we').
        int doubleSpeechy = CountSentenceLike(text, tokens, doubles);
        int singleSpeechy = CountSentenceLike(text, tokens, singles);
        votes = new SpeechStyleVotes(doubleSpeechy, singleSpeechy);
        bool british = britishStyle ?? votes.BritishStyle;
        foreach (var q in doubles) quotations.Add(q with { IsSpeech = !IsMention(text, tokens, q, paragraphs[q.Paragraph], language) });
        foreach (var q in singles) quotations.Add(q with { IsSpeech = british && !IsMention(text, tokens, q, paragraphs[q.Paragraph], language) && !InsideOther(q, doubles) });
        quotations.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));

        for (int i = 0; i < quotations.Count; i++)
        {
            var q = quotations[i];
            if (!q.IsClosed && q.IsSpeech)
                quotations[i] = q with { ContinuesInNextParagraph = NextParagraphOpensSpeech(tokens, paragraphs, q.Paragraph) };
            int last = q.IsClosed ? q.CloseToken : paragraphs[q.Paragraph].FirstToken + paragraphs[q.Paragraph].TokenCount;
            var flag = q.IsSpeech ? TokenFlags.InSpeech : TokenFlags.InMention;
            for (int t = q.OpenToken + 1; t < last; t++) tokens[t] = tokens[t].With(flag);
            for (int t = q.OpenToken + 1; t < last; t++)
                if (tokens[t].IsWord) { tokens[t] = tokens[t].With(TokenFlags.SpeechStart); break; }
        }
        return (quotations, unpaired);
    }

    private static void Pair(string text, Token[] tokens, Paragraph paragraph, bool isDouble, List<Quotation> output, List<int> unpaired)
    {
        int open = -1;
        int end = paragraph.FirstToken + paragraph.TokenCount;
        for (int t = paragraph.FirstToken; t < end; t++)
        {
            var token = tokens[t];
            if (token.Kind != TokenKind.Quote) continue;
            char c = text[token.Start];
            if (CharClass.IsDoubleQuote(c) != isDouble) continue;
            var shape = Shape(text, tokens, t, paragraph);
            if (open < 0)
            {
                if (shape == QuoteShape.Closing) { unpaired.Add(t); continue; }
                open = t;
            }
            else if (shape == QuoteShape.Opening && !isDouble)
            {
                continue;   // a nested or stray single quote: keep the outer one open
            }
            else if (shape == QuoteShape.Opening && CharClass.IsDoubleQuote(c) && c != '"' )
            {
                output.Add(Unclosed(tokens, open, paragraph));   // a new curly opening quote: the previous speech was never closed
                open = t;
            }
            else
            {
                tokens[open] = tokens[open].With(TokenFlags.Opening);
                tokens[t] = tokens[t].With(TokenFlags.Closing);
                output.Add(new Quotation(Galley.Text.TextSpan.FromBounds(tokens[open].Start, token.End), open, t, true, paragraph.Index));
                open = -1;
            }
        }
        if (open >= 0) output.Add(Unclosed(tokens, open, paragraph));
    }

    private static Quotation Unclosed(Token[] tokens, int open, Paragraph paragraph)
    {
        tokens[open] = tokens[open].With(TokenFlags.Opening);
        return new Quotation(Galley.Text.TextSpan.FromBounds(tokens[open].Start, paragraph.Span.End), open, -1, true, paragraph.Index);
    }

    private enum QuoteShape { Opening, Closing, Either }

    private static QuoteShape Shape(string text, Token[] tokens, int t, Paragraph paragraph)
    {
        char c = text[tokens[t].Start];
        if (c is '\u201C' or '\u2018' or '\u201E' or '\u00AB') return QuoteShape.Opening;
        if (c is '\u201D' or '\u2019' or '\u00BB') return QuoteShape.Closing;
        int start = tokens[t].Start, end = tokens[t].End;
        bool spaceBefore = start == paragraph.Span.Start || CharClass.IsWhiteSpace(text[start - 1]) || text[start - 1] is '(' or '[' || CharClass.IsDash(text[start - 1]);
        bool spaceAfter = end >= paragraph.Span.End || CharClass.IsWhiteSpace(text[end]);
        bool letterAfter = end < paragraph.Span.End && (char.IsLetterOrDigit(text[end]) || text[end] is '.' or '\u2026' or '\'' or '\u2018');
        bool punctuationBefore = start > paragraph.Span.Start && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '.' or ',' or '!' or '?' or '\u2026' or '-' or ';' or ':');
        if (spaceBefore && letterAfter) return QuoteShape.Opening;
        if (punctuationBefore && (spaceAfter || !char.IsLetterOrDigit(text[end]))) return QuoteShape.Closing;
        return QuoteShape.Either;
    }

    /// <summary>Speech-like: four or more words, or any sentence punctuation inside.</summary>
    private static bool LooksSentenceLike(string text, Token[] tokens, Quotation q)
    {
        int words = 0;
        int end = q.IsClosed ? q.CloseToken : q.OpenToken + 1;
        if (!q.IsClosed) return true;
        for (int t = q.OpenToken + 1; t < end; t++)
        {
            if (tokens[t].IsWord) words++;
            else if (tokens[t].Kind is TokenKind.Punctuation or TokenKind.Ellipsis or TokenKind.Dash) return true;
        }
        return words >= 4;
    }

    private static int CountSentenceLike(string text, Token[] tokens, List<Quotation> quotations)
    {
        int count = 0;
        foreach (var q in quotations) if (LooksSentenceLike(text, tokens, q)) count++;
        return count;
    }

    /// <summary>A mention, title or sound rather than speech: at most three words with no punctuation,
    /// running on from a word of the same sentence (`the word "love" hung there`, `a loud 'thunk'`),
    /// unless that word is a speech verb (`she whispered "go"`).</summary>
    private static bool IsMention(string text, Token[] tokens, Quotation q, Paragraph paragraph, LanguageData language)
    {
        if (!q.IsClosed || LooksSentenceLike(text, tokens, q) || q.OpenToken <= paragraph.FirstToken) return false;
        var before = tokens[q.OpenToken - 1];
        return before.Kind == TokenKind.Word && !language.IsSpeechVerb(text.AsSpan(before.Start, before.Length));
    }

    private static bool InsideOther(Quotation q, List<Quotation> others)
    {
        foreach (var o in others) if (o.Span.Contains(q.Span) && o.Span != q.Span) return true;
        return false;
    }

    private static bool NextParagraphOpensSpeech(Token[] tokens, List<Paragraph> paragraphs, int index)
    {
        if (index + 1 >= paragraphs.Count) return false;
        var next = paragraphs[index + 1];
        return next.IsProse && next.TokenCount > 0 && tokens[next.FirstToken].Kind == TokenKind.Quote;
    }
}

/// <summary>How many sentence-like spans each quotation style holds; the style with more is the speech style.</summary>
internal readonly record struct SpeechStyleVotes(int Double, int Single)
{
    public bool BritishStyle => Single > Double;
    public static SpeechStyleVotes operator +(SpeechStyleVotes a, SpeechStyleVotes b) => new(a.Double + b.Double, a.Single + b.Single);
}
