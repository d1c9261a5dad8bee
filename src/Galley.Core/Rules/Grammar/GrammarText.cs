using Galley.Checking;
using Galley.Context;
using Galley.Document;

namespace Galley.Rules.Grammar;

/// <summary>The manuscript's words in lowercase (<see cref="Manuscript.Lower"/>) with their Brown tag profiles (once per
/// distinct word), shared by the grammar rules (<see cref="CheckContext.Memo{T}"/>).</summary>
public sealed class GrammarText
{
    private readonly CheckContext _context;
    private readonly Manuscript _manuscript;
    private PosTags? _tagged;
    /// <summary>Each distinct word's Brown tag profile, looked up the first time a token asks.</summary>
    private readonly PerWord<TagProfile> _tags;
    /// <summary>Each token's <see cref="WordClass"/> bits (none for a token that is not a word), worked out once per distinct word.</summary>
    private readonly WordClass[] _classes;
    /// <summary>For each token, whether it is the first of its sentence (the sentences cover the tokens in order).</summary>
    private readonly bool[] _firstInSentence;

    private GrammarText(CheckContext context)
    {
        _context = context;
        _manuscript = context.Manuscript;
        Apostrophe = (context.Document?.AnyCurlyApostrophe ?? context.Text.Contains('\u2019')) ? '\u2019' : '\'';
        _tags = new PerWord<TagProfile>(_manuscript, static word => WordTags.Of(word));
        _classes = ClassesOfTokens(_manuscript);
        _firstInSentence = new bool[_manuscript.Tokens.Length];
        foreach (var sentence in _manuscript.Sentences) _firstInSentence[sentence.FirstToken] = true;
    }

    /// <summary>The apostrophe the writer uses: curly when the manuscript has any curly apostrophe, else straight.</summary>
    public char Apostrophe { get; private set; }

    /// <summary>A suggested word (doesn't, other's) spelled with the writer's apostrophe.</summary>
    public string WithApostrophe(string word) => Apostrophe == '\'' ? word : word.Replace('\'', Apostrophe);

    public static GrammarText Of(CheckContext context) => context.Memo(static c => new GrammarText(c));

    public Manuscript Manuscript => _manuscript;
    public Token[] Tokens => _manuscript.Tokens;

    /// <summary>The token's text in lowercase (curly apostrophes straightened), or null when it is not a word.</summary>
    public string? Word(int t) => IsWordAt(t) ? _manuscript.Lower(t) : null;

    public TagProfile Tags(int t) => IsWordAt(t) ? _tags[t] : default;

    private bool IsWordAt(int t) => t >= 0 && t < _manuscript.Tokens.Length && _manuscript.Tokens[t].IsWord;

    /// <summary>Whether token t is a word of any of the given classes: an array read and a bit test, for a rule's first
    /// question about every token.</summary>
    public bool Is(int t, WordClass classes) => (uint)t < (uint)_classes.Length && (_classes[t] & classes) != 0;

    /// <summary>The tokens that are words of any of the given classes, in order: a rule's candidates, found by a tight
    /// scan of the class table instead of a test per token in the rule's loop.</summary>
    public TokensOfClass TokensOf(WordClass classes) => new(_classes, classes);

    /// <summary>Enumerates the indexes of the tokens of some word classes (<see cref="TokensOf"/>).</summary>
    public ref struct TokensOfClass(WordClass[] tokenClasses, WordClass wanted)
    {
        private readonly ReadOnlySpan<WordClass> _classes = tokenClasses;
        private int _index = -1;

        public readonly TokensOfClass GetEnumerator() => this;

        public bool MoveNext()
        {
            while (++_index < _classes.Length)
                if ((_classes[_index] & wanted) != 0) return true;
            return false;
        }

        public readonly int Current => _index;
    }

    private static WordClass[] ClassesOfTokens(Manuscript manuscript)
    {
        var distinct = manuscript.DistinctLower;
        var ofDistinct = new WordClass[distinct.Count];
        for (int i = 0; i < ofDistinct.Length; i++) ofDistinct[i] = WordClasses.Of(distinct[i]);
        var tokens = manuscript.Tokens;
        var classes = new WordClass[tokens.Length];
        for (int t = 0; t < tokens.Length; t++) classes[t] = tokens[t].IsWord ? ofDistinct[manuscript.LowerIndex(t)] : WordClass.None;
        return classes;
    }

    /// <summary>The tagger's tag for token t in its sentence (tagged on first use, shared with the other rules).</summary>
    public PosTag Tagged(int t) => (_tagged ??= PosTags.Of(_context))[t];

    public bool IsWord(int t, string lowercase) => Word(t) == lowercase;

    /// <summary>Token v is an -ing verb (walking, planning) at least <paramref name="share"/> of the time, and not
    /// describing a noun after it (running shoes, swimming lessons).</summary>
    public bool IsVerbInIng(int v, double share)
    {
        if (Word(v) is not { } word || !word.EndsWith("ing", StringComparison.Ordinal) || Tags(v).Share(Pos.Vbg) < share) return false;
        int after = Next(v);
        return after < 0 || Tags(after).Share(Pos.Noun) < 0.5 || Tags(after).Share(Pos.Det, Pos.Pron) > 0.3;
    }

    /// <summary>The word right after token t in the same sentence with nothing but space between, or -1.</summary>
    public int Next(int t)
    {
        var tokens = _manuscript.Tokens;
        if (t < 0 || t + 1 >= tokens.Length || !tokens[t + 1].IsWord || !tokens[t + 1].Is(TokenFlags.SpaceBefore)) return -1;
        return _firstInSentence[t + 1] ? -1 : t + 1;
    }

    /// <summary>The word right before token t in the same sentence with nothing but space between, or -1.</summary>
    public int Previous(int t) => t > 0 && Next(t - 1) == t ? t - 1 : -1;

    /// <summary>True when token t opens a sentence or a line of speech (or the text).</summary>
    public bool OpensSentence(int t)
    {
        var token = _manuscript.Tokens[t];
        return t == 0 || token.Is(TokenFlags.SentenceStart) || token.Is(TokenFlags.SpeechStart);
    }

    /// <summary>Whether a word before token t in its sentence (or its line of speech) matches.</summary>
    public bool EarlierInSentence(int t, Func<string, bool> match)
    {
        for (int k = t - 1; k >= 0; k--)
        {
            if (Word(k) is { } word && match(word)) return true;
            if (OpensSentence(k)) break;
        }
        return false;
    }

    /// <summary>True when token t starts a clause: first in its sentence or its quotation, or after a comma, colon,
    /// semicolon, dash or opening quote.</summary>
    public bool StartsClause(int t)
    {
        var tokens = _manuscript.Tokens;
        if (OpensSentence(t)) return true;
        var before = tokens[t - 1];
        if (_firstInSentence[t]) return true;
        return before.Kind is TokenKind.Dash or TokenKind.Quote or TokenKind.Ellipsis or TokenKind.Bracket
            || (before.Kind == TokenKind.Punctuation && _manuscript.Text[before.Start] is ',' or ';' or ':');
    }
}
