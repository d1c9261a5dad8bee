using Galley.Document;

namespace Galley.Story;

/// <summary>Speakers named by a description in a speech tag ("said the doctor", "the old woman cried") become
/// characters, mentioned wherever the narration uses the same description. A description by a title that one
/// character holds ("said the Colonel" beside Colonel Hale) is that character.</summary>
internal static class Descriptions
{
    /// <summary>Words after "the" in a tag: at most two modifiers and the head.</summary>
    private const int MaxWords = 3;

    public static void Find(Manuscript manuscript, Lexicon.LanguageData language, List<CastMember> members, int[] characterAt, Func<string, CastMember> memberFor)
    {
        var tokens = manuscript.Tokens;
        var found = new Dictionary<string, List<int>>(StringComparer.Ordinal);   // description → the tokens where one starts
        for (int t = 0; t + 2 < tokens.Length; t++)
        {
            if (!tokens[t].IsWord || NarratorFinder.IsQuoted(tokens[t]) || !language.IsSpeechVerb(manuscript.TextOf(tokens[t]))) continue;
            // "said the doctor" right after a line, or "the doctor said" right after one.
            if (t > 0 && tokens[t - 1].Kind == TokenKind.Quote || t > 1 && tokens[t - 1].Kind == TokenKind.Punctuation && tokens[t - 2].Kind == TokenKind.Quote)
            {
                int length = DescriptionAt(manuscript, t + 1, out var words);
                if (length > 0 && IsEnd(manuscript, t + 1 + length)) Add(found, words, t + 1);
                else if (IsHouseholdNoun(manuscript, t + 1) && IsEnd(manuscript, t + 2)) Add(found, NarratorFinder.Lower(manuscript, t + 1), t + 1);
            }
            // "Nanny said", "mother said" right after a line.
            if (t > 1 && IsHouseholdNoun(manuscript, t - 1) && (tokens[t - 2].Kind == TokenKind.Quote || t > 2 && tokens[t - 2].Kind == TokenKind.Punctuation && tokens[t - 3].Kind == TokenKind.Quote))
                Add(found, NarratorFinder.Lower(manuscript, t - 1), t - 1);
            for (int start = t - 2; start >= Math.Max(0, t - 1 - MaxWords); start--)
            {
                if (!(start > 0 && tokens[start - 1].Kind == TokenKind.Quote)) continue;
                int length = DescriptionAt(manuscript, start, out var words);
                if (length > 0 && start + length == t) Add(found, words, start);
            }
        }
        if (found.Count == 0) return;
        // Where "the" opens a stretch of narration: the only places a description by "the" can be mentioned.
        var theTokens = new List<int>();
        for (int t = 0; t < tokens.Length; t++)
            if (tokens[t].IsWord && !NarratorFinder.IsQuoted(tokens[t]) && tokens[t].Length == 3 && NarratorFinder.Lower(manuscript, t) == "the") theTokens.Add(t);
        foreach (var (description, at) in found)
        {
            var heads = description.Split(' ');
            string head = heads[^1];
            // "the now mollified General" beside "the General": modifiers before a title do not make someone new.
            string bareTitle = "the " + head;
            bool modifiedTitle = heads.Length > 2 && heads[0] == "the" && char.IsUpper(head[0]) && found.ContainsKey(bareTitle);
            var member = TitleHolder(members, head) ?? (modifiedTitle ? memberFor(bareTitle) : null)
                ?? (heads[0] == "the" ? Apposed(manuscript, theTokens, description, members, characterAt) : null) ?? memberFor(description);
            member.PersonEvidence += 2;
            if (member.Key == description)
            {
                if (Words.FemaleNouns.Contains(head.ToLowerInvariant())) member.Female += 2;
                if (Words.MaleNouns.Contains(head.ToLowerInvariant())) member.Male += 2;
            }
            if (heads.Length == 1) MarkWord(manuscript, description, member, characterAt);
            else if (heads[0] == "the") MarkMentions(manuscript, theTokens, description, member, characterAt);
            else MarkTags(manuscript, at, heads.Length, description, member, characterAt);   // "a girl" is someone new each time: only the tags
        }
    }

    private static void Add(Dictionary<string, List<int>> found, string words, int at)
    {
        if (!found.TryGetValue(words, out var list)) found[words] = list = new();
        list.Add(at);
    }

    /// <summary>"the [modifier…] head" at <paramref name="t"/>: its length in tokens and its words ("the old woman"),
    /// or 0. The head is a noun that is not a name already (said the gallant Mr. Elton is Mr. Elton's tag).</summary>
    private static int DescriptionAt(Manuscript manuscript, int t, out string words)
    {
        words = "";
        var tokens = manuscript.Tokens;
        if (t >= tokens.Length || !tokens[t].IsWord || NarratorFinder.Lower(manuscript, t) is not ("the" or "a" or "an")) return 0;
        int end = t + 1;
        while (end < tokens.Length && end - t - 1 < MaxWords && tokens[end].IsWord && !NarratorFinder.IsQuoted(tokens[end])
               && !IsFunction(NarratorFinder.Lower(manuscript, end)) && !manuscript.TextOf(tokens[end]).EndsWith("ly", StringComparison.Ordinal))
            end++;
        if (end == t + 1) return 0;
        string head = manuscript.StringOf(tokens[end - 1]);
        if (head.Contains('\'') || head.Contains('\u2019') || NotPeople.Contains(head.ToLowerInvariant())) return 0;   // the doctor's wife; the other
        var parts = new List<string> { NarratorFinder.Lower(manuscript, t) };
        for (int u = t + 1; u < end; u++) parts.Add(manuscript.StringOf(tokens[u]));
        words = string.Join(' ', parts);
        return end - t;
    }

    /// <summary>The description ends the tag: punctuation, a quote, or the end of the text follows.</summary>
    private static bool IsEnd(Manuscript manuscript, int t)
    {
        var tokens = manuscript.Tokens;
        if (t < tokens.Length && tokens[t].IsWord && manuscript.TextOf(tokens[t]).EndsWith("ly", StringComparison.Ordinal)) t++;   // said the doctor gravely
        if (t >= tokens.Length) return true;
        if (tokens[t].Kind is TokenKind.Quote or TokenKind.Dash or TokenKind.Ellipsis) return true;
        if (tokens[t].Kind == TokenKind.Punctuation) return true;
        // "said the doctor to the nurse", "said the doctor, who…" — also fine: a preposition or a relative pronoun.
        return tokens[t].IsWord && NarratorFinder.Lower(manuscript, t) is "to" or "with" or "in" or "at" or "as" or "who" or "and" or "from";
    }

    /// <summary>Heads that pick out someone only from the context (the other, the latter).</summary>
    private static readonly HashSet<string> NotPeople = new(StringComparer.Ordinal)
        { "other", "others", "first", "second", "last", "latter", "former", "same", "one", "two", "three", "rest", "whole", "next", "voice", "words", "door" };

    private static bool IsFunction(string lower) => lower is "to" or "with" or "in" or "at" or "as" or "who" or "and" or "from" or "of" or "on" or "but"
        or "that" or "which" or "for" or "by" or "was" or "had" or "is" or "said" or "then" or "again" or "not";

    /// <summary>The one character the narration sets the description beside as an apposition ("Mr. Brown, the
    /// old doctor," or "the old doctor, Mr. Brown,"), or null when none or several are.</summary>
    private static CastMember? Apposed(Manuscript manuscript, List<int> theTokens, string description, List<CastMember> members, int[] characterAt)
    {
        var tokens = manuscript.Tokens;
        var words = description.Split(' ');
        CastMember? only = null;
        foreach (int t in theTokens)
        {
            if (t < 1 || t + words.Length >= tokens.Length) continue;
            int k = 1;
            while (k < words.Length && tokens[t + k].IsWord && manuscript.TextOf(tokens[t + k]).SequenceEqual(words[k])) k++;
            if (k < words.Length) continue;
            int id = -1;
            bool Comma(int u) => u >= 0 && u < tokens.Length && tokens[u].Kind == TokenKind.Punctuation && manuscript.Text[tokens[u].Start] == ',';
            if (Comma(t - 1) && t >= 2 && characterAt[t - 2] >= 0 && Comma(t + k)) id = characterAt[t - 2];                 // Mr. Brown, the doctor,
            else if (Comma(t + k) && t + k + 1 < tokens.Length && characterAt[t + k + 1] >= 0) id = characterAt[t + k + 1];   // the doctor, Mr. Brown
            if (id < 0) continue;
            var member = members.FirstOrDefault(m => m.Id == id);
            if (member is null) continue;
            if (only is not null && only != member) return null;
            only = member;
        }
        return only;
    }

    /// <summary>The one character titled <paramref name="head"/> (the Colonel → Colonel Hale), or null.</summary>
    private static CastMember? TitleHolder(List<CastMember> members, string head)
    {
        if (!char.IsUpper(head[0])) return null;
        CastMember? only = null;
        foreach (var m in members)
        {
            if (m.TitledForm is null || !m.TitledForm.StartsWith(head, StringComparison.Ordinal) || m.TitledForm.Length <= head.Length
                || m.TitledForm[head.Length] is not (' ' or '.')) continue;
            // Named once, after "of" or "in" (the memoirs of General Ivers): a passing reference, not the one in the scene.
            if (m.MentionOffsets.Count < 2 && m.PlaceEvidence > 0) continue;
            if (only is not null && only != m) return null;
            only = m;
        }
        return only;
    }

    /// <summary>A word of the household that a story uses as a name without an article (said nanny, Mother said).</summary>
    private static bool IsHouseholdNoun(Manuscript manuscript, int t) =>
        t < manuscript.Tokens.Length && manuscript.Tokens[t].IsWord && !NarratorFinder.IsQuoted(manuscript.Tokens[t])
        && NarratorFinder.Lower(manuscript, t) is "nanny" or "nurse" or "mother" or "father" or "cook" or "grandmother" or "grandfather"
            or "granny" or "grandpa" or "grandma" or "mummy" or "daddy" or "mamma" or "papa";

    /// <summary>Every use of the word outside speech, in any case, is a mention of its character (nanny, Nanny).</summary>
    private static void MarkWord(Manuscript manuscript, string word, CastMember member, int[] characterAt)
    {
        var tokens = manuscript.Tokens;
        for (int t = 0; t < tokens.Length; t++)
        {
            if (!tokens[t].IsWord || tokens[t].Length != word.Length || NarratorFinder.IsQuoted(tokens[t]) || characterAt[t] >= 0 || NarratorFinder.Lower(manuscript, t) != word) continue;
            if (t > 0 && tokens[t - 1].IsWord && NarratorFinder.Lower(manuscript, t - 1) is "the" or "a" or "an" or "his" or "her" or "my" or "their" or "your" or "our") continue;   // her mother is someone's
            characterAt[t] = member.Id;
            member.MentionOffsets.Add(tokens[t].Start);
            member.Forms[word] = member.Forms.GetValueOrDefault(word) + 1;
        }
    }

    private static void MarkTags(Manuscript manuscript, List<int> starts, int length, string description, CastMember member, int[] characterAt)
    {
        foreach (int t in starts)
        {
            if (characterAt[t] >= 0) continue;
            for (int u = t; u < t + length; u++) characterAt[u] = member.Id;
            member.MentionOffsets.Add(manuscript.Tokens[t].Start);
            member.Forms[description] = member.Forms.GetValueOrDefault(description) + 1;
        }
    }

    /// <summary>Every use of the description in the narration is a mention of its character.</summary>
    private static void MarkMentions(Manuscript manuscript, List<int> theTokens, string description, CastMember member, int[] characterAt)
    {
        var tokens = manuscript.Tokens;
        var words = description.Split(' ');
        foreach (int t in theTokens)
        {
            if (t + words.Length > tokens.Length) continue;
            int k = 1;
            while (k < words.Length && tokens[t + k].IsWord && manuscript.TextOf(tokens[t + k]).SequenceEqual(words[k])) k++;
            if (k < words.Length) continue;
            bool free = true;
            for (int u = t; u < t + k; u++) free &= characterAt[u] < 0;
            if (!free) continue;
            for (int u = t; u < t + k; u++) characterAt[u] = member.Id;
            member.MentionOffsets.Add(tokens[t].Start);
            member.Forms[description] = member.Forms.GetValueOrDefault(description) + 1;
        }
    }
}
