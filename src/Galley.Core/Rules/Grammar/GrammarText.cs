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
    /// <summary>Each distinct word's <see cref="WordClass"/> bits, indexed like <see cref="Manuscript.DistinctLower"/>.</summary>
    private readonly WordClass[] _classes;
    /// <summary>For each token, whether it is in the same sentence as the token before it (false for the first).</summary>
    private readonly bool[] _sameSentenceAsPrevious;

    private GrammarText(CheckContext context)
    {
        _context = context;
        _manuscript = context.Manuscript;
        Apostrophe = (context.Document?.AnyCurlyApostrophe ?? context.Text.Contains('\u2019')) ? '\u2019' : '\'';
        _tags = new PerWord<TagProfile>(_manuscript, static word => WordTags.Of(word));
        var distinct = _manuscript.DistinctLower;
        _classes = new WordClass[distinct.Count];
        for (int i = 0; i < _classes.Length; i++) _classes[i] = WordClasses.Of(distinct[i]);
        _sameSentenceAsPrevious = new bool[_manuscript.Tokens.Length];
        for (int t = 0, previous = -1; t < _sameSentenceAsPrevious.Length; t++)
        {
            int sentence = _manuscript.SentenceOf(t).Index;
            _sameSentenceAsPrevious[t] = t > 0 && sentence == previous;
            previous = sentence;
        }
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
    public bool Is(int t, WordClass classes) => IsWordAt(t) && (_classes[_manuscript.LowerIndex(t)] & classes) != 0;

    /// <summary>The tagger's tag for token t in its sentence (tagged on first use, shared with the other rules).</summary>
    public PosTag Tagged(int t) => (_tagged ??= PosTags.Of(_context))[t];

    public bool IsWord(int t, string lowercase) => Word(t) == lowercase;

    /// <summary>The word right after token t in the same sentence with nothing but space between, or -1.</summary>
    public int Next(int t)
    {
        var tokens = _manuscript.Tokens;
        if (t < 0 || t + 1 >= tokens.Length || !tokens[t + 1].IsWord || !tokens[t + 1].Is(TokenFlags.SpaceBefore)) return -1;
        return _sameSentenceAsPrevious[t + 1] ? t + 1 : -1;
    }

    /// <summary>The word right before token t in the same sentence with nothing but space between, or -1.</summary>
    public int Previous(int t) => t > 0 && Next(t - 1) == t ? t - 1 : -1;

    /// <summary>True when token t starts a clause: first in its sentence or its quotation, or after a comma, colon,
    /// semicolon, dash or opening quote.</summary>
    public bool StartsClause(int t)
    {
        var tokens = _manuscript.Tokens;
        if (tokens[t].Is(TokenFlags.SentenceStart) || tokens[t].Is(TokenFlags.SpeechStart) || t == 0) return true;
        var before = tokens[t - 1];
        if (!_sameSentenceAsPrevious[t]) return true;
        return before.Kind is TokenKind.Dash or TokenKind.Quote or TokenKind.Ellipsis or TokenKind.Bracket
            || (before.Kind == TokenKind.Punctuation && _manuscript.Text[before.Start] is ',' or ';' or ':');
    }
}
