using Galley.Checking;
using Galley.Document;

namespace Galley.Context;

/// <summary>One place where a confusion-set alternative reads much better than what is written: the tokens
/// replaced, the alternative (lookup form), and how much better it scores, by the n-gram model (ΔLM, natural
/// log) and by the tagger's best tagging of the surrounding words (ΔPOS); on which sides each reading joins its
/// neighbours in a bigram seen at least twice in training (flags <see cref="RealWordFindings.LeftSide"/>, RightSide);
/// and by how much the set's classifier prefers the alternative beyond its head start as the commoner word (log odds,
/// NaN when the set has no classifier; see <see cref="RealWordFindings.ClassifierEvidence"/>).</summary>
public sealed record RealWordFinding(int FirstToken, int TokenCount, string Written, string Alternative, double LmGain, double TagGain,
    int AlternativeEvidence, int WrittenEvidence, double FrequencyGain, double ClassifierGain = double.NaN)
{
    /// <summary>True when the alternative wins by the margin for a warning; otherwise the finding is a hint.</summary>
    public bool IsConfident => Score >= RealWordFindings.ConfidentScore;

    /// <summary>True when the confusion is about an apostrophe (its/it's, your/you're, they're/their).</summary>
    public bool IsApostrophe => Written.Contains('\'') || Alternative.Contains('\'');

    /// <summary>The margin: the models' gains, less part of the alternative's head start from being the commoner word,
    /// so that a frequent word (of, to, and) does not win every context that neither model knows.</summary>
    public double Score => LmGain + RealWordFindings.TagWeight * TagGain - RealWordFindings.FrequencyWeight * Math.Max(0, FrequencyGain);
}

/// <summary>The real-word errors of a manuscript: every token (or two-token phrase) of a confusion set is scored
/// against each alternative in a ±2 word window by the n-gram model and in a ±3 token window by the tagger; an
/// alternative is kept only when it wins by a wide margin. Computed once per check, shared by the
/// real-word and apostrophe rules.</summary>
public sealed class RealWordFindings
{
    /// <summary>Weight of the tagger's verdict beside the n-gram model's.</summary>
    internal const double TagWeight = 1.0, FrequencyWeight = 1.0;
    /// <summary>Thresholds, set on Brown tune text (leave-one-out) and synthetic errors: see docs/context-model.md.
    /// A finding scoring at least <see cref="ConfidentScore"/> is a warning; one between <see cref="MinScore"/> and it
    /// is only a hint (info).</summary>
    internal const double MinLmGain = 0.0, MinTagGain = 0.0, MinScore = 5.0, ConfidentScore = 6.5;
    /// <summary>A set's classifier vetoes a finding unless its <see cref="ClassifierEvidence"/> for the alternative is at
    /// least this (log odds): the classifier must agree. Chosen on Brown tune text and the PDNC novels
    /// (docs/context-model.md); settable only so that scripts/data/confusions can measure other values.</summary>
    internal static double MinClassifierGain { get; set; } = 1.0;
    /// <summary>Off only to measure the models without the classifiers (scripts/data/confusions).</summary>
    [ThreadStatic] internal static bool WithoutClassifier;
    internal const int LeftSide = 1, RightSide = 2;

    private const int TagWindow = 3;

    public IReadOnlyList<RealWordFinding> Items { get; }

    private RealWordFindings(IReadOnlyList<RealWordFinding> items) => Items = items;

    public static RealWordFindings Of(CheckContext context) => context.Memo(c =>
    {
        // The models load independently: load them side by side on first use (the classifiers' sets are parsed as they are needed).
        var ngrams = Task.Run(() => NgramModel.Default);
        var classifiers = Task.Run(() => ConfusionClassifier.Default);
        _ = TaggerModel.Default;
        ngrams.Wait();
        classifiers.Wait();
        return new RealWordFindings(Find(c.Manuscript, c.Names.IsName, keepAll: false, () => PosTags.Of(c)));
    });

    /// <summary>Every candidate with its gains (keepAll) or only the confident ones. <paramref name="tags"/>: the
    /// manuscript's tags when the caller has them (the classifiers read the neighbours' tags).</summary>
    internal static List<RealWordFinding> Find(Manuscript manuscript, NameTest? isName, bool keepAll, Func<PosTags>? tags = null)
    {
        var findings = new List<RealWordFinding>();
        var finder = new Finder(manuscript, isName, keepAll, tags);
        foreach (var sentence in manuscript.Sentences) finder.FindIn(sentence, findings);
        return findings;
    }

    /// <summary>The word ids of a sentence's tokens, sentence end appended.</summary>
    internal static void SentenceIds(Manuscript manuscript, Sentence sentence, List<int> ids)
    {
        ids.Clear();
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++) ids.Add(NgramModel.Default.IdOf(PosTagger.BrownText(manuscript, t)));
        ids.Add(NgramModel.Default.SentenceEnd);
    }

    internal delegate bool NameTest(ReadOnlySpan<char> word);

    /// <summary>Finds the real-word errors of one manuscript, sentence by sentence. Facts about a word (its n-gram id,
    /// its confusion sets) are looked up once per distinct word; a sentence's ids only where a candidate needs them.</summary>
    internal sealed class Finder(Manuscript manuscript, NameTest? isName, bool keepAll, Func<PosTags>? tags = null)
    {
        private const int Unknown = -1;

        private PosTags? _tags;
        /// <summary>The classifier features of the place being judged; <see cref="_featureCount"/> −1 until asked for.</summary>
        private readonly long[] _features = new long[ConfusionFeatures.MaxFeatures];
        private int _featureCount = -1;

        private readonly PerWord<int> _ngramIds = new(manuscript, static word => NgramModel.Default.IdOf(word));
        /// <summary>Each word's <see cref="ConfusionSets.NumberOf"/>.</summary>
        private readonly PerWord<int> _members = new(manuscript, static word =>
        {
            Span<char> form = stackalloc char[64];
            int length = Vocabulary.LookupForm(word, form);
            return length <= 0 ? 0 : ConfusionSets.Default.NumberOf(form[..length]);
        });
        private readonly PerWord<bool> _endsAPhrase = new(manuscript, static word =>
        {
            Span<char> form = stackalloc char[64];
            int length = Vocabulary.LookupForm(word, form);
            return length > 0 && ConfusionSets.Default.EndsAPhrase(form[..length]);
        });

        /// <summary>The current sentence's ids (<see cref="Unknown"/> until asked for), sentence end after its tokens.</summary>
        private int[] _ids = new int[64];
        /// <summary>The n-gram score of each of the current sentence's words as written (NaN until asked for): nearby candidates share them.</summary>
        private double[] _terms = new double[64];
        private Sentence _sentence = null!;
        /// <summary>The written words with two before and after them, and the same with an alternative in their place.</summary>
        private readonly int[] _written = new int[8], _alternative = new int[8];

        public void FindIn(Sentence sentence, List<RealWordFinding> findings)
        {
            _sentence = sentence;
            bool started = false;
            Span<char> buffer = stackalloc char[80];
            var tokens = manuscript.Tokens;
            for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                if (!tokens[t].IsWord) continue;
                int number = _members[t];
                if (number == 0) continue;
                var facts = ConfusionSets.Default.WordNumbered(number);
                if (!IsCandidate(manuscript, t, isName)) continue;
                if (!started)
                {
                    StartSentence();
                    started = true;
                }
                if (facts.StartsAPhrase && t + 1 < sentence.EndToken && _endsAPhrase[t + 1] && IsCandidate(manuscript, t + 1, isName))
                {
                    int formLength = Form(manuscript, t, 2, buffer);
                    if (formLength >= 0 && ConfusionSets.Default.AlternativesOf(buffer[..formLength], out var phrase) is { } phraseAlternatives)
                        JudgeAll(t, 2, phrase!, phraseAlternatives, findings);
                }
                if (facts.Alternatives is not null) JudgeAll(t, 1, facts.Member!, facts.Alternatives, findings);
            }
        }

        private void StartSentence()
        {
            int count = _sentence.TokenCount + 1;
            if (_ids.Length < count)
            {
                _ids = new int[Math.Max(count, _ids.Length * 2)];
                _terms = new double[_ids.Length];
            }
            _ids.AsSpan(0, count).Fill(Unknown);
            _terms.AsSpan(0, count).Fill(double.NaN);
        }

        /// <summary>The id of the sentence's <paramref name="k"/>th token; the sentence end after the last, the start before the first.</summary>
        private int IdAt(int k)
        {
            if (k < 0) return NgramModel.Default.SentenceStart;
            int id = _ids[k];
            if (id != Unknown) return id;
            int t = _sentence.FirstToken + k;
            id = k == _sentence.TokenCount ? NgramModel.Default.SentenceEnd
                : manuscript.Tokens[t].Kind is TokenKind.Word or TokenKind.Number
                    ? _ngramIds[t]   // a word's Brown text is the word as written, and its lookup form that of its lowercase
                    : NgramModel.Default.IdOf(PosTagger.BrownText(manuscript, t));
            return _ids[k] = id;
        }

        /// <summary>The log score of the <paramref name="count"/> words from position <paramref name="at"/> as written, summed
        /// as <see cref="NgramModel.LogScore(ReadOnlySpan{int}, int, int)"/> sums it.</summary>
        private double WrittenScore(int at, int count)
        {
            double sum = 0;
            for (int k = at; k < at + count; k++)
            {
                if (double.IsNaN(_terms[k])) _terms[k] = NgramModel.Default.LogScore(IdAt(k - 2), IdAt(k - 1), IdAt(k));
                sum += _terms[k];
            }
            return sum;
        }

        /// <summary>Keeps the alternative that reads best in place of the <paramref name="length"/> words at token <paramref name="t"/>, if any.</summary>
        private void JudgeAll(int t, int length, string written, List<ConfusionSets.Alternative> alternatives, List<RealWordFinding> findings)
        {
            int at = t - _sentence.FirstToken;
            int writtenLength = -1;
            _featureCount = -1;
            RealWordFinding? best = null;
            double? writtenTagScore = null, writtenLmScore = null;
            foreach (var candidate in alternatives)
            {
                var finding = Judge(at, length, written, candidate, ref writtenLength, ref writtenTagScore, ref writtenLmScore);
                if (finding is not null && (best is null || finding.Score > best.Score)) best = finding;
            }
            if (best is not null) findings.Add(best);
        }

        /// <summary>Fills <paramref name="window"/> with the two ids before position <paramref name="at"/>, then
        /// <paramref name="words"/>, then up to two ids after the <paramref name="length"/> written words; returns its length.
        /// Scored from index 2, the window gives the same sums as the whole sentence would.</summary>
        private int Window(int[] window, int at, int length, ReadOnlySpan<int> words)
        {
            window[0] = IdAt(at - 2);
            window[1] = IdAt(at - 1);
            words.CopyTo(window.AsSpan(2));
            int size = 2 + words.Length;
            for (int k = at + length; k < at + length + 2 && k <= _sentence.TokenCount; k++) window[size++] = IdAt(k);
            return size;
        }

        private RealWordFinding? Judge(int at, int length, string written, ConfusionSets.Alternative candidate,
            ref int writtenLength, ref double? writtenTagScore, ref double? writtenLmScore)
        {
            var model = NgramModel.Default;
            var words = candidate.Words;
            var wordIds = candidate.WordIds;
            if (Array.IndexOf(wordIds, 0) >= 0) return null;
            // The left-side evidence first: most alternatives never follow the word before.
            if (!keepAll && !FollowsInTraining(IdAt(at - 1), wordIds[0])) return null;
            if (writtenLength < 0)
            {
                Span<int> writtenIds = stackalloc int[length];
                for (int k = 0; k < length; k++) writtenIds[k] = IdAt(at + k);
                writtenLength = Window(_written, at, length, writtenIds);
            }
            var writtenSpan = _written.AsSpan(0, writtenLength);
            var altSpan = _alternative.AsSpan(0, Window(_alternative, at, length, wordIds));
            writtenLmScore ??= WrittenScore(at, writtenSpan.Length - 2);
            if (!ScoresAtLeast(altSpan, writtenLmScore.Value, out double altLmScore)) return null;
            double lmGain = altLmScore - writtenLmScore.Value;
            if (!keepAll && lmGain < MinLmGain) return null;
            double frequencyGain = LogFrequency(altSpan, 2, words.Length) - LogFrequency(writtenSpan, 2, length);
            int evidence = Evidence(altSpan, 2, words.Length);
            int first = Math.Max(_sentence.FirstToken, _sentence.FirstToken + at - TagWindow);
            int end = Math.Min(_sentence.EndToken, _sentence.FirstToken + at + length + TagWindow);
            writtenTagScore ??= PosTagger.ScoreWindow(manuscript, first, end, _sentence.FirstToken + at, length, null);
            double tagGain = PosTagger.ScoreWindow(manuscript, first, end, _sentence.FirstToken + at, length, words) - writtenTagScore.Value;
            var finding = new RealWordFinding(_sentence.FirstToken + at, length, written, candidate.Text, lmGain, tagGain,
                evidence, Evidence(writtenSpan, 2, length), frequencyGain);
            if (!keepAll && !Passes(finding)) return null;
            // The classifier last: it can only veto, so it is asked only about what would otherwise be found.
            var classifier = WithoutClassifier ? null : candidate.Classifier;
            if (classifier?.Model is not { } classifierModel) return finding;
            finding = finding with
            {
                ClassifierGain = ClassifierEvidence(classifierModel.Margin(Features(at, length), classifier.WrittenMember, classifier.AlternativeMember), frequencyGain),
            };
            return keepAll || Passes(finding) ? finding : null;
        }

        /// <summary>The classifier features of the slot at <paramref name="at"/> (sentence position), extracted once per place.</summary>
        private ReadOnlySpan<long> Features(int at, int length)
        {
            if (_featureCount < 0)
            {
                for (int k = 0; k < _sentence.TokenCount; k++) IdAt(k);
                _tags ??= tags?.Invoke() ?? PosTags.Tag(manuscript, word => isName is not null && isName(word));
                _featureCount = ConfusionFeatures.Extract(_ids.AsSpan(0, _sentence.TokenCount), _tags.All.Slice(_sentence.FirstToken, _sentence.TokenCount),
                    at, length, _features);
            }
            return _features.AsSpan(0, _featureCount);
        }

        /// <summary>The window's log score from index 2 (<paramref name="score"/>), as <see cref="NgramModel.LogScore(ReadOnlySpan{int}, int, int)"/>
        /// sums it; false, when findings are kept only above <see cref="MinLmGain"/>, as soon as the sum falls too far below
        /// the written words' score. Each term is the log of a probability and at most 0 (NgramModelTests checks the data
        /// for it), so a partial sum that falls short can only fall further.</summary>
        private bool ScoresAtLeast(ReadOnlySpan<int> window, double writtenScore, out double score)
        {
            var model = NgramModel.Default;
            score = 0;
            for (int i = 2; i < window.Length; i++)
            {
                score += model.LogScore(window[i - 2], window[i - 1], window[i]);
                if (!keepAll && score - writtenScore < MinLmGain) return false;
            }
            return true;
        }
    }

    internal static bool Passes(RealWordFinding f) =>
        f.LmGain >= MinLmGain && f.TagGain >= MinTagGain && f.Score >= MinScore && (f.AlternativeEvidence & LeftSide) != 0
        && !(f.ClassifierGain < MinClassifierGain);

    /// <summary>What a classifier's log odds for the alternative say beyond the alternative's head start from being the
    /// commoner word: the classifier's prior holds that head start (of is 70 times as common as off), which the
    /// context must overcome, as for the n-gram score.</summary>
    internal static double ClassifierEvidence(double margin, double frequencyGain) => margin - Math.Max(0, frequencyGain);

    /// <summary>Log count of a one- or two-word phrase in training (a two-word phrase by its bigram count).</summary>
    internal static double LogFrequency(ReadOnlySpan<int> words, int at, int length)
    {
        var model = NgramModel.Default;
        return Math.Log(0.5 + (length == 1 ? model.Count(words[at]) : model.Count(words[at], words[at + 1])));
    }

    /// <summary>On which sides (<see cref="LeftSide"/>, <see cref="RightSide"/>) the words at..at+length meet their
    /// neighbours in a bigram seen twice or more (a sentence start or end counts as a neighbour).</summary>
    private static int Evidence(ReadOnlySpan<int> words, int at, int length)
    {
        int sides = FollowsInTraining(WordBefore(words, at), words[at]) ? LeftSide : 0;
        if (at + length < words.Length && FollowsInTraining(words[at + length - 1], words[at + length])) sides |= RightSide;
        return sides;
    }

    /// <summary>The word before position <paramref name="at"/>, or the sentence start.</summary>
    private static int WordBefore(ReadOnlySpan<int> words, int at) => at > 0 ? words[at - 1] : NgramModel.Default.SentenceStart;

    /// <summary>The bigram was seen twice or more in training.</summary>
    private static bool FollowsInTraining(int first, int second) => NgramModel.Default.Count(first, second) > 0;

    /// <summary>A word the checker may question: not a name, an acronym, a mention or a piece of a longer word.</summary>
    private static bool IsCandidate(Manuscript manuscript, int t, NameTest? isName)
    {
        var token = manuscript.Tokens[t];
        if (!token.IsWord || token.Is(TokenFlags.AllCaps) || token.Is(TokenFlags.InMention) || token.Is(TokenFlags.Hyphenated)) return false;
        bool initial = token.Is(TokenFlags.SentenceStart) || token.Is(TokenFlags.SpeechStart);
        if (token.Is(TokenFlags.Capitalized) && !initial && !(token.Length == 1 && manuscript.Text[token.Start] == 'I')) return false;
        if (token.Is(TokenFlags.Capitalized) && isName is not null && isName(manuscript.TextOf(token))) return false;
        return true;
    }

    /// <summary>The lookup form of <paramref name="length"/> consecutive word tokens joined by single spaces, or -1.</summary>
    private static int Form(Manuscript manuscript, int t, int length, Span<char> buffer)
    {
        int at = 0;
        for (int k = 0; k < length; k++)
        {
            if (k > 0)
            {
                if (at >= buffer.Length || !manuscript.Tokens[t + k].Is(TokenFlags.SpaceBefore)) return -1;
                buffer[at++] = ' ';
            }
            int written = Vocabulary.LookupForm(manuscript.TextOf(manuscript.Tokens[t + k]), buffer[at..]);
            if (written < 0) return -1;
            at += written;
        }
        return at;
    }
}
