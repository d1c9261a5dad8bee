using Galley.Lexicon;

namespace Galley.Checking;

/// <summary>What checking one paragraph needs to know about its whole manuscript: the names learned from all of it,
/// and how often each unknown word occurs in it. Shared by the checks of every paragraph while it stays the same.</summary>
internal sealed class DocumentKnowledge
{
    private Suggester? _suggester;

    public DocumentKnowledge(NameBook names, Lexicon.Lexicon lexicon, Dialect dialect)
    {
        Names = names;
        Lexicon = lexicon;
        Dialect = dialect;
    }

    public NameBook Names { get; }
    public Lexicon.Lexicon Lexicon { get; }
    public Dialect Dialect { get; }
    public Suggester Suggester => _suggester ??= new Suggester(Lexicon, Dialect, Names.All);

    /// <summary>Suggestions depend only on the word, the dictionary and the names, so paragraphs share them.</summary>
    public Dictionary<string, IReadOnlyList<string>> Suggestions { get; } = new(StringComparer.Ordinal);

    /// <summary>The whole manuscript's apostrophe style (see <see cref="CheckContext.UsesCurlyApostrophes"/>).</summary>
    public bool CurlyApostrophes { get; set; }

    /// <summary>The tense most of the whole manuscript's narration uses.</summary>
    public Story.Tense? DominantTense { get; set; }

    /// <summary>Whether the whole manuscript's narrator talks informally throughout (see <see cref="Rules.Spelling.Voice.IsInformalNarrator"/>).</summary>
    public bool? InformalNarrator { get; set; }

    /// <summary>Occurrences of each unknown word over the whole manuscript; null while they are being counted.</summary>
    public IReadOnlyDictionary<string, int>? UnknownWordCounts { get; set; }
}

/// <summary>Curly and straight apostrophes in a text, added up paragraph by paragraph for a whole manuscript.</summary>
internal readonly record struct ApostropheCount(int CurlyCount, int StraightCount)
{
    public bool Curly => CurlyCount > StraightCount;

    public static ApostropheCount Of(ReadOnlySpan<char> text) => new(text.Count('\u2019'), text.Count('\''));

    public static ApostropheCount operator +(ApostropheCount a, ApostropheCount b) => new(a.CurlyCount + b.CurlyCount, a.StraightCount + b.StraightCount);
}
