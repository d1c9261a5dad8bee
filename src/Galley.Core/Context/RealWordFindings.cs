using Galley.Checking;
using Galley.Document;

namespace Galley.Context;

/// <summary>One place where a confusion-set alternative reads much better than what is written: the tokens
/// replaced, the alternative (lookup form), and how much better it scores, by the n-gram model (ΔLM, natural
/// log) and by the tagger's best tagging of the surrounding words (ΔPOS); and on which sides each reading joins its
/// neighbours in a bigram seen at least twice in training (flags <see cref="RealWordFindings.LeftSide"/>, RightSide).</summary>
public sealed record RealWordFinding(int FirstToken, int TokenCount, string Written, string Alternative, double LmGain, double TagGain,
    int AlternativeEvidence, int WrittenEvidence, double FrequencyGain)
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
    internal const int LeftSide = 1, RightSide = 2;

    private const int TagWindow = 3;

    public IReadOnlyList<RealWordFinding> Items { get; }

    private RealWordFindings(IReadOnlyList<RealWordFinding> items) => Items = items;

    public static RealWordFindings Of(CheckContext context) => context.Memo(c =>
    {
        // The two models load independently: load them side by side on first use.
        var ngrams = Task.Run(() => NgramModel.Default);
        _ = TaggerModel.Default;
        ngrams.Wait();
        return new RealWordFindings(Find(c.Manuscript, c.Names.IsName, keepAll: false));
    });

    /// <summary>Every candidate with its gains (keepAll) or only the confident ones.</summary>
    internal static List<RealWordFinding> Find(Manuscript manuscript, NameTest? isName, bool keepAll)
    {
        var findings = new List<RealWordFinding>();
        var ids = new List<int>(64);
        var alternative = new List<int>(64);
        var words = new WordFacts(manuscript);
        foreach (var sentence in manuscript.Sentences) FindIn(manuscript, sentence, isName, keepAll, findings, ids, alternative, words);
        return findings;
    }

    /// <summary>Per distinct word of one manuscript: its n-gram id, and whether a confusion set starts with it.</summary>
    internal sealed class WordFacts(Manuscript manuscript)
    {
        public PerWord<int> NgramIds { get; } = new(manuscript, static word => NgramModel.Default.IdOf(word));
        public PerWord<bool> StartsAMember { get; } = new(manuscript, static word =>
        {
            Span<char> form = stackalloc char[64];
            int length = Vocabulary.LookupForm(word, form);
            return length > 0 && ConfusionSets.Default.StartsAMember(form[..length]);
        });
    }

    /// <summary>The word ids of a sentence's tokens, sentence end appended.</summary>
    internal static void SentenceIds(Manuscript manuscript, Sentence sentence, List<int> ids, WordFacts? words = null)
    {
        var model = NgramModel.Default;
        ids.Clear();
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
            ids.Add(words is not null && manuscript.Tokens[t].Kind is TokenKind.Word or TokenKind.Number
                ? words.NgramIds[t]   // a word's Brown text is the word as written, and its lookup form that of its lowercase
                : model.IdOf(PosTagger.BrownText(manuscript, t)));
        ids.Add(model.SentenceEnd);
    }

    internal static void FindIn(Manuscript manuscript, Sentence sentence, NameTest? isName, bool keepAll, List<RealWordFinding> findings,
        List<int> ids, List<int> alternative, WordFacts? words = null)
    {
        var sets = ConfusionSets.Default;
        Span<char> buffer = stackalloc char[80];
        {
            SentenceIds(manuscript, sentence, ids, words);
            for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                if (words is not null && (!manuscript.Tokens[t].IsWord || !words.StartsAMember[t])) continue;
                if (!IsCandidate(manuscript, t, isName)) continue;
                for (int length = 2; length >= 1; length--)
                {
                    if (length == 2 && !(t + 1 < sentence.EndToken && IsCandidate(manuscript, t + 1, isName))) continue;
                    int formLength = Form(manuscript, t, length, buffer);
                    if (formLength < 0) continue;
                    var alternatives = sets.AlternativesOf(buffer[..formLength]);
                    if (alternatives is null) continue;
                    var written = buffer[..formLength].ToString();
                    RealWordFinding? best = null;
                    double? writtenTagScore = null, writtenLmScore = null;
                    foreach (var candidate in alternatives)
                    {
                        var finding = Judge(manuscript, sentence, ids, alternative, t - sentence.FirstToken, length, written, candidate, keepAll,
                            ref writtenTagScore, ref writtenLmScore);
                        if (finding is not null && (best is null || finding.Score > best.Score)) best = finding;
                    }
                    if (best is not null) findings.Add(best);
                }
            }
        }
    }

    internal delegate bool NameTest(ReadOnlySpan<char> word);

    private static RealWordFinding? Judge(Manuscript manuscript, Sentence sentence, List<int> ids, List<int> alternative, int at, int length,
        string written, ConfusionSets.Alternative candidate, bool keepAll, ref double? writtenTagScore, ref double? writtenLmScore)
    {
        var model = NgramModel.Default;
        var words = candidate.Words;
        var wordIds = candidate.WordIds;
        if (Array.IndexOf(wordIds, 0) >= 0) return null;
        var idSpan = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(ids);
        // The left-side evidence first, before the sentence is copied: most alternatives never follow the word before.
        if (!keepAll && !FollowsInTraining(WordBefore(idSpan, at), wordIds[0])) return null;
        alternative.Clear();
        for (int k = 0; k < at; k++) alternative.Add(ids[k]);
        alternative.AddRange(wordIds);
        for (int k = at + length; k < ids.Count; k++) alternative.Add(ids[k]);
        var altSpan = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(alternative);
        int evidence = Evidence(altSpan, at, words.Length);
        writtenLmScore ??= model.LogScore(idSpan, at, at + length + 2);
        double lmGain = model.LogScore(altSpan, at, at + words.Length + 2) - writtenLmScore.Value;
        if (!keepAll && lmGain < MinLmGain) return null;
        int first = Math.Max(sentence.FirstToken, sentence.FirstToken + at - TagWindow);
        int end = Math.Min(sentence.EndToken, sentence.FirstToken + at + length + TagWindow);
        writtenTagScore ??= PosTagger.ScoreWindow(manuscript, first, end, sentence.FirstToken + at, length, null);
        double tagGain = PosTagger.ScoreWindow(manuscript, first, end, sentence.FirstToken + at, length, words) - writtenTagScore.Value;
        var finding = new RealWordFinding(sentence.FirstToken + at, length, written, candidate.Text, lmGain, tagGain,
            evidence, Evidence(idSpan, at, length),
            LogFrequency(altSpan, at, words.Length) - LogFrequency(idSpan, at, length));
        if (!keepAll && !Passes(finding)) return null;
        return finding;
    }

    internal static bool Passes(RealWordFinding f) =>
        f.LmGain >= MinLmGain && f.TagGain >= MinTagGain && f.Score >= MinScore && (f.AlternativeEvidence & LeftSide) != 0;

    /// <summary>Log count of a one- or two-word phrase in training (a two-word phrase by its bigram count).</summary>
    private static double LogFrequency(ReadOnlySpan<int> words, int at, int length)
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
