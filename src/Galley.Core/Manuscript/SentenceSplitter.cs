using Galley.Lexicon;
using Galley.Text;

namespace Galley.Document;

/// <summary>Splits a paragraph's tokens into sentences. A sentence ends at . ! ? or an ellipsis (with any closing
/// quotes after it) when what follows starts a new sentence: not after a title (Dr. Groll) or an initial (J. Smith),
/// not when speech ending in ? or ! runs on into a lowercase tag ("Where?" he asked), not when an ellipsis trails
/// into more words (I... I don't), not when ? or ! runs on into a lowercase word inside a sentence (Oh! think of it).</summary>
internal static class SentenceSplitter
{
    public static void Split(string text, Token[] tokens, Paragraph paragraph, LanguageData language, List<Sentence> output)
    {
        int first = paragraph.FirstToken, end = paragraph.FirstToken + paragraph.TokenCount;
        paragraph.FirstSentence = output.Count;
        int start = first;
        for (int t = first; t < end; t++)
        {
            if (!paragraph.IsProse) break;
            var token = tokens[t];
            if (!IsTerminal(text, tokens, t, end)) continue;
            int after = t + 1;
            bool closedQuote = false;
            while (after < end && (tokens[after].Is(TokenFlags.Closing) || IsClosingBracket(text, tokens[after])))
            {
                closedQuote |= tokens[after].Is(TokenFlags.Closing);
                after++;
            }
            if (after >= end) break;
            if (EndsSentence(text, tokens, first, t, after, closedQuote, language))
            {
                Add(start, after);
                start = after;
                t = after - 1;
            }
        }
        if (start < end) Add(start, end);
        paragraph.SentenceCount = output.Count - paragraph.FirstSentence;

        void Add(int from, int to)
        {
            output.Add(new Sentence(output.Count, TextSpan.FromBounds(tokens[from].Start, tokens[to - 1].End), from, to - from, paragraph.Index));
            for (int i = from; i < to; i++)
            {
                if (!tokens[i].IsWord && tokens[i].Kind != TokenKind.Number) continue;
                tokens[i] = tokens[i].With(TokenFlags.SentenceStart);
                break;
            }
        }
    }

    private static bool IsClosingBracket(string text, Token token) => token.Kind == TokenKind.Bracket && text[token.Start] is ')' or ']' or '}';

    private static bool IsTerminal(string text, Token[] tokens, int t, int end)
    {
        var token = tokens[t];
        if (token.Kind == TokenKind.Ellipsis) return true;
        if (token.Kind == TokenKind.Punctuation) return CharClass.IsTerminal(text[token.Start]);
        // speech cut off by a dash: "I didn't mean—" She stopped.
        return token.Kind == TokenKind.Dash && t + 1 < end && tokens[t + 1].Is(TokenFlags.Closing);
    }

    private static bool EndsSentence(string text, Token[] tokens, int first, int t, int next, bool closedQuote, LanguageData language)
    {
        var token = tokens[t];
        var following = tokens[next];
        bool lowerNext = following.IsWord && char.IsLower(text[following.Start]);
        char mark = text[token.Start];
        if (token.Kind == TokenKind.Ellipsis)
        {
            if (lowerNext) return false;
            if (t > first && tokens[t - 1].Is(TokenFlags.Opening)) return false;       // "...is so precious" starts speech
            if (following.IsWord && IsPronounI(text, following) && !closedQuote) return false;   // I... I don't know
            return following.IsWord || following.Kind == TokenKind.Quote || following.Kind == TokenKind.Number;
        }
        if (token.Kind == TokenKind.Dash) return !lowerNext;
        if (mark == '.')
        {
            if (!closedQuote && t > first && tokens[t - 1].IsWord && tokens[t - 1].End == token.Start)
            {
                var previous = text.AsSpan(tokens[t - 1].Start, tokens[t - 1].Length + 1);
                var kind = language.GetAbbreviationKind(previous);
                if (kind is AbbreviationKind.Title or AbbreviationKind.Inner) return false;
                if (kind == AbbreviationKind.Any && !following.Is(TokenFlags.Capitalized)) return false;
                if (previous.Length == 2 && char.IsUpper(previous[0]) && following.Is(TokenFlags.Capitalized) && previous[0] != 'I') return false;   // J. Smith
            }
            return !(lowerNext && closedQuote);
        }
        // ? ! ?! followed by a lowercase word goes on with the same sentence, in speech or out of it: "Where?" he asked;
        // Oh! think of it; What? you here? (a full stop before a lowercase word still ends one)
        return !lowerNext;
    }

    private static bool IsPronounI(string text, Token token) => token.Length == 1 && text[token.Start] == 'I';
}
