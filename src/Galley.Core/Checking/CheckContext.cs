using Galley.Document;
using Galley.Lexicon;

namespace Galley.Checking;

/// <summary>Everything a rule may read: the manuscript, the shared lexicon, the options, and what was learned
/// from the manuscript itself (its names and invented words).</summary>
public sealed class CheckContext
{
    private Suggester? _suggester;
    private readonly Dictionary<Type, object> _memo = new();

    public CheckContext(Manuscript manuscript, Lexicon.Lexicon lexicon, CheckOptions options)
    {
        Manuscript = manuscript;
        Lexicon = lexicon;
        Options = options;
        Names = NameBook.Learn(manuscript, lexicon, options);
    }

    /// <summary>A check of part of a manuscript (one paragraph) that reads what was learned from the whole of it.</summary>
    internal CheckContext(Manuscript part, Lexicon.Lexicon lexicon, CheckOptions options, DocumentKnowledge document, Neighbours neighbours = default)
    {
        Manuscript = part;
        Lexicon = lexicon;
        Options = options;
        Names = document.Names;
        Document = document;
        Neighbours = neighbours;
    }

    /// <summary>The manuscript writes apostrophes curly (’) more often than straight ('): fixes follow its style.</summary>
    public bool UsesCurlyApostrophes => Document?.CurlyApostrophes ?? (_curly ??= ApostropheCount.Of(Text).Curly);

    private bool? _curly;

    /// <summary>Set when <see cref="Manuscript"/> is one part of a larger manuscript; null for a whole one.</summary>
    internal DocumentKnowledge? Document { get; }

    /// <summary>What a part knows of the paragraphs beside it; default for a whole manuscript.</summary>
    internal Neighbours Neighbours { get; }

    /// <summary>The whole manuscript's counts this check has read, for telling later whether its result still holds.</summary>
    internal List<DocumentRead> DocumentReads { get; } = new();

    /// <summary>How often an unknown word occurs in the whole manuscript (a part reads the whole's count).</summary>
    internal int UnknownWordCount(string word, IReadOnlyDictionary<string, int> localCounts) =>
        Document is null ? localCounts[word] : DocumentCount(DocumentTally.UnknownWords, word, int.MaxValue);

    /// <summary>A part's read of one of the whole manuscript's counts, up to <paramref name="enough"/> (the most the
    /// reader tells apart), recorded so the part is checked again only when what it read changes.</summary>
    internal int DocumentCount(DocumentTally tally, string word, int enough)
    {
        int n = Math.Min(Document!.Count(tally, word), enough);
        DocumentReads.Add(new(tally, word, n, enough));
        return n;
    }

    /// <summary>The dialect the whole manuscript is held to: the one chosen in the options, else the one it is clearly
    /// written in (<see cref="DialectEvidence"/>). A part reads the whole's, recording the read, so only the parts
    /// that asked are checked again when an edit changes it.</summary>
    public Dialect WrittenDialect
    {
        get
        {
            if (Options.DialectChosen) return Options.Dialect;
            return _writtenDialect ??= Document is null
                ? DialectEvidence.From(DistinctiveWords).WrittenDialect(Options)
                : (Dialect)DocumentCount(DocumentTally.WrittenDialect, "", int.MaxValue);
        }
    }

    private Dialect? _writtenDialect;

    /// <summary>The spellings of the manuscript (or part) that only one dialect uses, found once per check.</summary>
    internal List<DistinctiveWord> DistinctiveWords => _distinctiveWords ??= DialectEvidence.DistinctiveWords(Manuscript, Lexicon, LowercaseListing.Of(this));

    private List<DistinctiveWord>? _distinctiveWords;

    /// <summary>The frequent name <paramref name="word"/>, seen <paramref name="occurrences"/> times, is probably a typo
    /// of (see <see cref="NameBook.SlipOf"/>); names' counts decide it, so a part records what it read.</summary>
    internal string? NameSlipOf(string word, int occurrences)
    {
        var slip = Names.SlipOf(word, occurrences);
        if (Document is not null) DocumentReads.Add(new(null, word, occurrences, 0, slip));
        return slip;
    }

    /// <summary>An unclosed speech quotation goes on in the next paragraph (the fiction convention: that paragraph
    /// opens with a quote); a part reads whether its next paragraph does.</summary>
    internal bool ContinuesInNextParagraph(Quotation q) =>
        Document is null ? q.ContinuesInNextParagraph : !q.IsClosed && q.IsSpeech && Neighbours.NextOpensWithQuote;

    /// <summary>Whether the word and the full stop written right after it are a listed abbreviation (Dr., Thos., etc.).</summary>
    public bool IsListedAbbreviation(in Token word) =>
        word.End < Text.Length && Text[word.End] == '.'
        && Lexicon.Language.GetAbbreviationKind(Text.AsSpan(word.Start, word.Length + 1)) != Galley.Lexicon.AbbreviationKind.None;

    public Manuscript Manuscript { get; }
    public Lexicon.Lexicon Lexicon { get; }
    public CheckOptions Options { get; }
    public NameBook Names { get; }
    public Dialect Dialect => Options.Dialect;
    public string Text => Manuscript.Text;

    public Suggester Suggester => _suggester ??= Document?.Suggester ?? new Suggester(Lexicon, Dialect, Names.All);

    /// <summary>A word is known if the dictionary, the writer's own dictionary, or the manuscript's names have it.</summary>
    public bool IsKnownWord(ReadOnlySpan<char> word) =>
        Lexicon.Words.Contains(word, Dialect) || Names.IsName(word) || IsPersonalWord(word);

    /// <summary>An analysis several rules share (the unknown words, the tagged sentences), computed once per check.</summary>
    public T Memo<T>(Func<CheckContext, T> compute) where T : class
    {
        if (_memo.TryGetValue(typeof(T), out var value)) return (T)value;
        var result = compute(this);
        _memo[typeof(T)] = result;
        return result;
    }

    public bool IsPersonalWord(ReadOnlySpan<char> word)
    {
        if (Options.PersonalWords.Count == 0) return false;
        var s = word.ToString();
        return Options.PersonalWords.Contains(s) || Options.PersonalWords.Contains(s.ToLowerInvariant());
    }
}
