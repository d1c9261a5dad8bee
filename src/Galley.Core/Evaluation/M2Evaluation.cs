using System.Text;
using Galley.Diagnostics;

namespace Galley.Evaluation;

/// <summary>An M2 file prepared for checking: its sentences detokenized and joined into one text, one paragraph per
/// sentence, so a checker (Galley or a peer) runs once and its flags are mapped back to each sentence's tokens.</summary>
public sealed class M2Document
{
    public const string Separator = "\n\n";

    public IReadOnlyList<M2Sentence> Sentences { get; }
    public IReadOnlyList<Detokenized> Texts { get; }
    public IReadOnlyList<int> Offsets { get; }
    public string Text { get; }

    public M2Document(IReadOnlyList<M2Sentence> sentences)
    {
        Sentences = sentences;
        Texts = sentences.Select(s => Detokenizer.Detokenize(s.Tokens)).ToList();
        var text = new StringBuilder();
        var offsets = new List<int>();
        foreach (var t in Texts)
        {
            if (text.Length > 0) text.Append(Separator);
            offsets.Add(text.Length);
            text.Append(t.Text);
        }
        Offsets = offsets;
        Text = text.ToString();
    }
}

/// <summary>The outcome of one sentence against the annotator that suits the checker best.</summary>
public sealed record M2SentenceResult(M2Sentence Sentence, string Annotator, MatchResult<string> Match);

/// <summary>Scores flags on an M2 document as the M2 scorer does: each flag's first fix becomes one token edit, and
/// each sentence is scored against the annotator that gives the highest F0.5 (on the totals so far plus that
/// sentence; ties go to more corrected edits, then fewer false edits, then fewer misses).</summary>
public static class M2Evaluation
{
    public static (Scoreboard Scores, IReadOnlyList<M2SentenceResult> Sentences) Score(M2Document document, IEnumerable<TextFlag> flags,
        IReadOnlySet<string>? excludedAnnotators = null) =>
        Score(document.Sentences, TokenFlags(document, flags), excludedAnnotators);

    /// <summary>Flags in the document's joined text as flags over each sentence's tokens.</summary>
    public static List<IReadOnlyList<SystemFlag<string>>> TokenFlags(M2Document document, IEnumerable<TextFlag> flags)
    {
        var bySentence = document.Sentences.Select(_ => new List<TextFlag>()).ToList();
        foreach (var flag in flags)
        {
            int index = SentenceAt(document, flag.Span.Start);
            if (index >= 0) bySentence[index].Add(flag);
        }
        return bySentence.Select((f, i) => (IReadOnlyList<SystemFlag<string>>)ToTokenFlags(f, document.Texts[i], document.Offsets[i], document.Text)).ToList();
    }

    /// <summary>Whether any annotator's edit changes only letter case (i → I). Some M2 files were made by comparing
    /// tokens ignoring case, so they hold no such edit even where every annotator restored a capital; scored
    /// against them, a case-only fix can only count as false.</summary>
    public static bool GoldHasCaseOnlyEdits(IReadOnlyList<M2Sentence> sentences) =>
        sentences.Any(s => s.Annotators.Values.Any(edits => edits.Any(g => IsCaseOnly(g.Edit, s.Tokens))));

    /// <summary>The flags left when those whose every fix changes only letter case are set aside, and how many were.</summary>
    public static (List<IReadOnlyList<SystemFlag<string>>> Flags, int SetAside) WithoutCaseOnlyFlags(
        IReadOnlyList<M2Sentence> sentences, IReadOnlyList<IReadOnlyList<SystemFlag<string>>> flagsBySentence)
    {
        int setAside = 0;
        var kept = new List<IReadOnlyList<SystemFlag<string>>>();
        for (int i = 0; i < sentences.Count; i++)
        {
            var tokens = sentences[i].Tokens;
            var list = flagsBySentence[i].Where(f => !(f.Fix.Count > 0 && f.Fix.All(e => IsCaseOnly(e, tokens)))).ToList();
            setAside += flagsBySentence[i].Count - list.Count;
            kept.Add(list);
        }
        return (kept, setAside);
    }

    private static bool IsCaseOnly(UnitEdit<string> edit, IReadOnlyList<string> tokens)
    {
        if (edit.Start < 0 || edit.End > tokens.Count || edit.Start >= edit.End) return false;
        string before = string.Join(' ', tokens.Skip(edit.Start).Take(edit.End - edit.Start));
        string after = string.Join(' ', edit.Replacement);
        return !string.Equals(before, after, StringComparison.Ordinal) && string.Equals(before, after, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Scores flags already over each sentence's tokens, leaving out the given annotators (to score one
    /// annotator's corrections against the others').</summary>
    public static (Scoreboard Scores, IReadOnlyList<M2SentenceResult> Sentences) Score(IReadOnlyList<M2Sentence> sentences,
        IReadOnlyList<IReadOnlyList<SystemFlag<string>>> flagsBySentence, IReadOnlySet<string>? excludedAnnotators = null)
    {
        var scores = new Scoreboard();
        var results = new List<M2SentenceResult>();
        Tally running = default;
        for (int i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            M2SentenceResult? best = null;
            Tally bestTally = default;
            var annotators = sentence.Annotators.Where(a => excludedAnnotators?.Contains(a.Key) != true).OrderBy(a => a.Key, StringComparer.Ordinal).ToList();
            if (annotators.Count == 0) annotators.Add(new("", []));
            foreach (var (annotator, gold) in annotators)
            {
                var match = EditMatcher.Match(sentence.Tokens, gold, flagsBySentence[i]);
                var local = Scoreboard.TallyOf(match);
                if (best is null || Better(running + local, running + bestTally))
                {
                    best = new M2SentenceResult(sentence, annotator, match);
                    bestTally = local;
                }
            }
            running += bestTally;
            scores.Add(best!.Match);
            results.Add(best);
        }
        return (scores, results);
    }

    /// <summary>A corrected sentence (tokens, as the M2 scorer takes system output) as flags: the token differences
    /// from the source, each run of changed tokens between unchanged ones one edit (longest common subsequence).</summary>
    public static List<SystemFlag<string>> HypothesisFlags(IReadOnlyList<string> source, IReadOnlyList<string> corrected)
    {
        int n = source.Count, m = corrected.Count;
        var common = new int[n + 1, m + 1];
        for (int i = n - 1; i >= 0; i--)
            for (int j = m - 1; j >= 0; j--)
                common[i, j] = source[i] == corrected[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
        var flags = new List<SystemFlag<string>>();
        int a = 0, b = 0;
        while (a < n || b < m)
        {
            if (a < n && b < m && source[a] == corrected[b]) { a++; b++; continue; }
            int startA = a, startB = b;
            while ((a < n || b < m) && !(a < n && b < m && source[a] == corrected[b]))
            {
                if (b >= m || (a < n && common[a + 1, b] >= common[a, b + 1])) a++; else b++;
            }
            var replacement = corrected.Skip(startB).Take(b - startB).ToList();
            string label = $"{startA} {a} \u201c{string.Join(' ', source.Skip(startA).Take(a - startA))}\u201d → \u201c{string.Join(' ', replacement)}\u201d";
            flags.Add(new SystemFlag<string>(startA, a, [new UnitEdit<string>(startA, a, replacement)], EvalCategories.Other, label, "hypothesis"));
        }
        return flags;
    }

    private static bool Better(Tally a, Tally b)
    {
        if (a.CorrectionF != b.CorrectionF) return a.CorrectionF > b.CorrectionF;
        if (a.GoldCorrected != b.GoldCorrected) return a.GoldCorrected > b.GoldCorrected;
        int falseA = a.Fixes - a.FixesCorrect, falseB = b.Fixes - b.FixesCorrect;
        if (falseA != falseB) return falseA < falseB;
        return a.Gold - a.GoldCorrected < b.Gold - b.GoldCorrected;
    }

    private static int SentenceAt(M2Document document, int offset)
    {
        int lo = 0, hi = document.Offsets.Count - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (document.Offsets[mid] <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
        }
        if (found < 0 || offset > document.Offsets[found] + document.Texts[found].Text.Length) return -1;
        return found;
    }

    /// <summary>Flags in the joined text as flags over one sentence's tokens. A fix becomes one token edit: the tokens
    /// its edits touch are rewritten with the fix applied, tokenized again, and trimmed of tokens that did not change.
    /// A fix that changes no token (spacing only) leaves the flag without a fix; flags reaching past the sentence's
    /// end are clipped to it.</summary>
    public static List<SystemFlag<string>> ToTokenFlags(IEnumerable<TextFlag> flags, Detokenized sentence, int offset, string fullText)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<SystemFlag<string>>();
        int length = sentence.Text.Length;
        foreach (var flag in flags)
        {
            int start = Math.Clamp(flag.Span.Start - offset, 0, length), end = Math.Clamp(flag.Span.End - offset, 0, length);
            var (first, last) = TokenRange(sentence, start, end);
            var edits = new List<UnitEdit<string>>();
            if (flag.Fix.Count > 0 && flag.Fix.All(e => e.Span.Start >= offset && e.Span.End <= offset + length)
                && ToTokenEdit(flag.Fix, sentence, offset) is { } edit)
                edits.Add(edit);
            string key = $"{first}:{last}|{string.Join("|", edits.Select(e => $"{e.Start}:{e.End}>{string.Join(' ', e.Replacement)}"))}";
            if (!seen.Add(key)) continue;
            result.Add(new SystemFlag<string>(first, last, edits, flag.Category, flag.Describe(fullText), flag.Rule));
        }
        return result;
    }

    /// <summary>The tokens a character range touches, as [first, last); an insertion point between tokens gives an empty range there.</summary>
    private static (int First, int Last) TokenRange(Detokenized sentence, int start, int end)
    {
        int first = -1, last = -1;
        for (int i = 0; i < sentence.Count; i++)
        {
            bool touches = start == end
                ? sentence.Starts[i] < start && start < sentence.Ends[i]
                : sentence.Starts[i] < end && start < sentence.Ends[i];
            if (!touches) continue;
            if (first < 0) first = i;
            last = i + 1;
        }
        if (first >= 0) return (first, last);
        int point = 0;
        while (point < sentence.Count && sentence.Starts[point] < start) point++;
        return (point, point);
    }

    private static UnitEdit<string>? ToTokenEdit(IReadOnlyList<TextEdit> fix, Detokenized sentence, int offset)
    {
        int lo = fix.Min(e => e.Span.Start) - offset, hi = fix.Max(e => e.Span.End) - offset;
        // Every token the edits touch, counting those they only abut: "Clark" + inserted "'s" must become "Clark 's".
        int first = -1, last = -1;
        for (int i = 0; i < sentence.Count; i++)
        {
            if (sentence.Starts[i] > hi || sentence.Ends[i] < lo) continue;
            if (first < 0) first = i;
            last = i + 1;
        }
        if (first < 0)
        {
            first = 0;
            while (first < sentence.Count && sentence.Starts[first] < lo) first++;
            last = first;
        }
        int regionStart = first < last ? Math.Min(lo, sentence.Starts[first]) : lo;
        int regionEnd = first < last ? Math.Max(hi, sentence.Ends[last - 1]) : hi;
        var rewritten = new StringBuilder();
        int position = regionStart;
        foreach (var edit in fix.OrderBy(e => e.Span.Start))
        {
            int s = edit.Span.Start - offset;
            if (s < position) return null;
            rewritten.Append(sentence.Text, position, s - position).Append(edit.NewText);
            position = edit.Span.End - offset;
        }
        rewritten.Append(sentence.Text, position, regionEnd - position);

        var original = Enumerable.Range(first, last - first).Select(i => sentence.Text[sentence.Starts[i]..sentence.Ends[i]]).ToList();
        var replacement = Detokenizer.Tokenize(rewritten.ToString());
        int prefix = 0;
        while (prefix < original.Count && prefix < replacement.Count && original[prefix] == replacement[prefix]) prefix++;
        int suffix = 0;
        while (suffix < original.Count - prefix && suffix < replacement.Count - prefix
               && original[^(suffix + 1)] == replacement[^(suffix + 1)]) suffix++;
        if (prefix == original.Count && prefix == replacement.Count) return null;
        return new UnitEdit<string>(first + prefix, last - suffix, replacement.Skip(prefix).Take(replacement.Count - prefix - suffix).ToList());
    }
}
