using System.Runtime.InteropServices;
using Galley.Checking;
using Galley.Document;

namespace Galley.Rules.Capitalization;

/// <summary>What the capitalization rules share: which positions take a capital (a sentence, speech or paragraph
/// start, after an opening mark or a colon) and which capitalized words are legitimately so wherever they stand
/// ("I", names learned from the manuscript, the dictionary's proper nouns, titles, acronyms, title-cased phrases,
/// and a word the writer capitalizes mid-sentence more than once, which is a choice, not a slip).</summary>
internal sealed class Capitals
{
    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "this", "that", "these", "those", "my", "your", "his", "her", "its", "our", "their", "every", "each", "no", "some", "any",
    };

    private static readonly HashSet<string> Naming = new(StringComparer.Ordinal)
    {
        "called", "named", "titled", "entitled", "dubbed", "labeled", "labelled", "marked", "nicknamed", "christened", "spelled", "spelt",
    };

    private readonly CheckContext _context;
    private readonly Dictionary<string, int> _midSentence;
    private readonly bool[] _inTitledQuote;

    /// <summary>Below this many uses in 51 million words of subtitles a capitalized word is more likely a name or a
    /// term (Serene, Baroque) than a slip; slips happen on everyday words.</summary>
    private const int EverydayFrequency = 500;

    /// <summary>Uses of a capitalized form straight after another word that make it the writer's choice.</summary>
    internal const int OnPurposeUses = 2;

    /// <summary>The writer capitalizes the exact form straight after another word at least <see cref="OnPurposeUses"/>
    /// times in the manuscript (a part of a manuscript reads the whole's count).</summary>
    public bool IsCapitalizedOnPurpose(ReadOnlySpan<char> word) =>
        _context.Document is not null
            ? _context.DocumentCount(DocumentTally.MidSentenceCapitals, word.ToString(), OnPurposeUses) >= OnPurposeUses
            : _midSentence.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out int n) && n >= OnPurposeUses;

    private Capitals(CheckContext context, Dictionary<string, int> midSentence, bool[] inTitledQuote)
    {
        _context = context;
        _midSentence = midSentence;
        _inTitledQuote = inTitledQuote;
        int distinct = context.Manuscript.DistinctLower.Count;
        _judgedAt = new int[distinct];
        _judgement = new Judgement[distinct];
    }

    /// <summary>What the dictionary and the names say of a capitalized word, wherever it stands.</summary>
    [Flags]
    private enum Judgement : byte
    {
        None = 0,
        /// <summary>Keeps its capital anywhere: see <see cref="IsProperWord"/>.</summary>
        Proper = 1,
        /// <summary>Keeps its capital only in a quoted mention: the other tests found nothing either way.</summary>
        ProperInMention = 2,
        /// <summary>Mostly a noun or a number, or uncommon: more likely a name, a term or a title than a slip.</summary>
        NounOrRare = 4,
        /// <summary>Whether the word is <see cref="NounOrRare"/> is known (read only for words that are not proper).</summary>
        NounOrRareKnown = 8,
    }

    /// <summary>Per distinct word (<see cref="Manuscript.LowerIndex"/>), the token (+1) whose exact text was judged, and
    /// the judgement: the capitalized forms of a word are nearly always spelled alike, so each is judged once.</summary>
    private readonly int[] _judgedAt;
    private readonly Judgement[] _judgement;

    private Judgement JudgementOf(int t)
    {
        var m = _context.Manuscript;
        int index = m.LowerIndex(t), judged = _judgedAt[index] - 1;
        if (judged >= 0 && (judged == t || m.TextOf(m.Tokens[judged]).SequenceEqual(m.TextOf(m.Tokens[t])))) return _judgement[index];
        var judgement = ProperJudgement(_context, t);
        _judgedAt[index] = t + 1;
        _judgement[index] = judgement;
        return judgement;
    }

    private bool IsNounOrRare(int t)
    {
        var judgement = JudgementOf(t);
        if ((judgement & Judgement.NounOrRareKnown) == 0)
        {
            var lower = Lower(_context.Manuscript.TextOf(_context.Manuscript.Tokens[t]));
            bool nounOrRare = WordClasses.IsMostlyNoun(lower) || WordClasses.IsMostlyNumber(lower)   // Shadow, Crumb, Three: names, titles, wagers
                || lower.IndexOfAny('\'', '\u2019') < 0 && _context.Lexicon.Frequency(lower) < EverydayFrequency;   // contractions are everyday words
            judgement |= Judgement.NounOrRareKnown | (nounOrRare ? Judgement.NounOrRare : Judgement.None);
            _judgement[_context.Manuscript.LowerIndex(t)] = judgement;
        }
        return (judgement & Judgement.NounOrRare) != 0;
    }

    /// <summary>Inside a quotation written in title case ("Born to Wander", "The Making of a President").</summary>
    public bool InTitledQuote(int t) => _inTitledQuote[t];

    public static Capitals Of(CheckContext context) => context.Memo(Build);

    private static Capitals Build(CheckContext context)
    {
        var m = context.Manuscript;
        var counts = context.Document is null ? CountMidSentence(m) : [];
        var titled = new bool[m.Tokens.Length];
        foreach (var q in m.Quotations)
        {
            if (!q.IsClosed || !IsTitleCased(m, q.OpenToken + 1, q.CloseToken)) continue;
            for (int t = q.OpenToken; t <= q.CloseToken; t++) titled[t] = true;
        }
        return new Capitals(context, counts, titled);
    }

    /// <summary>How often each capitalized form stands straight after another word (never across paragraphs, so a
    /// manuscript's counts are the sums of its paragraphs').</summary>
    internal static Dictionary<string, int> CountMidSentence(Manuscript m)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var byText = counts.GetAlternateLookup<ReadOnlySpan<char>>();   // a string only for each new form
        for (int t = 1; t < m.Tokens.Length; t++)
        {
            var token = m.Tokens[t];
            if (!IsCapitalizedWord(token) || !m.Tokens[t - 1].IsWord || StartsUnit(m, t)) continue;
            CollectionsMarshal.GetValueRefOrAddDefault(byText, m.TextOf(token), out _)++;
        }
        return counts;
    }

    /// <summary>A title: every word of four or more letters after the first is capitalized (at least one), and no
    /// full stop, comma or ellipsis inside ("Alone Together", "Roots of the Blues"; not "...So Beautiful.").</summary>
    private static bool IsTitleCased(Manuscript m, int from, int to)
    {
        int longWords = 0;
        for (int t = from; t < to; t++)
        {
            var token = m.Tokens[t];
            if (token.Kind == TokenKind.Ellipsis || (token.Kind == TokenKind.Punctuation && m.Text[token.Start] is '.' or ',')) return false;
            if (!token.IsWord || token.Length < 4 || t == from) continue;
            if (!token.Is(TokenFlags.Capitalized)) return false;
            longWords++;
        }
        return longWords >= 1;
    }

    /// <summary>Capitalized, not in capitals (an acronym or shouting), no digits.</summary>
    public static bool IsCapitalizedWord(in Token token) =>
        token.IsWord && token.Is(TokenFlags.Capitalized) && !token.Is(TokenFlags.AllCaps) && !token.Is(TokenFlags.HasDigit);

    /// <summary>A position that takes a capital: the start of a paragraph, sentence or speech, or after an opening
    /// quote or bracket, a dash, an ellipsis or a colon.</summary>
    public static bool StartsUnit(Manuscript m, int t)
    {
        var token = m.Tokens[t];
        if (token.Is(TokenFlags.SentenceStart) || token.Is(TokenFlags.SpeechStart) || t == 0) return true;
        if (m.ParagraphOf(t).FirstToken == t) return true;
        var previous = m.Tokens[t - 1];
        return previous.Kind is TokenKind.Quote or TokenKind.Bracket or TokenKind.Ellipsis or TokenKind.Dash or TokenKind.Symbol
            || (previous.Kind == TokenKind.Punctuation && m.Text[previous.Start] is ':' or '.' or '!' or '?');
    }

    /// <summary>Whether a capitalized word may keep its capital after another word: see the class summary.</summary>
    public bool IsLegitimate(CheckContext context, int t)
    {
        if (IsProperWord(t)) return true;
        var m = context.Manuscript;
        var word = m.TextOf(m.Tokens[t]);
        if (IsCapitalizedOnPurpose(word)) return true;   // the writer's choice: the Army, the Hall
        if (_inTitledQuote[t]) return true;
        if (InTitleCasedPhrase(m, t)) return true;
        if (IsNounOrRare(t)) return true;
        if (t > 0 && m.Tokens[t - 1].IsWord && Naming.Contains(Lower(m.TextOf(m.Tokens[t - 1])))) return true;   // a show called Mad
        if (t > 0 && m.Text[m.Tokens[t - 1].End - 1] == '.') return true;   // after O.K. or U.S.: a sentence may have ended
        return false;
    }

    /// <summary>A word that keeps its capital in any position: "I", a name or its possessive, a proper noun of the
    /// dictionary, a title, a word the dictionary lacks in lowercase, Anglo-Saxon, a quoted mention.</summary>
    public bool IsProperWord(int t)
    {
        var judgement = JudgementOf(t);
        return (judgement & Judgement.Proper) != 0
            || (judgement & Judgement.ProperInMention) != 0 && _context.Manuscript.Tokens[t].Is(TokenFlags.InMention);
    }

    private static Judgement ProperJudgement(CheckContext context, int t)
    {
        var token = context.Manuscript.Tokens[t];
        var word = context.Manuscript.TextOf(token);
        if (IsPronounI(word)) return Judgement.Proper;
        var stem = NameBook.StripPossessive(word);
        if (word.Length != stem.Length) return Judgement.Proper;                                        // Maxim's, Pops's: a name's possessive
        if (ClauseStart.IsSubjectWord(word)) return Judgement.None;   // He, It: the dictionary lists them capitalized (helium), never names
        if (context.Names.IsName(word) || context.IsPersonalWord(word)) return Judgement.Proper;
        if (context.Lexicon.Words.ContainsExact(stem, context.Dialect)) return Judgement.Proper;        // Monday, English, Clark, God
        if (context.Lexicon.Language.IsTitle(stem)) return Judgement.Proper;                            // Captain, Mother, Sir
        if (!context.Lexicon.Words.ContainsExact(Lower(stem), context.Dialect)) return Judgement.Proper; // unknown: spelling's business
        if (token.Is(TokenFlags.Hyphenated) && HasInnerCapital(word)) return Judgement.Proper;         // Anglo-Saxon, Mid-Atlantic
        return Judgement.ProperInMention;
    }

    /// <summary>Next to another capitalized word that is not a sentence start or "I", perhaps across a short
    /// lowercase word or two: a title or proper name of several words (the Great Hall, Lord of the Rings, Sick and Mad).</summary>
    public static bool InTitleCasedPhrase(Manuscript m, int t)
    {
        int paragraph = m.ParagraphOf(t).Index;
        int next = SkipShortWords(m, t, +1);
        if (next < m.Tokens.Length && IsCapitalizedWord(m.Tokens[next]) && !IsPronounI(m.TextOf(m.Tokens[next]))
            && m.ParagraphOf(next).Index == paragraph)
            return true;
        int previous = SkipShortWords(m, t, -1);
        if (previous < 0 || !IsCapitalizedWord(m.Tokens[previous]) || IsPronounI(m.TextOf(m.Tokens[previous]))
            || m.ParagraphOf(previous).Index != paragraph)
            return false;
        // At a sentence start only a noun makes a phrase with the next word (Clothes Stand); "So Beautiful" is a slip.
        return !StartsUnit(m, previous) || (previous == t - 1 && WordClasses.IsMostlyNoun(Lower(m.TextOf(m.Tokens[previous]))));
    }

    /// <summary>The token one step from <paramref name="t"/> in <paramref name="direction"/>, past at most two
    /// lowercase words of three letters or fewer (of, the, and).</summary>
    private static int SkipShortWords(Manuscript m, int t, int direction)
    {
        int i = t + direction;
        for (int skipped = 0; skipped < 2 && i >= 0 && i < m.Tokens.Length; skipped++, i += direction)
        {
            var token = m.Tokens[i];
            if (!token.IsWord || token.Length > 3 || !char.IsLower(m.Text[token.Start])) break;
        }
        return i;
    }

    public static bool InTitledPhraseOrQuote(CheckContext context, int t) => InTitleCasedPhrase(context.Manuscript, t) || Of(context).InTitledQuote(t);

    public static bool IsDeterminer(ReadOnlySpan<char> word) => Determiners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>I, I'm, I'll, I'd, I've.</summary>
    public static bool IsPronounI(ReadOnlySpan<char> word) =>
        word is "I" || (word.Length > 2 && word[0] == 'I' && CharClass.IsApostrophe(word[1]));

    /// <summary>A line break between two tokens: verse and lists start each line with a capital.</summary>
    public static bool LineBreakBetween(Manuscript m, int first, int second)
    {
        var gap = m.Text.AsSpan(m.Tokens[first].End, m.Tokens[second].Start - m.Tokens[first].End);
        return gap.IndexOfAny('\n', '\r') >= 0;
    }

    public static string Lower(ReadOnlySpan<char> word) => char.ToLowerInvariant(word[0]) + word[1..].ToString();

    /// <summary><see cref="Lower(ReadOnlySpan{char})"/> written into <paramref name="buffer"/>, with no string, when it fits.</summary>
    public static ReadOnlySpan<char> Lower(ReadOnlySpan<char> word, Span<char> buffer)
    {
        if (word.Length > buffer.Length) return Lower(word);
        word.CopyTo(buffer);
        buffer[0] = char.ToLowerInvariant(word[0]);
        return buffer[..word.Length];
    }

    /// <summary>A buffer for <see cref="Lower(ReadOnlySpan{char}, Span{char})"/> that fits all but the longest words.</summary>
    public const int LowerBuffer = 32;

    public static string Upper(ReadOnlySpan<char> word) => char.ToUpperInvariant(word[0]) + word[1..].ToString();

    private static bool HasInnerCapital(ReadOnlySpan<char> word)
    {
        for (int i = 1; i < word.Length; i++) if (char.IsUpper(word[i]) && CharClass.IsHyphen(word[i - 1])) return true;
        return false;
    }
}
