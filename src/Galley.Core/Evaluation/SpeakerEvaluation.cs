using Galley.Story;
using Galley.Text;

namespace Galley.Evaluation;

/// <summary>What became of one gold quotation: Galley did not find it as dialogue, found it with no speaker, or gave
/// it a speaker that is (or is not) the gold one.</summary>
public enum SpeakerOutcome { NotFound, NoSpeaker, Correct, Wrong }

/// <summary>One gold quotation and the Galley line matched to it (null when none overlaps it).</summary>
public sealed record SpeakerMatch(GoldQuotation Gold, DialogueLine? Line, string? GoldCharacterOfSpeaker, SpeakerOutcome Outcome);

/// <summary>Counts for one group of gold quotations.</summary>
public readonly record struct SpeakerTally(int Quotations, int Found, int Correct, int NoSpeaker)
{
    public static SpeakerTally Of(SpeakerMatch m) => new(1, m.Outcome == SpeakerOutcome.NotFound ? 0 : 1,
        m.Outcome == SpeakerOutcome.Correct ? 1 : 0, m.Outcome == SpeakerOutcome.NoSpeaker ? 1 : 0);

    public static SpeakerTally operator +(SpeakerTally a, SpeakerTally b) =>
        new(a.Quotations + b.Quotations, a.Found + b.Found, a.Correct + b.Correct, a.NoSpeaker + b.NoSpeaker);

    /// <summary>Right speakers over all gold quotations (one Galley did not find counts as wrong).</summary>
    public double Accuracy => Quotations == 0 ? 0 : (double)Correct / Quotations;

    /// <summary>Gold quotations Galley found as dialogue.</summary>
    public double Coverage => Quotations == 0 ? 0 : (double)Found / Quotations;

    /// <summary>Gold quotations found but given no speaker.</summary>
    public double NoSpeakerShare => Quotations == 0 ? 0 : (double)NoSpeaker / Quotations;
}

/// <summary>A novel's matches and their counts, overall and by <see cref="QuoteType"/>.</summary>
public sealed record SpeakerScore(string Novel, IReadOnlyList<SpeakerMatch> Matches)
{
    public SpeakerTally Total => Tally(_ => true);
    public SpeakerTally Of(QuoteType type) => Tally(m => m.Gold.Type == type);
    private SpeakerTally Tally(Func<SpeakerMatch, bool> which) => Matches.Where(which).Select(SpeakerTally.Of).Aggregate(default(SpeakerTally), (a, b) => a + b);
}

/// <summary>Scores the story report's speakers against a novel's gold quotations. A gold quotation is matched to
/// the Galley dialogue line that overlaps its spans most; the speaker Galley names is then mapped to a gold
/// character by <see cref="SpeakerNames"/>.</summary>
public static class SpeakerEvaluation
{
    public static SpeakerScore Score(SpeakerNovel novel, IReadOnlyList<DialogueLine> dialogue)
    {
        var names = new SpeakerNames(novel.Characters);
        var lines = dialogue.OrderBy(l => l.Span.Start).ToList();
        var starts = lines.Select(l => l.Span.Start).ToArray();
        var matches = new List<SpeakerMatch>(novel.Quotations.Count);
        foreach (var gold in novel.Quotations)
        {
            DialogueLine? best = null;
            int bestOverlap = 0;
            foreach (var span in gold.Spans)
            {
                // Lines are disjoint and sorted: walk back from the last one beginning before the span's end.
                int i = Array.BinarySearch(starts, span.End);
                i = i < 0 ? ~i - 1 : i - 1;
                for (; i >= 0 && lines[i].Span.End > span.Start; i--)
                {
                    int overlap = Overlap(lines[i].Span, span);
                    if (overlap > bestOverlap) { best = lines[i]; bestOverlap = overlap; }
                }
            }
            if (best is null) { matches.Add(new SpeakerMatch(gold, null, null, SpeakerOutcome.NotFound)); continue; }
            if (best.Speaker is null) { matches.Add(new SpeakerMatch(gold, best, null, SpeakerOutcome.NoSpeaker)); continue; }
            string? character = names.Resolve(best.Speaker);
            bool right = character is not null && string.Equals(character, names.GoldCharacter(gold.Speaker), StringComparison.OrdinalIgnoreCase);
            matches.Add(new SpeakerMatch(gold, best, character, right ? SpeakerOutcome.Correct : SpeakerOutcome.Wrong));
        }
        return new SpeakerScore(novel.Name, matches);
    }

    private static int Overlap(TextSpan a, TextSpan b) => Math.Max(0, Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start));
}

/// <summary>Maps a name Galley gives a speaker to a gold character. Names compare as lowercase words with full
/// stops dropped ("Mr. Knightley" = "mr knightley"). First, a name equal to a character's main name or an alias
/// names that character. Failing that, a name whose words contain, or lie within, the words of one of a character's
/// names as a whole run ("Knightley" and "Mr. George Knightley", "Mr. Knightley" and "Knightley"), where the shorter
/// holds a word other than a title, names that character. Either way the name must point to exactly one character:
/// "Weston" beside Mr. and Mrs. Weston names neither.</summary>
public sealed class SpeakerNames
{
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "miss", "ms", "dr", "sir", "lady", "lord", "madame", "mme", "mademoiselle", "mlle", "monsieur", "m",
        "captain", "colonel", "major", "general", "professor", "aunt", "uncle", "father", "mother", "the", "old", "young",
    };

    private readonly List<(string Character, string[][] Forms)> _characters;
    private readonly Dictionary<string, HashSet<string>> _exact = new(StringComparer.Ordinal);

    public SpeakerNames(IEnumerable<GoldCharacter> characters)
    {
        _characters = characters.Select(c => (c.MainName, c.Aliases.Append(c.MainName).Select(Words).Where(w => w.Length > 0).ToArray())).ToList();
        foreach (var (character, forms) in _characters)
            foreach (var form in forms)
            {
                string key = string.Join(' ', form);
                if (!_exact.TryGetValue(key, out var set)) _exact[key] = set = new(StringComparer.Ordinal);
                set.Add(character);
            }
    }

    /// <summary>The main name of the character a gold quotation's speaker field names. The corpus mostly gives the
    /// main name, but sometimes an alias ("Henry" for Mr. Wilcox); an alias of exactly one character names it.</summary>
    public string GoldCharacter(string speaker)
    {
        if (_characters.Any(c => string.Equals(c.Character, speaker, StringComparison.OrdinalIgnoreCase))) return speaker;
        return _exact.TryGetValue(string.Join(' ', Words(speaker)), out var set) && set.Count == 1 ? set.First() : speaker;
    }

    /// <summary>The gold character's main name, or null when the name fits none or more than one.</summary>
    public string? Resolve(string name)
    {
        var words = Words(name);
        if (words.Length == 0) return null;
        if (_exact.TryGetValue(string.Join(' ', words), out var exact)) return exact.Count == 1 ? exact.First() : null;
        // Exact words first; only when no character fits them, a long word may differ by one letter (an annotator's
        // typo: the gold spells one alias "May Wellend" for May Welland).
        return ResolveWithin(words, fuzzy: false, out bool ambiguous) ?? (ambiguous ? null : ResolveWithin(words, fuzzy: true, out _));
    }

    private string? ResolveWithin(string[] words, bool fuzzy, out bool ambiguous)
    {
        string? found = null;
        ambiguous = false;
        foreach (var (character, forms) in _characters)
        {
            if (!forms.Any(f => Within(f, words, fuzzy) || Within(words, f, fuzzy))) continue;
            if (found is not null && found != character) { ambiguous = true; return null; }
            found = character;
        }
        return found;
    }

    /// <summary>Whether <paramref name="inner"/> is a run of <paramref name="outer"/>'s words with a word that is not a title.</summary>
    private static bool Within(string[] inner, string[] outer, bool fuzzy)
    {
        if (inner.Length > outer.Length || inner.All(Titles.Contains)) return false;
        for (int s = 0; s + inner.Length <= outer.Length; s++)
        {
            int k = 0;
            while (k < inner.Length && SameWord(inner[k], outer[s + k], fuzzy)) k++;
            if (k == inner.Length) return true;
        }
        return false;
    }

    /// <summary>Equal, or with <paramref name="fuzzy"/> two words of six letters or more that differ in one letter.</summary>
    private static bool SameWord(string a, string b, bool fuzzy)
    {
        if (a == b) return true;
        if (!fuzzy || a.Length != b.Length || a.Length < 6) return false;
        int differences = 0;
        for (int i = 0; i < a.Length && differences < 2; i++) if (a[i] != b[i]) differences++;
        return differences == 1;
    }

    private static string[] Words(string name) =>
        name.ToLowerInvariant().Replace(".", " ").Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);
}
