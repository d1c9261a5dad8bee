using Galley.Document;

namespace Galley.Context;

/// <summary>A TnT-style trigram HMM part-of-speech tagger trained on the Brown corpus (data/context): interpolated
/// tag trigrams, word emissions from the tag lexicon, a suffix model for unknown words, a capitalization cue
/// for proper nouns, exact second-order Viterbi decoding. Thread-safe; the model loads once on first use.</summary>
public static class PosTagger
{
    private const int MaxWordLength = 64;

    /// <summary>Tags one sentence given as tokens in Brown style (punctuation as separate tokens, contractions whole).</summary>
    public static PosTag[] Tag(IReadOnlyList<string> sentence)
    {
        var tags = new PosTag[sentence.Count];
        Tag(sentence, tags);
        return tags;
    }

    /// <summary>Tags one sentence into <paramref name="tags"/> and returns the log probability of the best tagging.</summary>
    public static float Tag(IReadOnlyList<string> sentence, Span<PosTag> tags)
    {
        var viterbi = Viterbi.ForThread();
        viterbi.Reset();
        for (int i = 0; i < sentence.Count; i++) AddWord(viterbi, sentence[i], sentenceInitial: i == 0 || IsOpeningQuote(sentence[i - 1]), isName: false);
        return viterbi.Decode(tags);
    }

    /// <summary>Tags the tokens <paramref name="first"/>..<paramref name="end"/> of a manuscript as one sentence.</summary>
    internal static float Tag(Manuscript manuscript, int first, int end, Span<PosTag> tags, Func<ReadOnlySpan<char>, bool>? isName = null) =>
        Tag(Viterbi.ForThread(), manuscript, first, end, tags, isName, null);

    /// <summary><paramref name="words"/>: the manuscript's words as the tagger emits them, when the caller keeps them
    /// for the whole check.</summary>
    internal static float Tag(Viterbi viterbi, Manuscript manuscript, int first, int end, Span<PosTag> tags, Func<ReadOnlySpan<char>, bool>? isName,
        TaggerWords? words)
    {
        viterbi.Reset();
        var tokens = manuscript.Tokens;
        bool initial = true;
        for (int t = first; t < end; t++)
        {
            var token = tokens[t];
            AddToken(viterbi, manuscript, t, initial, isName, words);
            initial = token.Kind == TokenKind.Quote && token.Is(TokenFlags.Opening) || token.Kind == TokenKind.Dash && initial;
        }
        return viterbi.Decode(tags);
    }

    /// <summary>The log probability of the best tagging of tokens <paramref name="first"/>..<paramref name="end"/>
    /// taken as a sentence, with the tokens at <paramref name="replaceAt"/> (<paramref name="replaceCount"/> of them)
    /// replaced by <paramref name="replacement"/> when it is not null.</summary>
    internal static float ScoreWindow(Manuscript manuscript, int first, int end, int replaceAt, int replaceCount, string[]? replacement)
    {
        var viterbi = Viterbi.ForThread();
        viterbi.Reset();
        bool initial = first == manuscript.SentenceOf(first).FirstToken;
        for (int t = first; t < end; t++)
        {
            var token = manuscript.Tokens[t];
            if (replacement is not null && t == replaceAt)
            {
                foreach (var word in replacement) { AddWord(viterbi, word, initial, false); initial = false; }
                t += replaceCount - 1;
                continue;
            }
            AddToken(viterbi, manuscript, t, initial, null);
            initial = token.Kind == TokenKind.Quote && token.Is(TokenFlags.Opening);
        }
        Span<PosTag> tags = stackalloc PosTag[viterbi.Positions];
        return viterbi.Decode(tags);
    }

    private static void AddToken(Viterbi viterbi, Manuscript manuscript, int index, bool initial, Func<ReadOnlySpan<char>, bool>? isName,
        TaggerWords? words = null)
    {
        var token = manuscript.Tokens[index];
        if (token.Kind is TokenKind.Word or TokenKind.Number)
        {
            var word = manuscript.TextOf(token);
            bool name = !initial && token.Is(TokenFlags.Capitalized) && isName is not null && isName(word);
            if (words is not null) words.Add(viterbi, index, word, initial, name);
            else AddWord(viterbi, word, initial, name);
            return;
        }
        var text = BrownText(manuscript, index);
        if (token.Kind is TokenKind.Url or TokenKind.Email or TokenKind.Symbol && !IsKnownWord(text))
        {
            viterbi.AddCandidate(token.Kind == TokenKind.Symbol ? viterbi.Model.PunctTag : viterbi.Model.NounTag, 0);
            viterbi.EndPosition();
        }
        else AddWord(viterbi, text, false, false);
    }

    /// <summary>A token as the Brown data writes it (FORMAT.md), case kept: words and numbers as they are, "?!" as "?",
    /// dashes as "--", quotes as straight quotes, brackets as parentheses; an ellipsis ends a sentence as "." and
    /// pauses inside one as "--". Symbols, URLs and e-mail addresses are returned as written (unknown words).</summary>
    public static ReadOnlySpan<char> BrownText(Manuscript manuscript, int index)
    {
        var token = manuscript.Tokens[index];
        var text = manuscript.Text.AsSpan(token.Start, token.Length);
        return token.Kind switch
        {
            TokenKind.Punctuation => text[..1],
            TokenKind.Ellipsis => index + 1 >= manuscript.Tokens.Length || manuscript.SentenceOf(index + 1).FirstToken == index + 1 ? "." : "--",
            TokenKind.Dash => "--",
            TokenKind.Quote => text[0] is '\'' or '\u2018' or '\u2019' ? "'" : "\"",
            TokenKind.Bracket => text[0] is '(' or '[' or '{' ? "(" : ")",
            _ => text,
        };
    }

    /// <summary><paramref name="knownId"/>: the word's id in the tagger's vocabulary (0: not in it) when the caller knows it, else -1.</summary>
    internal static void AddWord(Viterbi viterbi, ReadOnlySpan<char> text, bool sentenceInitial, bool isName, int knownId = -1)
    {
        var model = viterbi.Model;
        int id = knownId < 0 ? model.ShortTokenId(text) : knownId;
        Span<char> buffer = stackalloc char[MaxWordLength];
        int length = 0;
        scoped ReadOnlySpan<char> form = default;
        if (id <= 0)
        {
            length = Vocabulary.LookupForm(text, buffer);
            form = length < 0 ? default : buffer[..length];
            if (id < 0) id = length < 0 ? 0 : model.Vocabulary.IdOf(form);
        }
        bool capitalized = text.Length > 0 && char.IsUpper(text[0]);
        if (id != 0) AddKnownWord(viterbi, id, capitalized && !sentenceInitial, isName);
        else if (length > 0 && IsNumber(form)) AddNumber(viterbi);
        else AddUnknownWord(viterbi, model.SuffixCandidates(length < 0 ? text[^Math.Min(4, text.Length)..] : form, CaseOf(capitalized, sentenceInitial)), isName);
    }

    /// <summary>A word of the tagger's vocabulary, with the tags it was seen with; <paramref name="capitalizedInside"/>: written
    /// with a capital inside a sentence, which makes a proper noun likelier.</summary>
    internal static void AddKnownWord(Viterbi viterbi, int id, bool capitalizedInside, bool isName)
    {
        var emission = viterbi.Model.Emissions(id);
        AddCandidates(viterbi, emission.Tags, capitalizedInside ? emission.CapitalizedLogs : emission.Logs, isName);
    }

    /// <summary>An unknown word, with the tags its suffix suggests.</summary>
    internal static void AddUnknownWord(Viterbi viterbi, TaggerModel.Candidates candidates, bool isName) =>
        AddCandidates(viterbi, candidates.Tags, candidates.Scores, isName);

    /// <summary>A word with these candidate tags, which a name learned from the manuscript may also be.</summary>
    internal static void AddCandidates(Viterbi viterbi, ReadOnlySpan<byte> tags, ReadOnlySpan<float> scores, bool isName)
    {
        viterbi.AddCandidates(tags, scores);
        if (isName) viterbi.Boost(viterbi.Model.PropnTag, viterbi.BestCandidateScore() + TaggerModel.CapitalizedPropnBoost);
        viterbi.EndPosition();
    }

    /// <summary>An unknown word that starts with a digit.</summary>
    internal static void AddNumber(Viterbi viterbi)
    {
        viterbi.AddCandidate(viterbi.Model.NumTag, 0);
        viterbi.EndPosition();
    }

    internal static bool IsNumber(ReadOnlySpan<char> lookupForm) => lookupForm.Length > 0 && char.IsDigit(lookupForm[0]);

    internal static WordCase CaseOf(bool capitalized, bool sentenceInitial) =>
        !capitalized ? WordCase.Lower : sentenceInitial ? WordCase.Any : WordCase.Upper;

    /// <summary>True when the word (any case, curly or straight apostrophes) occurs in the Brown training data.</summary>
    public static bool IsKnownWord(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[MaxWordLength];
        int length = Vocabulary.LookupForm(word, buffer);
        return length > 0 && Vocabulary.Default.IdOf(buffer[..length]) != 0;
    }

    private static bool IsOpeningQuote(string token) => token is "\"" or "\u201C" or "``";
}
