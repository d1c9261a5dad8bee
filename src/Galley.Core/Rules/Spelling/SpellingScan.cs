using Galley.Checking;
using Galley.Lexicon;
using Galley.Document;
using Galley.Text;

namespace Galley.Rules.Spelling;

public enum UnknownKind { Misspelling, RunTogether, Informal, Repeated, NameTypo, OtherDialect }

/// <summary>A word the dictionary, the manuscript's names and the writer's words do not account for,
/// with what kind of problem it is and ranked corrections.</summary>
public sealed record UnknownWord(int Token, TextSpan Span, string Text, UnknownKind Kind, IReadOnlyList<string> Suggestions, int Occurrences);

/// <summary>Finds every unknown word once per check and decides which spelling rule it belongs to, so each word
/// gets exactly one diagnostic.</summary>
public sealed class SpellingScan
{
    public required IReadOnlyList<UnknownWord> Words { get; init; }

    /// <summary>An unknown spelling repeated this often is probably deliberate (an invented word).</summary>
    private const int DeliberateRepeats = 3;

    public static SpellingScan Of(CheckContext context) => context.Memo(Scan);

    private static SpellingScan Scan(CheckContext context)
    {
        var manuscript = context.Manuscript;
        var found = FindUnknown(context);
        var counts = found.GroupBy(f => f.Text).ToDictionary(g => g.Key, g => g.Count());
        var suggestionCache = context.Document?.Suggestions ?? new Dictionary<string, IReadOnlyList<string>>();
        SuggestMissing(context, counts.Keys, suggestionCache);
        var words = new List<UnknownWord>(found.Count);
        foreach (var (t, span, text) in found)
        {
            var token = manuscript.Tokens[t];
            int occurrences = context.UnknownWordCount(text, counts);
            var kind = Classify(context, token, text, occurrences, suggestionCache, out var suggestions);
            words.Add(new UnknownWord(t, span, text, kind, suggestions, occurrences));
        }
        return new SpellingScan { Words = words };
    }

    /// <summary>Suggestions for each distinct unknown word not yet in the cache, computed on all cores when there are
    /// many: each word's suggestions depend only on the word, the lexicon and the names, so the result is the same.</summary>
    private static void SuggestMissing(CheckContext context, IEnumerable<string> distinct, Dictionary<string, IReadOnlyList<string>> cache)
    {
        var words = distinct.Where(text => !cache.ContainsKey(text) && !WordAcceptance.IsInformal(context, text)).ToList();
        var suggester = context.Suggester;
        var suggestions = new IReadOnlyList<string>[words.Count];
        if (words.Count >= 32 && Environment.ProcessorCount > 1)
            Parallel.For(0, words.Count, i => suggestions[i] = suggester.Suggest(words[i]));
        else
            for (int i = 0; i < words.Count; i++) suggestions[i] = suggester.Suggest(words[i]);
        for (int i = 0; i < words.Count; i++) cache[words[i]] = suggestions[i];
    }

    /// <summary>The words no dictionary, name or writer's list accounts for, before they are classified; a part of a
    /// manuscript counts these so the whole's occurrences can be added up.</summary>
    internal static List<(int Token, TextSpan Span, string Text)> FindUnknown(CheckContext context)
    {
        var manuscript = context.Manuscript;
        var found = new List<(int Token, TextSpan Span, string Text)>();
        foreach (var paragraph in manuscript.Paragraphs)
        {
            if (!paragraph.IsProse) continue;
            for (int t = paragraph.FirstToken; t < paragraph.FirstToken + paragraph.TokenCount; t++)
            {
                var token = manuscript.Tokens[t];
                if (!token.IsWord) continue;
                var word = manuscript.TextOf(token);
                if (WordAcceptance.IsInformal(context, word))
                {
                    // Informal speech is a character's voice; in narration it is worth a hint even when the dictionary lists it.
                    if (!token.Is(TokenFlags.InSpeech)) found.Add((t, token.Span, word.ToString()));
                    continue;
                }
                if (WordAcceptance.IsAccepted(context, word, token)) continue;
                if (token.Is(TokenFlags.Hyphenated)) AddUnknownParts(context, manuscript, t, found);
                else found.Add((t, token.Span, word.ToString()));
            }
        }
        return found;
    }

    private static void AddUnknownParts(CheckContext context, Manuscript manuscript, int t, List<(int, TextSpan, string)> found)
    {
        var token = manuscript.Tokens[t];
        var word = manuscript.TextOf(token);
        foreach (var range in word.Split('-'))
        {
            var (start, length) = range.GetOffsetAndLength(word.Length);
            var part = word.Slice(start, length);
            var partToken = token with { Start = token.Start + start, Length = length, Flags = token.Flags & ~TokenFlags.Hyphenated };
            if (part.Length > 1 && !WordAcceptance.IsAccepted(context, part, partToken))
                found.Add((t, new TextSpan(token.Start + start, length), part.ToString()));
        }
    }

    private static UnknownKind Classify(CheckContext context, in Token token, string text, int occurrences,
        Dictionary<string, IReadOnlyList<string>> cache, out IReadOnlyList<string> suggestions)
    {
        suggestions = [];
        if (WordAcceptance.IsInformal(context, text))
        {
            suggestions = [context.Lexicon.Informal[text]];
            return UnknownKind.Informal;
        }
        if (!cache.TryGetValue(text, out var cached)) cache[text] = cached = context.Suggester.Suggest(text);
        suggestions = cached;
        if (context.Lexicon.Words.IsOtherDialectOnly(text, context.Dialect)) return UnknownKind.OtherDialect;
        if (char.IsUpper(text[0]) && occurrences <= 2 && NearFrequentName(context, text, occurrences) is { } name)
        {
            suggestions = [name, .. suggestions.Where(s => s != name)];
            return UnknownKind.NameTypo;
        }
        var lower = text.ToLowerInvariant();
        if (occurrences >= DeliberateRepeats && context.Lexicon.KnownCorrections(lower) is null
            && !suggestions.Any(s => EditDistance.Between(s, text, 1, ignoreCase: true) <= 1 && context.Lexicon.Frequency(s.ToLowerInvariant()) >= 100))
            return UnknownKind.Repeated;
        if (suggestions.Count > 0 && suggestions[0].Contains(' ') && suggestions[0].Replace(" ", "").Equals(text, StringComparison.OrdinalIgnoreCase))
            return UnknownKind.RunTogether;
        return UnknownKind.Misspelling;
    }

    /// <summary>A name used at least three times as often as this spelling, one or two letters away.</summary>
    private static string? NearFrequentName(CheckContext context, string text, int occurrences)
    {
        string? best = null;
        int bestCount = 0;
        foreach (var name in context.Names.All)
        {
            int count = context.Names.Count(name);
            if (count < Math.Max(NameBook.FrequentName, 3 * occurrences) || count <= bestCount || Math.Abs(name.Length - text.Length) > 2) continue;
            if (name[0] != text[0]) continue;   // a slip inside a name keeps its first letter
            int limit = text.Length <= 6 ? 1 : 2;
            if (EditDistance.Between(name, text, limit) <= limit) { best = name; bestCount = count; }
        }
        return best;
    }
}
