using Galley.Diagnostics;
using Galley.Document;
using Galley.Rules;
using Galley.Text;

namespace Galley.Checking;

/// <summary>Checks a manuscript again and again as it is edited (in an editor), re-checking only what an edit touched.
/// Each paragraph is parsed and checked on its own and its result kept, keyed by its text and by what it read of the
/// whole manuscript (the speech style, the learned names, the counts of its unknown words, the apostrophe style, the
/// story's tense). After an edit the names are re-learned by taking away the evidence of the paragraphs that went and
/// adding that of those that came; only if the names (or another whole-manuscript fact) change is every paragraph
/// re-checked, its parse still reused. Rules that are not
/// <see cref="Rule.IsParagraphLocal"/> run over the whole text each time. The diagnostics always equal
/// <see cref="Checker.Check"/>'s for the same text and options. Not thread-safe: one instance per open document.</summary>
public sealed class IncrementalChecker
{
    private readonly CheckOptions _options;
    private readonly Lexicon.Lexicon _lexicon = Lexicon.Lexicon.Default;
    private readonly Rule[] _paragraphRules;
    private readonly Rule[] _documentRules;
    private readonly Dictionary<string, Piece> _pieces = new(StringComparer.Ordinal);
    private NameTally _tally = new();
    private Piece[] _previous = [];
    private bool? _britishStyle;
    private bool? _curlyApostrophes;
    private Story.Tense? _dominantTense;
    private bool? _informalNarrator;
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

    /// <summary>The diagnostics of <paramref name="text"/>, in the order <see cref="Checker.Check"/> gives them.</summary>
    public IReadOnlyList<Diagnostic> Check(string text)
    {
        var paragraphs = ParagraphSplitter.Split(text);
        var current = FindPieces(text, paragraphs, out var votes, out var apostrophes);
        LearnNames(current, votes.BritishStyle);
        if (_curlyApostrophes != apostrophes.Curly)
        {
            _curlyApostrophes = apostrophes.Curly;
            _knowledgeVersion++;   // fixes that write apostrophes change style: every paragraph's result may change
        }
        var knowledge = _knowledge!;
        knowledge.CurlyApostrophes = apostrophes.Curly;
        bool british = _britishStyle!.Value;

        var facts = new ParagraphFacts[current.Length];
        int past = 0, present = 0, informalNarration = 0;
        for (int i = 0; i < current.Length; i++)
        {
            facts[i] = current[i].Facts(british, _namesVersion, knowledge, _lexicon, _options);
            past += facts[i].PastSentences;
            present += facts[i].PresentSentences;
            informalNarration += facts[i].InformalNarrationParagraphs;
        }
        bool informalNarrator = Rules.Spelling.Voice.IsInformalNarrator(informalNarration);
        if (_informalNarrator != informalNarrator)
        {
            _informalNarrator = informalNarrator;
            _knowledgeVersion++;   // a narrator's informal voice is accepted in every paragraph
        }
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

        var diagnostics = new List<Diagnostic>();
        ParagraphsChecked = 0;
        for (int i = 0; i < current.Length; i++)
        {
            int offset = paragraphs[i].Span.Start;
            var found = current[i].Diagnostics(british, _knowledgeVersion, knowledge, _lexicon, _options, _paragraphRules, out bool rechecked);
            if (rechecked) ParagraphsChecked++;
            foreach (var d in found) diagnostics.Add(Shift(d, offset));
        }
        ForgetUnused(current);
        // Each paragraph's diagnostics are kept in Checker's order and paragraphs do not overlap, so the list is in order.
        var ordered = Checker.FirstOfEachSpelling(diagnostics, text, _paragraphRules);
        if (_documentRules.Length == 0) return ordered.ToList();
        return Checker.InOrder(ordered.Concat(Checker.Check(text, _options, _documentRules).Diagnostics)).ToList();
    }

    private Piece[] FindPieces(string text, List<Paragraph> paragraphs, out SpeechStyleVotes votes, out ApostropheCount apostrophes)
    {
        apostrophes = default;
        var lookup = _pieces.GetAlternateLookup<ReadOnlySpan<char>>();
        var current = new Piece[paragraphs.Count];
        votes = default;
        for (int i = 0; i < paragraphs.Count; i++)
        {
            var span = paragraphs[i].Span;
            if (!lookup.TryGetValue(text.AsSpan(span.Start, span.Length), out var piece))
            {
                piece = new Piece(text.Substring(span.Start, span.Length), _lexicon.Language);
                _pieces[piece.Text] = piece;
            }
            current[i] = piece;
            votes += piece.Votes;
            apostrophes += piece.Apostrophes;
        }
        return current;
    }

    /// <summary>Updates the name evidence with the paragraphs that changed (those between the unchanged first and last
    /// ones) and decides the names again only when the evidence changed.</summary>
    private void LearnNames(Piece[] current, bool british)
    {
        bool styleChanged = _britishStyle != british;
        if (styleChanged)
        {
            _tally = new NameTally();
            foreach (var piece in current) _tally.Add(piece.Parsed(british, _lexicon).Tally);
        }
        else
        {
            int prefix = 0, suffix = 0;
            int shorter = Math.Min(current.Length, _previous.Length);
            while (prefix < shorter && ReferenceEquals(current[prefix], _previous[prefix])) prefix++;
            while (suffix < shorter - prefix && ReferenceEquals(current[^(suffix + 1)], _previous[^(suffix + 1)])) suffix++;
            for (int i = prefix; i < _previous.Length - suffix; i++) _tally.Remove(_previous[i].Parsed(british, _lexicon).Tally);
            for (int i = prefix; i < current.Length - suffix; i++) _tally.Add(current[i].Parsed(british, _lexicon).Tally);
        }
        _previous = current;
        _britishStyle = british;
        if (!_tally.Changed && !styleChanged && _names is not null) return;
        _tally.Changed = false;
        var names = NameBook.Build(_tally, _lexicon, _options);
        if (styleChanged || _names is null || !names.SameNamesAs(_names)) _namesVersion++;
        if (styleChanged || _names is null || !names.SameAs(_names))
        {
            _knowledgeVersion++;
            var knowledge = new DocumentKnowledge(names, _lexicon, _options.Dialect);
            if (_names is not null && names.SameNamesAs(_names))
                foreach (var (word, suggestions) in _knowledge!.Suggestions) knowledge.Suggestions[word] = suggestions;
            _knowledge = knowledge;
            _names = names;
        }
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
        private ParagraphFacts _facts = new([], [], 0, 0, 0);
        private int _resultVersion = -1;
        private bool _resultStyle;
        private List<KeyValuePair<string, int>> _reads = [];
        private List<Diagnostic> _diagnostics = [];

        public Piece(string text, Lexicon.LanguageData language)
        {
            Text = text;
            var own = Manuscript.ParseParagraph(text, language, britishStyle: null);
            Votes = own.SpeechVotes;
            Apostrophes = ApostropheCount.Of(text);
            _parses[Votes.BritishStyle ? 1 : 0] = new Parse(own, NameTally.Of(own, language));
        }

        public string Text { get; }
        public SpeechStyleVotes Votes { get; }
        public ApostropheCount Apostrophes { get; }

        public Parse Parsed(bool british, Lexicon.Lexicon lexicon)
        {
            ref var parse = ref _parses[british ? 1 : 0];
            if (parse is null)
            {
                var manuscript = Manuscript.ParseParagraph(Text, lexicon.Language, british);
                parse = new Parse(manuscript, NameTally.Of(manuscript, lexicon.Language));
            }
            return parse;
        }

        /// <summary>What the paragraph adds to the whole manuscript's counts; it depends on the paragraph and the set of
        /// names. Its unknown words are found for a narrator who does and one who does not talk informally throughout,
        /// since that is decided by the whole manuscript's count.</summary>
        public ParagraphFacts Facts(bool british, int namesVersion, DocumentKnowledge knowledge, Lexicon.Lexicon lexicon, CheckOptions options)
        {
            if (_factsVersion == namesVersion && _factsStyle == british) return _facts;
            var manuscript = Parsed(british, lexicon).Manuscript;
            var context = new CheckContext(manuscript, lexicon, options, knowledge);
            var (past, present) = Story.TenseAnalysis.Count(manuscript, knowledge.Names);
            var candidates = Rules.Spelling.SpellingScan.FindCandidates(context);
            List<string> UnknownWords(bool informalNarrator) =>
                Rules.Spelling.SpellingScan.FindUnknown(context, candidates, informalNarrator).Select(f => f.Text).ToList();
            _facts = new ParagraphFacts(UnknownWords(false), UnknownWords(true),
                Rules.Spelling.Voice.InformalNarrationParagraphs(candidates.Found), past, present);
            (_factsVersion, _factsStyle) = (namesVersion, british);
            return _facts;
        }

        public List<Diagnostic> Diagnostics(bool british, int knowledgeVersion, DocumentKnowledge knowledge, Lexicon.Lexicon lexicon,
            CheckOptions options, Rule[] rules, out bool rechecked)
        {
            rechecked = false;
            if (_resultVersion == knowledgeVersion && _resultStyle == british && ReadsStillHold(knowledge)) return _diagnostics;
            rechecked = true;
            var manuscript = Parsed(british, lexicon).Manuscript;
            var context = new CheckContext(manuscript, lexicon, options, knowledge);
            var sink = new DiagnosticSink();
            foreach (var rule in rules) rule.Check(context, sink);
            _diagnostics = Checker.InOrder(Checker.Keep(sink.Items, manuscript, options)).ToList();
            _reads = context.DocumentReads;
            (_resultVersion, _resultStyle) = (knowledgeVersion, british);
            return _diagnostics;
        }

        private bool ReadsStillHold(DocumentKnowledge knowledge)
        {
            foreach (var (word, n) in _reads)
                if (knowledge.UnknownWordCounts!.GetValueOrDefault(word) != n) return false;
            return true;
        }
    }

    private sealed record Parse(Manuscript Manuscript, NameTally Tally);

    /// <summary>A paragraph's part of the whole manuscript's tallies: its unknown words (for a narrator who does not and
    /// one who does talk informally throughout), whether its narration is informal, its past- and present-tense sentences.</summary>
    private sealed record ParagraphFacts(List<string> PlainNarratorUnknownWords, List<string> InformalNarratorUnknownWords,
        int InformalNarrationParagraphs, int PastSentences, int PresentSentences)
    {
        public List<string> UnknownWords(bool informalNarrator) => informalNarrator ? InformalNarratorUnknownWords : PlainNarratorUnknownWords;
    }
}
