using Galley.Lexicon;
using Galley.Text;

namespace Galley.Document;

/// <summary>A manuscript read into paragraphs, sentences and tokens with exact offsets, with every quotation
/// marked as speech or not. Immutable once parsed; every rule and the story analysis read the same model.</summary>
public sealed class Manuscript
{
    private readonly int[] _sentenceOfToken;

    private Manuscript(string text, List<Paragraph> paragraphs, List<Sentence> sentences, Token[] tokens,
        List<Quotation> quotations, List<int> unpairedQuotes, SpeechStyleVotes speechVotes = default)
    {
        SpeechVotes = speechVotes;
        Text = text;
        Paragraphs = paragraphs;
        Sentences = sentences;
        Tokens = tokens;
        Quotations = quotations;
        UnpairedQuotes = unpairedQuotes;
        _sentenceOfToken = new int[tokens.Length];
        foreach (var s in sentences)
            for (int t = s.FirstToken; t < s.EndToken; t++) _sentenceOfToken[t] = s.Index;
    }

    public string Text { get; }
    public IReadOnlyList<Paragraph> Paragraphs { get; }
    public IReadOnlyList<Sentence> Sentences { get; }
    public Token[] Tokens { get; }
    /// <summary>Quoted spans in text order, speech and mentions.</summary>
    public IReadOnlyList<Quotation> Quotations { get; }
    /// <summary>Indexes of quote tokens that close nothing (a closing quote with no opening one).</summary>
    public IReadOnlyList<int> UnpairedQuotes { get; }

    /// <summary>The sentence-like quoted spans of each style, which decide whether single quotes mark speech.</summary>
    internal SpeechStyleVotes SpeechVotes { get; }

    public ReadOnlySpan<char> TextOf(in Token token) => Text.AsSpan(token.Start, token.Length);

    private LowercaseTokens? _lowercase;
    private LowercaseTokens Lowercase => _lowercase ?? Interlocked.CompareExchange(ref _lowercase, new LowercaseTokens(this), null) ?? _lowercase!;

    /// <summary>Token <paramref name="tokenIndex"/>'s text in lowercase with typographic apostrophes made straight
    /// (I’ve → i've); the same string object for every token spelled the same way.</summary>
    public string Lower(int tokenIndex)
    {
        var lowercase = Lowercase;
        return lowercase.Distinct[lowercase.Index[tokenIndex]];
    }

    /// <summary>Which of <see cref="DistinctLower"/> token <paramref name="tokenIndex"/> is (0, 1, 2… in order of first
    /// appearance): an index for facts computed once per distinct word.</summary>
    public int LowerIndex(int tokenIndex) => Lowercase.Index[tokenIndex];

    /// <summary>The distinct lowercase token texts (<see cref="Lower"/>), in order of first appearance.</summary>
    public IReadOnlyList<string> DistinctLower => Lowercase.Distinct;

    /// <summary>Which distinct text as written token <paramref name="tokenIndex"/> is (The, the and THE are three), for
    /// counting once per distinct text what would otherwise be hashed per token.</summary>
    internal int WrittenIndex(int tokenIndex) => Lowercase.WrittenIndex[tokenIndex];

    /// <summary>The first token of each distinct text as written (<see cref="WrittenIndex"/>).</summary>
    internal IReadOnlyList<int> WrittenFirstTokens => Lowercase.WrittenFirst;

    public string StringOf(in Token token) => Text.Substring(token.Start, token.Length);

    public Sentence SentenceOf(int tokenIndex) => Sentences[_sentenceOfToken[tokenIndex]];

    public Paragraph ParagraphOf(int tokenIndex) => Paragraphs[SentenceOf(tokenIndex).Paragraph];

    /// <summary>Whether the token is the punctuation mark <paramref name="mark"/> (a comma, a full stop…).</summary>
    public bool IsMark(int tokenIndex, char mark) => Tokens[tokenIndex].Kind == TokenKind.Punctuation && Text[Tokens[tokenIndex].Start] == mark;

    /// <summary>The index of the word token after <paramref name="tokenIndex"/> in the same sentence, or -1.</summary>
    public int NextWord(int tokenIndex)
    {
        var sentence = SentenceOf(tokenIndex);
        for (int t = tokenIndex + 1; t < sentence.EndToken; t++) if (Tokens[t].IsWord) return t;
        return -1;
    }

    public static Manuscript Parse(string text, LanguageData language) => Parse(text, ParagraphSplitter.Split(text), language, britishStyle: null);

    /// <summary>One paragraph (as the manuscript's paragraph splitter cut it) parsed on its own, with the speech style
    /// of the manuscript it belongs to, or its own when <paramref name="britishStyle"/> is null. Tokens, sentences and
    /// quotations are the paragraph's part of the whole manuscript's, with offsets from the paragraph's start; only
    /// <see cref="Quotation.ContinuesInNextParagraph"/> (which looks at the next paragraph) is always false.</summary>
    internal static Manuscript ParseParagraph(string paragraphText, LanguageData language, bool? britishStyle)
    {
        var span = new TextSpan(0, paragraphText.Length);
        return Parse(paragraphText, [new Paragraph(0, span, ParagraphSplitter.Classify(paragraphText, span))], language, britishStyle);
    }

    private static Manuscript Parse(string text, List<Paragraph> paragraphs, LanguageData language, bool? britishStyle)
    {
        var scratch = TokenScratch ?? new List<Token>();
        TokenScratch = null;   // taken while in use: a parse started meanwhile on this thread makes its own
        scratch.Clear();
        scratch.EnsureCapacity(text.Length / 5 + 16);
        foreach (var p in paragraphs)
        {
            p.FirstToken = scratch.Count;
            Tokenizer.Tokenize(text, p.Span.Start, p.Span.End, scratch);
            p.TokenCount = scratch.Count - p.FirstToken;
        }
        var tokens = scratch.ToArray();
        if (scratch.Capacity <= MaxScratchTokens) TokenScratch = scratch;
        var (quotations, unpaired) = SpeechMarker.Mark(text, tokens, paragraphs, language, britishStyle, out var votes);
        var sentences = new List<Sentence>(paragraphs.Count * 3);
        foreach (var p in paragraphs) SentenceSplitter.Split(text, tokens, p, language, sentences);
        return new Manuscript(text, paragraphs, sentences, tokens, quotations, unpaired, votes);
    }

    /// <summary>The tokens of the parse before, kept for the next parse on this thread, so tokenizing grows no list
    /// per manuscript (each paragraph of an incremental check is one). Past <see cref="MaxScratchTokens"/> (3 MB, a novel
    /// of about 220,000 words) the list is left to the collector rather than kept by every thread that parsed one.</summary>
    [ThreadStatic] private static List<Token>? TokenScratch;

    private const int MaxScratchTokens = 1 << 18;
}
