using Galley.Lexicon;
using Galley.Text;

namespace Galley.Document;

/// <summary>A manuscript read into paragraphs, sentences and tokens with exact offsets, with every quotation
/// marked as speech or not. Immutable once parsed; every rule and the story analysis read the same model.</summary>
public sealed class Manuscript
{
    private readonly int[] _sentenceOfToken;

    private Manuscript(string text, List<Paragraph> paragraphs, List<Sentence> sentences, Token[] tokens,
        List<Quotation> quotations, List<int> unpairedQuotes)
    {
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

    public ReadOnlySpan<char> TextOf(in Token token) => Text.AsSpan(token.Start, token.Length);

    public string StringOf(in Token token) => Text.Substring(token.Start, token.Length);

    public Sentence SentenceOf(int tokenIndex) => Sentences[_sentenceOfToken[tokenIndex]];

    public Paragraph ParagraphOf(int tokenIndex) => Paragraphs[SentenceOf(tokenIndex).Paragraph];

    /// <summary>The index of the word token after <paramref name="tokenIndex"/> in the same sentence, or -1.</summary>
    public int NextWord(int tokenIndex)
    {
        var sentence = SentenceOf(tokenIndex);
        for (int t = tokenIndex + 1; t < sentence.EndToken; t++) if (Tokens[t].IsWord) return t;
        return -1;
    }

    public static Manuscript Parse(string text, LanguageData language)
    {
        var paragraphs = ParagraphSplitter.Split(text);
        var tokens = new List<Token>(text.Length / 5 + 16);
        foreach (var p in paragraphs)
        {
            p.FirstToken = tokens.Count;
            Tokenizer.Tokenize(text, p.Span.Start, p.Span.End, tokens);
            p.TokenCount = tokens.Count - p.FirstToken;
        }
        var (quotations, unpaired) = SpeechMarker.Mark(text, tokens, paragraphs, language);
        var sentences = new List<Sentence>(paragraphs.Count * 3);
        foreach (var p in paragraphs) SentenceSplitter.Split(text, tokens, p, language, sentences);
        return new Manuscript(text, paragraphs, sentences, tokens.ToArray(), quotations, unpaired);
    }
}
