using Galley.Checking;
using Galley.Document;
using Galley.Text;

namespace Galley.Story;

/// <summary>Style measures, each one pass over the tokens: words used far above their general-English rate, repeated
/// 3–5-word phrases, echoes, filter words, adverbs propping up tags, sentence and paragraph lengths, dialogue share,
/// readability, clichés.</summary>
internal static class StyleAnalysis
{
    private const double SubtlexWords = 51_000_000;
    private const int FunctionWordFrequency = 150_000;
    /// <summary>Words more common than this in SUBTLEX (her, them, had, said) are the grammar's, not the writer's habit.</summary>
    private const int OverusedCeiling = 25_000;
    private const int EchoDistance = 50;
    /// <summary>Enough echoes to show a habit; a word repeated on purpose (a chant, a refrain) should not fill the report.</summary>
    private const int MaxEchoes = 1000;
    private const int UncommonFrequency = 3_000;

    private static readonly HashSet<string> FilterWords = new(StringComparer.Ordinal)
        { "felt", "feel", "feels", "saw", "see", "sees", "heard", "hear", "hears", "knew", "noticed", "notice", "notices", "realized", "realised", "realize", "wondered", "wonder", "seemed", "seems", "watched", "decided", "thought" };

    private static readonly HashSet<string> NotAdverbs = new(StringComparer.Ordinal)
        { "only", "early", "family", "holy", "ugly", "reply", "apply", "supply", "rely", "belly", "bully", "jelly", "lonely", "lovely", "friendly", "silly", "likely", "fly", "july", "lily", "ally", "daily", "elderly", "curly", "chilly" };

    public static StyleReport Analyze(Manuscript manuscript, Lexicon.Lexicon lexicon, NameBook names)
    {
        var tokens = manuscript.Tokens;
        var words = new List<int>(tokens.Length);
        var lower = new string[tokens.Length];
        int speechWords = 0, syllables = 0;
        foreach (var p in manuscript.Paragraphs)
        {
            if (!p.IsProse) continue;
            for (int t = p.FirstToken; t < p.FirstToken + p.TokenCount; t++)
            {
                if (!tokens[t].IsWord) continue;
                words.Add(t);
                lower[t] = NarratorFinder.Lower(manuscript, t);
                if (tokens[t].Is(TokenFlags.InSpeech)) speechWords++;
                syllables += SyllablesOf(lexicon, lower[t]);
            }
        }
        bool IsName(int t) => tokens[t].Is(TokenFlags.Capitalized) && names.IsName(manuscript.TextOf(tokens[t])) && lower[t] != "i";

        var sentenceLengths = new List<int>();
        foreach (var s in manuscript.Sentences)
        {
            if (!manuscript.Paragraphs[s.Paragraph].IsProse) continue;
            int n = 0;
            for (int t = s.FirstToken; t < s.EndToken; t++) if (tokens[t].IsWord) n++;
            if (n > 0) sentenceLengths.Add(n);
        }
        var paragraphLengths = manuscript.Paragraphs.Where(p => p.IsProse)
            .Select(p => { int n = 0; for (int t = p.FirstToken; t < p.FirstToken + p.TokenCount; t++) if (tokens[t].IsWord) n++; return n; })
            .Where(n => n > 0).ToList();
        double mean = sentenceLengths.Count == 0 ? 0 : sentenceLengths.Average();
        double deviation = sentenceLengths.Count == 0 ? 0 : Math.Sqrt(sentenceLengths.Average(n => (n - mean) * (n - mean)));
        double wordsPerSentence = sentenceLengths.Count == 0 ? 0 : (double)words.Count / sentenceLengths.Count;
        double syllablesPerWord = words.Count == 0 ? 0 : (double)syllables / words.Count;
        double grade = words.Count == 0 ? 0 : 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59;
        double ease = words.Count == 0 ? 0 : 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord;

        return new StyleReport(
            Overused(words, lower, lexicon, IsName),
            RepeatedPhrases(manuscript, lower, lexicon, IsName),
            Echoes(words, lower, lexicon, IsName, tokens),
            Filters(manuscript, words, lower),
            TagAdverbs(manuscript, lower, lexicon.Language),
            Cliches(manuscript, words, lower),
            sentenceLengths,
            Math.Round(mean, 1),
            Math.Round(deviation, 1),
            paragraphLengths.Count == 0 ? 0 : Math.Round(paragraphLengths.Average(), 1),
            paragraphLengths.Count == 0 ? 0 : paragraphLengths.Max(),
            words.Count == 0 ? 0 : Math.Round((double)speechWords / words.Count, 3),
            Math.Round(grade, 1),
            Math.Round(ease, 1));
    }

    /// <summary>CMU syllables, or a count of vowel groups for a word the dictionary lacks.</summary>
    private static int SyllablesOf(Lexicon.Lexicon lexicon, string word)
    {
        int n = lexicon.Syllables(word);
        if (n > 0) return n;
        int groups = 0;
        bool inVowel = false;
        foreach (char c in word)
        {
            bool vowel = c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
            if (vowel && !inVowel) groups++;
            inVowel = vowel;
        }
        if (word.Length > 2 && word.EndsWith('e') && !word.EndsWith("le", StringComparison.Ordinal) && groups > 1) groups--;
        return Math.Max(1, groups);
    }

    private static List<WordUse> Overused(List<int> words, string[] lower, Lexicon.Lexicon lexicon, Func<int, bool> isName)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (int t in words)
            if (lower[t].Length >= 3 && !isName(t)) counts[lower[t]] = counts.GetValueOrDefault(lower[t]) + 1;
        int minimum = Math.Max(3, words.Count / 4000);
        return counts.Where(c => c.Value >= minimum)
            .Select(c => (c.Key, c.Value, Frequency: lexicon.Frequency(c.Key)))
            .Where(c => c.Frequency is > 0 and < OverusedCeiling)
            .Select(c => new WordUse(c.Key, c.Value, Math.Round(c.Value / (words.Count * (c.Frequency + 1) / SubtlexWords), 1)))
            .Where(u => u.Ratio >= 4)
            .OrderByDescending(u => u.Count * Math.Log(u.Ratio)).ThenBy(u => u.Word, StringComparer.Ordinal)
            .Take(15).ToList();
    }

    /// <summary>The same 3–5 words (within a clause) several times; a phrase is dropped when a longer one holds it as
    /// often. Words become integer ids and phrases tuples of ids, counted in one pass and located in a second. A phrase
    /// is shown in lowercase, but with "I" and the story's names capitalized as the writer wrote them.</summary>
    private static List<PhraseUse> RepeatedPhrases(Manuscript manuscript, string[] lower, Lexicon.Lexicon lexicon, Func<int, bool> isName)
    {
        var tokens = manuscript.Tokens;
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var vocabulary = new List<string> { "" };
        var isContent = new List<bool> { false };
        var id = new int[tokens.Length];
        for (int t = 0; t < tokens.Length; t++)
        {
            if (lower[t] is null) continue;
            if (!ids.TryGetValue(lower[t], out id[t]))
            {
                ids[lower[t]] = id[t] = vocabulary.Count;
                vocabulary.Add(lower[t]);
                isContent.Add(lexicon.Frequency(lower[t]) < FunctionWordFrequency);
            }
        }
        var counts = new Dictionary<(int, int, int, int, int), int>();
        ForEachPhrase((key, _, _) => counts[key] = counts.GetValueOrDefault(key) + 1);
        var spans = new Dictionary<(int, int, int, int, int), List<TextSpan>>();
        var firstTokens = new Dictionary<(int, int, int, int, int), int>();
        ForEachPhrase((key, first, last) =>
        {
            int n = key.Item5 != 0 ? 5 : key.Item4 != 0 ? 4 : 3;
            if (counts[key] < (n == 3 ? 3 : 2)) return;
            if (!spans.TryGetValue(key, out var list)) { spans[key] = list = new List<TextSpan>(); firstTokens[key] = first; }
            list.Add(TextSpan.FromBounds(tokens[first].Start, tokens[last].End));
        });

        var kept = new List<PhraseUse>();
        var covered = new Dictionary<string, int>(StringComparer.Ordinal);   // parts of kept phrases → how often the kept phrase occurs
        foreach (var (key, list) in spans.OrderByDescending(p => p.Key.Item5 != 0 ? 5 : p.Key.Item4 != 0 ? 4 : 3).ThenByDescending(p => p.Value.Count))
        {
            var parts = new[] { key.Item1, key.Item2, key.Item3, key.Item4, key.Item5 }.Where(i => i != 0).Select(i => vocabulary[i]).ToArray();
            string phrase = string.Join(' ', parts);
            if (covered.GetValueOrDefault(phrase) >= list.Count) continue;
            kept.Add(new PhraseUse(AsWritten(parts, firstTokens[key]), list));
            for (int length = 3; length < parts.Length; length++)
                for (int i = 0; i + length <= parts.Length; i++)
                {
                    string part = string.Join(' ', parts, i, length);
                    covered[part] = Math.Max(covered.GetValueOrDefault(part), list.Count);
                }
        }
        return kept.OrderByDescending(k => k.Count * k.Phrase.Count(c => c == ' ')).ThenBy(k => k.Phrase, StringComparer.Ordinal).Take(15).ToList();

        string AsWritten(string[] parts, int first) => string.Join(' ', parts.Select((part, i) =>
            part == "i" ? "I" : isName(first + i) ? manuscript.TextOf(tokens[first + i]).ToString() : part));

        void ForEachPhrase(Action<(int, int, int, int, int), int, int> visit)
        {
            var run = new List<int>();
            foreach (var p in manuscript.Paragraphs)
            {
                if (!p.IsProse) continue;
                run.Clear();
                for (int t = p.FirstToken; t <= p.FirstToken + p.TokenCount; t++)
                {
                    bool end = t == p.FirstToken + p.TokenCount;
                    if (!end && tokens[t].IsWord)
                    {
                        run.Add(t);
                        for (int n = 3; n <= 5 && n <= run.Count; n++)
                        {
                            int a = id[run[^n]], b = id[run[^(n - 1)]], c = id[run[^(n - 2)]];
                            int d = n >= 4 ? id[run[^(n - 3)]] : 0, e = n == 5 ? id[run[^1]] : 0;
                            bool content = isContent[a] || isContent[b] || isContent[c] || isContent[d] || isContent[e];
                            if (content) visit((a, b, c, d, e), run[^n], run[^1]);
                        }
                        continue;
                    }
                    run.Clear();
                }
            }
        }
    }

    private static List<Echo> Echoes(List<int> words, string[] lower, Lexicon.Lexicon lexicon, Func<int, bool> isName, Token[] tokens)
    {
        var lastSeen = new Dictionary<string, int>(StringComparer.Ordinal);
        var echoes = new List<Echo>();
        for (int i = 0; i < words.Count; i++)
        {
            int t = words[i];
            string w = lower[t];
            if (w.Length < 4 || isName(t)) continue;
            int f = lexicon.Frequency(w);
            if (f == 0 || f >= UncommonFrequency) continue;
            if (lastSeen.TryGetValue(w, out int previous) && i - previous <= EchoDistance && echoes.Count < MaxEchoes)
                echoes.Add(new Echo(w, tokens[words[previous]].Span, tokens[t].Span));
            lastSeen[w] = i;
        }
        return echoes;
    }

    private static List<PhraseUse> Filters(Manuscript manuscript, List<int> words, string[] lower)
    {
        var found = new Dictionary<string, List<TextSpan>>(StringComparer.Ordinal);
        var tokens = manuscript.Tokens;
        for (int i = 0; i < words.Count; i++)
        {
            int t = words[i];
            if (NarratorFinder.IsQuoted(tokens[t])) continue;
            string w = lower[t];
            string? phrase = null;
            var span = tokens[t].Span;
            if (w is "could" && i + 1 < words.Count && lower[words[i + 1]] is "see" or "hear" or "feel" or "smell" or "sense" && !NarratorFinder.IsQuoted(tokens[words[i + 1]]))
            {
                phrase = "could " + lower[words[i + 1]];
                span = TextSpan.FromBounds(span.Start, tokens[words[i + 1]].End);
                i++;
            }
            else if (FilterWords.Contains(w)) phrase = w;
            if (phrase is null) continue;
            if (!found.TryGetValue(phrase, out var list)) found[phrase] = list = new List<TextSpan>();
            list.Add(span);
        }
        return found.Select(f => new PhraseUse(f.Key, f.Value)).OrderByDescending(f => f.Count).ThenBy(f => f.Phrase, StringComparer.Ordinal).ToList();
    }

    /// <summary>"asked doubtfully", "quietly said": an -ly adverb beside a speech verb in the tag after a line.</summary>
    private static List<TagAdverb> TagAdverbs(Manuscript manuscript, string[] lower, Lexicon.LanguageData language)
    {
        var tokens = manuscript.Tokens;
        var found = new List<TagAdverb>();
        foreach (var q in manuscript.Quotations)
        {
            if (!q.IsSpeech || !q.IsClosed) continue;
            var paragraph = manuscript.Paragraphs[q.Paragraph];
            var tag = new List<int>();
            for (int t = q.CloseToken + 1; t < paragraph.FirstToken + paragraph.TokenCount && tag.Count < 5; t++)
            {
                if (tokens[t].Kind == TokenKind.Quote || tokens[t].Kind == TokenKind.Punctuation && manuscript.Text[tokens[t].Start] is '.' or '!' or '?') break;
                if (tokens[t].IsWord) tag.Add(t);
            }
            for (int i = 0; i < tag.Count; i++)
            {
                if (!language.IsSpeechVerb(lower[tag[i]])) continue;
                foreach (int j in (int[])[i + 1, i + 2, i - 1])
                {
                    if (j < 0 || j >= tag.Count || !IsLyAdverb(lower[tag[j]])) continue;
                    found.Add(new TagAdverb(lower[tag[j]], lower[tag[i]], TextSpan.FromBounds(tokens[Math.Min(tag[i], tag[j])].Start, tokens[Math.Max(tag[i], tag[j])].End)));
                    break;
                }
                break;
            }
        }
        return found;
    }

    private static bool IsLyAdverb(string w) => w.Length > 4 && w.EndsWith("ly", StringComparison.Ordinal) && !NotAdverbs.Contains(w);

    private static List<PhraseUse> Cliches(Manuscript manuscript, List<int> words, string[] lower)
    {
        var tokens = manuscript.Tokens;
        var found = new Dictionary<string, List<TextSpan>>(StringComparer.Ordinal);
        var cliches = StoryData.Cliches;
        for (int i = 0; i < words.Count; i++)
        {
            if (!cliches.TryGetValue(lower[words[i]], out var candidates)) continue;
            foreach (var cliche in candidates)
            {
                if (i + cliche.Length > words.Count) continue;
                bool match = true;
                for (int k = 1; k < cliche.Length && match; k++) match = lower[words[i + k]] == cliche[k];
                if (!match) continue;
                string phrase = string.Join(' ', cliche);
                if (!found.TryGetValue(phrase, out var list)) found[phrase] = list = new List<TextSpan>();
                list.Add(TextSpan.FromBounds(tokens[words[i]].Start, tokens[words[i + cliche.Length - 1]].End));
                break;
            }
        }
        return found.Select(f => new PhraseUse(f.Key, f.Value)).OrderByDescending(f => f.Count).ThenBy(f => f.Phrase, StringComparer.Ordinal).ToList();
    }
}
