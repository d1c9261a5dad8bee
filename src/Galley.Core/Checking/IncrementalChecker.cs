using Galley.Context;
using Galley.Diagnostics;
using Galley.Document;
using Galley.Rules;
using Galley.Rules.Capitalization;
using Galley.Rules.Punctuation;
using Galley.Text;

namespace Galley.Checking;

/// <summary>Checks a manuscript again and again as it is edited (in an editor), re-checking only what an edit touched.
/// Each paragraph is parsed and checked on its own and its result kept, keyed by its text, by what it read of the
/// whole manuscript (<see cref="DocumentKnowledge"/>: the speech style, the learned names, the counts of its unknown
/// words and of the writer's mid-sentence capitals, the apostrophe and spacing styles, the story's tense, the spelling
/// dialect) and by what it knows of its neighbours (<see cref="Neighbours"/>: whether the next paragraph opens with a
/// quote, how the one before ends). After an edit the whole-manuscript tallies are updated by taking away the
/// paragraphs that went and adding those that came; a paragraph is checked again when a count it read changed, and
/// every paragraph (its parse still reused) only when the names or a style flip. Rules that are not <see cref="Rule.IsParagraphLocal"/> run over
/// the whole text each time. The diagnostics always equal <see cref="Checker.Check"/>'s for the same text and options.
/// Work on many paragraphs at once (the first check, a change of names) runs on all cores. Not thread-safe: one
/// instance per open document.</summary>
public sealed class IncrementalChecker
{
    /// <summary>Paragraphs to parse or check before the work is spread over the cores.</summary>
    private const int ParallelFrom = 64;

    private readonly CheckOptions _options;
    private readonly Lexicon.Lexicon _lexicon = Lexicon.Lexicon.Default;
    private readonly Rule[] _paragraphRules;
    private readonly Rule[] _documentRules;
    private readonly Dictionary<string, Piece> _pieces = new(StringComparer.Ordinal);
    private NameTally _tally = new();
    private CountTally _capitals = new();
    private CountTally _forms = new();
    private DialectEvidence _dialects = new();
    private Piece[] _previous = [];
    private bool? _britishStyle, _curlyApostrophes, _anyCurlyApostrophe, _spacedHighMarks, _informalNarrator;
    private Story.Tense? _dominantTense;
    private NameBook? _names;
    private DocumentKnowledge? _knowledge;
    private int _namesVersion, _knowledgeVersion;

    public IncrementalChecker(CheckOptions? options = null, IEnumerable<Rule>? rules = null)
    {
        _options = options ?? CheckOptions.Default;
        var chosen = (rules ?? RuleCatalog.Enabled(_options)).ToList();
        _paragraphRules = chosen.Where(r => r.IsParagraphLocal).ToArray();
        _documentRules = chosen.Where(r => !r.IsParagraphLocal).ToArray();
    }

    public CheckOptions Options => _options;

    /// <summary>How many paragraphs the last <see cref="Check"/> ran the rules on (the rest were answered from memory).</summary>
    internal int ParagraphsChecked { get; private set; }

    /// <summary>Whether work on many paragraphs may run on several threads (the result is the same either way).</summary>
    internal bool Parallel { get; init; } = true;

    /// <summary>The rules that read more than their paragraph and its knowledge, run over the whole text.</summary>
    internal IReadOnlyList<Rule> DocumentRules => _documentRules;

    /// <summary>The names learned from the text of the last <see cref="Check"/>.</summary>
    internal NameBook Names => _names ?? throw new InvalidOperationException("Nothing has been checked yet.");

    /// <summary>The diagnostics of <paramref name="text"/>, in the order <see cref="Checker.Check"/> gives them.</summary>
    public IReadOnlyList<Diagnostic> Check(string text)
    {
        var ordered = CheckParagraphs(text, ParagraphSplitter.Split(text));
        if (_documentRules.Length == 0) return ordered.ToList();
        return Checker.InOrder(ordered.Concat(Checker.CheckWhole(text, _options, _documentRules).Diagnostics)).ToList();
    }

    /// <summary>The diagnostics of the paragraph-local rules, in text order.</summary>
    internal IEnumerable<Diagnostic> CheckParagraphs(string text, List<Paragraph> paragraphs)
    {
        bool parallel = Parallel && Environment.ProcessorCount > 1 && NgramModel.LeaveOut is null;   // tuning leaves sentences out on its own thread
        var current = FindPieces(text, paragraphs, parallel, out var votes);
        UpdateTallies(current, votes.BritishStyle);
        var knowledge = _knowledge!;
        bool british = _britishStyle!.Value;
        LearnStyles(current, knowledge);

        var facts = Facts(current, british, knowledge, parallel);
        int past = 0, present = 0, paragraph = 0, speechDialectMarks = 0;
        var informalNarration = new List<int>();
        foreach (var f in facts)
        {
            past += f.PastSentences;
            present += f.PresentSentences;
            if (f.InformalNarration) informalNarration.Add(paragraph);
            speechDialectMarks += f.SpeechDialectMarks;
            paragraph++;
        }
        knowledge.SpeechByEar = Learn(ref _speechByEar, Rules.Spelling.Voice.IsSpeechByEar(speechDialectMarks));
        bool informalNarrator = Rules.Spelling.Voice.IsInformalNarrator(informalNarration);
        Learn(ref _informalNarrator, informalNarrator);   // a narrator's informal voice is accepted in every paragraph
        knowledge.InformalNarrator = informalNarrator;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var paragraphFacts in facts)
            foreach (var word in paragraphFacts.UnknownWords(informalNarrator)) counts[word] = counts.GetValueOrDefault(word) + 1;
        knowledge.UnknownWordCounts = counts;
        var tense = Story.TenseAnalysis.DominantOf(past, present);
        if (_dominantTense != tense)
        {
            _dominantTense = tense;
            _knowledgeVersion++;   // drifts are judged against the story's tense
        }
        knowledge.DominantTense = tense;

        // What a paragraph cannot read of its neighbours is left out, so a change there does not check it again.
        var neighbours = new Neighbours[current.Length];
        for (int i = 0; i < current.Length; i++)
        {
            var parse = current[i].Parsed(british, _lexicon);
            neighbours[i] = new Neighbours(parse.LeavesSpeechOpen && i + 1 < current.Length && current[i + 1].OpensWithQuote,
                parse.ReadsParagraphBefore && i > 0 ? facts[i - 1].End : null);
        }
        CheckStale(current, neighbours, british, knowledge, parallel);

        var diagnostics = new List<Diagnostic>();
        for (int i = 0; i < current.Length; i++)
        {
            int offset = paragraphs[i].Span.Start;
            foreach (var d in current[i].Result(neighbours[i]).Diagnostics) diagnostics.Add(Shift(d, offset));
        }
        ForgetUnused(current);
        // Each paragraph's diagnostics are kept in Checker's order and paragraphs do not overlap, so the list is in order.
        return Checker.FirstOfEachSpelling(diagnostics, text, _paragraphRules);
    }

    private Piece[] FindPieces(string text, List<Paragraph> paragraphs, bool parallel, out SpeechStyleVotes votes)
    {
        var lookup = _pieces.GetAlternateLookup<ReadOnlySpan<char>>();
        var current = new Piece?[paragraphs.Count];
        var missing = new List<int>();
        for (int i = 0; i < paragraphs.Count; i++)
        {
            var span = paragraphs[i].Span;
            if (lookup.TryGetValue(text.AsSpan(span.Start, span.Length), out var piece)) current[i] = piece;
            else missing.Add(i);
        }
        var made = new Piece[missing.Count];
        For(missing.Count, parallel, i => made[i] = new Piece(text.Substring(paragraphs[missing[i]].Span.Start, paragraphs[missing[i]].Span.Length), _lexicon, _options.Dialect));
        for (int i = 0; i < missing.Count; i++)
        {
            // A text that occurs twice among the new paragraphs is one piece.
            if (!_pieces.TryGetValue(made[i].Text, out var piece)) _pieces[made[i].Text] = piece = made[i];
            current[missing[i]] = piece;
        }
        votes = default;
        foreach (var piece in current) votes += piece!.Votes;
        return current!;
    }

    /// <summary>Updates the whole manuscript's tallies (the name evidence, the mid-sentence capitals) with the paragraphs
    /// that changed (those between the unchanged first and last ones) and decides the names again only when the
    /// evidence changed.</summary>
    private void UpdateTallies(Piece[] current, bool british)
    {
        bool styleChanged = _britishStyle != british;
        if (styleChanged)
        {
            _tally = new NameTally();
            _capitals = new CountTally();
            _forms = new CountTally();
            _dialects = new DialectEvidence();
            foreach (var piece in current)
            {
                _tally.Add(piece.Parsed(british, _lexicon).Names);
                _capitals.Add(piece.Parsed(british, _lexicon).MidSentenceCapitals, 1);
                _forms.Add(piece.Parsed(british, _lexicon).WrittenForms, 1);
                _dialects.Add(piece.Parsed(british, _lexicon).Dialect, 1);
            }
        }
        else
        {
            int prefix = 0, suffix = 0;
            int shorter = Math.Min(current.Length, _previous.Length);
            while (prefix < shorter && ReferenceEquals(current[prefix], _previous[prefix])) prefix++;
            while (suffix < shorter - prefix && ReferenceEquals(current[^(suffix + 1)], _previous[^(suffix + 1)])) suffix++;
            var went = _previous[prefix..(_previous.Length - suffix)].Select(p => p.Parsed(british, _lexicon)).ToList();
            var came = current[prefix..(current.Length - suffix)].Select(p => p.Parsed(british, _lexicon)).ToList();
            _tally.Replace(went.Select(p => p.Names), came.Select(p => p.Names));
            foreach (var parse in went)
            {
                _capitals.Add(parse.MidSentenceCapitals, -1);
                _forms.Add(parse.WrittenForms, -1);
                _dialects.Add(parse.Dialect, -1);
            }
            foreach (var parse in came)
            {
                _capitals.Add(parse.MidSentenceCapitals, 1);
                _forms.Add(parse.WrittenForms, 1);
                _dialects.Add(parse.Dialect, 1);
            }
        }
        _previous = current;
        _britishStyle = british;
        if (_tally.Changed || styleChanged || _names is null) LearnNames(current, styleChanged);
        _knowledge!.MidSentenceCapitals = _capitals.Counts;
        _knowledge.WrittenForms = _forms.Counts;
        _knowledge.WrittenDialect = _dialects.WrittenDialect(_options);   // the paragraphs that read it are checked again when it changes
    }

    /// <summary>Decides the names again. A name seen more or less often matters only to the paragraphs that asked
    /// whether a word is its typo (<see cref="DocumentRead"/>); a new or lost name only to the paragraphs that hold it
    /// or a word a few letters from it (which it may be suggested for), the rest keep their facts and results.</summary>
    private void LearnNames(Piece[] current, bool styleChanged)
    {
        _tally.Changed = false;
        var names = NameBook.Build(_tally, _lexicon, _options);
        if (_names is not null && names.SameAs(_names) && !styleChanged) return;
        var knowledge = new DocumentKnowledge(names, _lexicon, _options.Dialect);
        if (_names is null || styleChanged)
        {
            _namesVersion++;
            _knowledgeVersion++;
        }
        else
        {
            var changed = names.All.Except(_names.All).Concat(_names.All.Except(names.All)).ToArray();
            foreach (var (word, suggestions) in _knowledge!.Suggestions)
                if (!NameChange.Reaches(changed, word)) knowledge.Suggestions[word] = suggestions;
            if (changed.Length > 0)
            {
                int was = _namesVersion++;
                foreach (var piece in current.Distinct())
                    if (!NameChange.Touches(changed, piece)) piece.CarryNames(was, _namesVersion);
            }
        }
        _knowledge = knowledge;
        _names = names;
    }

    /// <summary>The writer's styles over the whole text; when one flips, every paragraph's result may change.</summary>
    private void LearnStyles(Piece[] current, DocumentKnowledge knowledge)
    {
        ApostropheCount apostrophes = default;
        HighMarks marks = default;
        foreach (var piece in current)
        {
            apostrophes += piece.Apostrophes;
            marks += piece.HighMarks;
        }
        knowledge.CurlyApostrophes = Learn(ref _curlyApostrophes, apostrophes.Curly);   // fixes write the writer's apostrophe
        knowledge.AnyCurlyApostrophe = Learn(ref _anyCurlyApostrophe, apostrophes.CurlyCount > 0);
        knowledge.SpacedHighMarks = Learn(ref _spacedHighMarks, SpaceBeforePunctuation.IsSpacedStyle(marks));
    }

    private bool? _speechByEar;

    private bool Learn(ref bool? known, bool value)
    {
        if (known != value) _knowledgeVersion++;
        known = value;
        return value;
    }

    /// <summary>Each paragraph's part of the whole manuscript's tallies, worked out again for the paragraphs that are
    /// new or when the names changed.</summary>
    private ParagraphFacts[] Facts(Piece[] current, bool british, DocumentKnowledge knowledge, bool parallel)
    {
        var stale = current.Where(p => !p.HasFacts(british, _namesVersion)).Distinct().ToArray();
        For(stale.Length, parallel, i => stale[i].Facts(british, _namesVersion, knowledge, _lexicon, _options));
        return current.Select(p => p.Facts(british, _namesVersion, knowledge, _lexicon, _options)).ToArray();
    }

    /// <summary>Runs the rules on the paragraphs whose kept result no longer holds: each piece on one thread, so
    /// a text that occurs in several places is never worked on twice at once.</summary>
    private void CheckStale(Piece[] current, Neighbours[] neighbours, bool british, DocumentKnowledge knowledge, bool parallel)
    {
        var work = new Dictionary<Piece, List<Neighbours>>();
        for (int i = 0; i < current.Length; i++)
        {
            if (current[i].Holds(neighbours[i], british, _knowledgeVersion, _namesVersion, knowledge)) continue;
            if (!work.TryGetValue(current[i], out var list)) work[current[i]] = list = [];
            if (!list.Contains(neighbours[i])) list.Add(neighbours[i]);
        }
        var pieces = work.ToArray();
        ParagraphsChecked = pieces.Sum(p => p.Value.Count);
        For(pieces.Length, parallel && ParagraphsChecked >= ParallelFrom, i =>
        {
            foreach (var n in pieces[i].Value)
                pieces[i].Key.Check(n, british, _knowledgeVersion, _namesVersion, knowledge, _lexicon, _options, _paragraphRules);
        });
    }

    private static void For(int count, bool parallel, Action<int> body)
    {
        if (parallel && count >= ParallelFrom) System.Threading.Tasks.Parallel.For(0, count, body);
        else for (int i = 0; i < count; i++) body(i);
    }

    /// <summary>Keeps the results of the paragraphs in the text (and so of an undo just after an edit), not of every text ever typed.</summary>
    private void ForgetUnused(Piece[] current)
    {
        if (_pieces.Count <= 2 * current.Length + 64) return;
        var keep = current.ToHashSet();
        foreach (var piece in _pieces.Values.Where(p => !keep.Contains(p)).ToList()) _pieces.Remove(piece.Text);
    }

    private static Diagnostic Shift(Diagnostic d, int offset) =>
        offset == 0 ? d : d with { Span = new TextSpan(d.Span.Start + offset, d.Span.Length), Fixes = new ShiftedFixes(d.Fixes, offset) };

    /// <summary>A paragraph's fixes moved to where the paragraph stands, made only when read: most are never looked at.</summary>
    private sealed class ShiftedFixes(IReadOnlyList<Fix> fixes, int offset) : IReadOnlyList<Fix>
    {
        public Fix this[int index] => Move(fixes[index]);
        public int Count => fixes.Count;
        public IEnumerator<Fix> GetEnumerator() { foreach (var f in fixes) yield return Move(f); }
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
        private Fix Move(Fix f) => f with { Edits = f.Edits.Select(e => e with { Span = new TextSpan(e.Span.Start + offset, e.Span.Length) }).ToArray() };
    }

    /// <summary>One paragraph's text and everything worked out from it, shared by every paragraph with the same text.</summary>
    private sealed class Piece
    {
        private readonly Parse?[] _parses = new Parse?[2];
        private int _factsVersion = -1;
        private bool _factsStyle;
        private ParagraphFacts _facts = new([], [], false, 0, 0, 0, default);
        /// <summary>The kept results, one for each way the neighbours may stand (see <see cref="Slot"/>).</summary>
        private readonly CheckedResult?[] _results = new CheckedResult?[10];

        public Piece(string text, Lexicon.Lexicon lexicon, Lexicon.Dialect dialect)
        {
            Text = text;
            var own = Manuscript.ParseParagraph(text, lexicon.Language, britishStyle: null);
            Votes = own.SpeechVotes;
            Apostrophes = ApostropheCount.Of(text);
            HighMarks = SpaceBeforePunctuation.CountHighMarks(own);
            OpensWithQuote = own.Paragraphs[0].IsProse && own.Tokens.Length > 0 && own.Tokens[0].Kind == TokenKind.Quote;
            UnlistedWords = own.Tokens.Where(t => t.IsWord).Select(t => own.StringOf(t))
                .SelectMany(word => word.Split(HyphenChars).Append(word))   // the parts of a compound are looked up too
                .Where(word => word.Length > 0 && !lexicon.Words.Contains(word, dialect)).Distinct().ToArray();
            _parses[Votes.BritishStyle ? 1 : 0] = new Parse(own, lexicon);
        }

        public string Text { get; }
        public SpeechStyleVotes Votes { get; }
        public ApostropheCount Apostrophes { get; }
        public HighMarks HighMarks { get; }
        /// <summary>A prose paragraph whose first token is a quote: speech left open in the paragraph before goes on here.</summary>
        public bool OpensWithQuote { get; }
        /// <summary>The paragraph's distinct words the dictionary lacks (only those are given suggestions), for telling
        /// whether a change of names reaches it.</summary>
        public string[] UnlistedWords { get; }

        /// <summary>The hyphens <see cref="CharClass.IsHyphen"/> knows.</summary>
        private static readonly char[] HyphenChars = ['-', '\u2010', '\u2011'];

        public Parse Parsed(bool british, Lexicon.Lexicon lexicon) =>
            _parses[british ? 1 : 0] ??= new Parse(Manuscript.ParseParagraph(Text, lexicon.Language, british), lexicon);

        public bool HasFacts(bool british, int namesVersion) => _factsVersion == namesVersion && _factsStyle == british;

        /// <summary>What the paragraph adds to the whole manuscript's counts and tells its neighbour; it depends on the
        /// paragraph and the set of names. Its unknown words are found for a narrator who does and one who does not talk
        /// informally throughout, since that is decided by the whole manuscript's count.</summary>
        public ParagraphFacts Facts(bool british, int namesVersion, DocumentKnowledge knowledge, Lexicon.Lexicon lexicon, CheckOptions options)
        {
            if (HasFacts(british, namesVersion)) return _facts;
            var manuscript = Parsed(british, lexicon).Manuscript;
            var context = new CheckContext(manuscript, lexicon, options, knowledge);
            var (past, present) = Story.TenseAnalysis.Count(manuscript, knowledge.Names);
            var candidates = Rules.Spelling.SpellingScan.FindCandidates(context);
            List<string> UnknownWords(bool informalNarrator) =>
                Rules.Spelling.SpellingScan.FindUnknown(context, candidates, informalNarrator).Select(f => f.Text).ToList();
            _facts = new ParagraphFacts(UnknownWords(false), UnknownWords(true),
                Rules.Spelling.Voice.HasInformalNarration(candidates.Found), Rules.Spelling.Voice.SpeechDialectMarks(candidates), past, present,
                LowercaseSentenceStart.EndOf(context, manuscript.Paragraphs[0]));
            (_factsVersion, _factsStyle) = (namesVersion, british);
            return _facts;
        }

        /// <summary>Facts and results worked out with the names of version <paramref name="was"/> still hold with those of
        /// <paramref name="now"/>: the names that changed do not touch this paragraph.</summary>
        public void CarryNames(int was, int now)
        {
            if (_factsVersion == was) _factsVersion = now;
            foreach (var result in _results)
                if (result is not null && result.NamesVersion == was) result.NamesVersion = now;
        }

        public CheckedResult Result(Neighbours neighbours) => _results[Slot(neighbours)]!;

        /// <summary>Whether the result kept for these neighbours still holds: same names and styles, same counts read.</summary>
        public bool Holds(Neighbours neighbours, bool british, int knowledgeVersion, int namesVersion, DocumentKnowledge knowledge) =>
            _results[Slot(neighbours)] is { } kept && kept.Version == knowledgeVersion && kept.NamesVersion == namesVersion && kept.BritishStyle == british
            && kept.Reads.TrueForAll(read => read.StillHolds(knowledge));

        public void Check(Neighbours neighbours, bool british, int knowledgeVersion, int namesVersion, DocumentKnowledge knowledge, Lexicon.Lexicon lexicon,
            CheckOptions options, Rule[] rules)
        {
            var manuscript = Parsed(british, lexicon).Manuscript;
            var context = new CheckContext(manuscript, lexicon, options, knowledge, neighbours);
            var sink = new DiagnosticSink();
            foreach (var rule in rules) rule.Check(context, sink);
            var diagnostics = Checker.OnePerCorrection(Checker.InOrder(Checker.Keep(sink.Items, manuscript, options))).ToList();
            _results[Slot(neighbours)] = new CheckedResult(knowledgeVersion, british, context.DocumentReads, diagnostics) { NamesVersion = namesVersion };
        }

        /// <summary>A paragraph that occurs in several places may have different neighbours in each: one result per way
        /// they stand, so the places do not undo each other's results.</summary>
        private static int Slot(Neighbours n) =>
            (n.NextOpensWithQuote ? 1 : 0) + 2 * (n.PreviousEnd is not { } end ? 0 : 1 + (end.EndsSentence ? 1 : 0) + (end.EndsWithQuote ? 2 : 0));
    }

    private sealed record CheckedResult(int Version, bool BritishStyle, List<DocumentRead> Reads, List<Diagnostic> Diagnostics)
    {
        /// <summary>The names the result was worked out with, carried on while a change of names does not touch the paragraph.</summary>
        public int NamesVersion { get; set; }
    }

    /// <summary>A paragraph parsed with one speech style, and its part of the whole manuscript's tallies (names, capitals, dialect spellings).</summary>
    private sealed class Parse(Manuscript manuscript, Lexicon.Lexicon lexicon)
    {
        public Manuscript Manuscript { get; } = manuscript;
        public NameTally Names { get; } = NameTally.Of(manuscript, lexicon.Language);
        public Dictionary<string, int> MidSentenceCapitals { get; } = Capitals.CountMidSentence(manuscript);
        public Dictionary<string, int> WrittenForms { get; } = Checking.WrittenForms.Count(manuscript);
        public DialectEvidence Dialect { get; } = DialectEvidence.Of(manuscript, lexicon);
        /// <summary>Speech is left open: it may go on in the next paragraph.</summary>
        public bool LeavesSpeechOpen { get; } = manuscript.Quotations.Any(q => !q.IsClosed && q.IsSpeech);
        public bool ReadsParagraphBefore { get; } = LowercaseSentenceStart.ReadsParagraphBefore(manuscript);
    }

    /// <summary>A paragraph's part of the whole manuscript's tallies: its unknown words (for a narrator who does not and
    /// one who does talk informally throughout), whether its narration is informal, its speech dialect marks, its past- and present-tense
    /// sentences; and how it ends, for the paragraph after it.</summary>
    private sealed record ParagraphFacts(List<string> PlainNarratorUnknownWords, List<string> InformalNarratorUnknownWords,
        bool InformalNarration, int SpeechDialectMarks, int PastSentences, int PresentSentences, ParagraphEnd End)
    {
        public List<string> UnknownWords(bool informalNarrator) => informalNarrator ? InformalNarratorUnknownWords : PlainNarratorUnknownWords;
    }

    /// <summary>Counts of words over the whole manuscript, kept as paragraphs come and go.</summary>
    private sealed class CountTally
    {
        private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

        public IReadOnlyDictionary<string, int> Counts => _counts;

        public void Add(Dictionary<string, int> part, int sign)
        {
            foreach (var (word, n) in part)
            {
                ref int count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_counts, word, out _);
                count += sign * n;
                if (count == 0) _counts.Remove(word);
            }
        }
    }

    /// <summary>Which paragraphs a change of names (names learned or lost) can touch. A check reads names by looking up
    /// the paragraph's own words (a name, its possessive or plural, in any case: any text holding the name) and by
    /// suggesting names for the words no dictionary lists, those up to <see cref="Lexicon.Suggester.NameReach"/> edits
    /// from a name.</summary>
    private static class NameChange
    {
        public static bool Touches(string[] changed, Piece piece)
        {
            foreach (var name in changed)
                if (piece.Text.Contains(name, StringComparison.OrdinalIgnoreCase)) return true;
            foreach (var word in piece.UnlistedWords)
                if (Reaches(changed, word)) return true;
            return false;
        }

        public static bool Reaches(string[] changed, string word)
        {
            const int reach = Lexicon.Suggester.NameReach;
            foreach (var name in changed)
                if (Math.Abs(name.Length - word.Length) <= reach && Lexicon.EditDistance.Between(name, word, reach, ignoreCase: true) <= reach)
                    return true;
            return false;
        }
    }
}
