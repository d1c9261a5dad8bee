using System.Collections.Concurrent;
using Galley.Lexicon;

namespace Galley.Checking;

/// <summary>What checking one paragraph needs to know about its whole manuscript: the names learned from all of it,
/// how often each unknown word occurs in it, and the writer's habits counted over all of it (apostrophes, spacing,
/// capitals, tense, voice). Shared by the checks of every paragraph, on several threads at once.</summary>
internal sealed class DocumentKnowledge
{
    private Suggester? _suggester;
    private static readonly Dictionary<string, int> None = new();

    public DocumentKnowledge(NameBook names, Lexicon.Lexicon lexicon, Dialect dialect)
    {
        Names = names;
        Lexicon = lexicon;
        Dialect = dialect;
    }

    public NameBook Names { get; }
    public Lexicon.Lexicon Lexicon { get; }
    public Dialect Dialect { get; }
    public Suggester Suggester => LazyInitializer.EnsureInitialized(ref _suggester, () => new Suggester(Lexicon, Dialect, Names.All));

    /// <summary>Suggestions depend only on the word, the dictionary and the names, so paragraphs share them.</summary>
    public ConcurrentDictionary<string, IReadOnlyList<Suggestion>> Suggestions { get; } = new(StringComparer.Ordinal);

    /// <summary>The whole manuscript's apostrophe style (see <see cref="CheckContext.UsesCurlyApostrophes"/>).</summary>
    public bool CurlyApostrophes { get; set; }

    /// <summary>The manuscript has a curly apostrophe (’) anywhere: suggested contractions are written with it.</summary>
    public bool AnyCurlyApostrophe { get; set; }

    /// <summary>The writer spaces ? ! ; : throughout (see <see cref="Rules.Punctuation.SpaceBeforePunctuation"/>).</summary>
    public bool SpacedHighMarks { get; set; }

    /// <summary>How often each capitalized form stands straight after another word, over the whole manuscript.</summary>
    public IReadOnlyDictionary<string, int> MidSentenceCapitals { get; set; } = None;

    /// <summary>How often each word and split pair is written, over the whole manuscript (<see cref="Checking.WrittenForms"/>).</summary>
    public IReadOnlyDictionary<string, int> WrittenForms { get; set; } = None;

    /// <summary>The tense most of the whole manuscript's narration uses.</summary>
    public Story.Tense? DominantTense { get; set; }

    /// <summary>Whether the whole manuscript's narrator talks informally throughout (see <see cref="Rules.Spelling.Voice.IsInformalNarrator"/>).</summary>
    public bool? InformalNarrator { get; set; }

    /// <summary>Whether the whole manuscript writes its characters' speech by ear (see <see cref="Rules.Spelling.Voice.IsSpeechByEar"/>).</summary>
    public bool? SpeechByEar { get; set; }

    /// <summary>The dialect the whole manuscript is held to (see <see cref="DialectEvidence.WrittenDialect"/>).</summary>
    public Dialect WrittenDialect { get; set; }

    /// <summary>Occurrences of each unknown word over the whole manuscript; null while they are being counted.</summary>
    public IReadOnlyDictionary<string, int>? UnknownWordCounts { get; set; }

    public int Count(DocumentTally tally, string word) => tally switch
    {
        DocumentTally.UnknownWords => UnknownWordCounts!.GetValueOrDefault(word),
        DocumentTally.WrittenDialect => (int)WrittenDialect,
        DocumentTally.WrittenForms => WrittenForms.GetValueOrDefault(word),
        _ => MidSentenceCapitals.GetValueOrDefault(word),
    };
}

/// <summary>The whole manuscript's counts a paragraph's check may read.</summary>
internal enum DocumentTally { UnknownWords, MidSentenceCapitals, WrittenDialect, WrittenForms }

/// <summary>One thing a paragraph's check read of the whole manuscript: a count (capped at <paramref name="Enough"/>),
/// or, when <paramref name="Tally"/> is null, which frequent name the capitalized word <paramref name="Word"/> seen
/// <paramref name="Value"/> times is a typo of (<paramref name="Slip"/>; names' counts decide it). Its result holds
/// while what it read does.</summary>
internal readonly record struct DocumentRead(DocumentTally? Tally, string Word, int Value, int Enough, string? Slip = null)
{
    public bool StillHolds(DocumentKnowledge knowledge) => Tally is { } tally
        ? Math.Min(knowledge.Count(tally, Word), Enough) == Value
        : knowledge.Names.SlipOf(Word, Value) == Slip;
}

/// <summary>What a paragraph checked on its own knows of the paragraphs beside it: whether the next opens with a
/// quote (so speech left open goes on there), and how the one before ends (null for the first paragraph).</summary>
internal readonly record struct Neighbours(bool NextOpensWithQuote, Rules.Capitalization.ParagraphEnd? PreviousEnd);

/// <summary>Curly and straight apostrophes in a text, added up paragraph by paragraph for a whole manuscript.</summary>
internal readonly record struct ApostropheCount(int CurlyCount, int StraightCount)
{
    public bool Curly => CurlyCount > StraightCount;

    public static ApostropheCount Of(ReadOnlySpan<char> text) => new(text.Count('\u2019'), text.Count('\''));

    public static ApostropheCount operator +(ApostropheCount a, ApostropheCount b) => new(a.CurlyCount + b.CurlyCount, a.StraightCount + b.StraightCount);
}
