using Galley.Checking;
using Galley.Document;
using Galley.Rules.Capitalization;

namespace Galley.Rules.Dialogue;

/// <summary>How a piece of speech ends, just before its closing quote.</summary>
public enum SpeechEnd { None, Period, Comma, QuestionOrExclamation, Ellipsis, Dash, Other }

/// <summary>A speech tag after a closing quote: who speaks (a pronoun, a name or "the old man") and the speech verb,
/// in either order (he said, said he), with up to two adverbs between (he finally said).</summary>
public sealed record SpeechTag(Quotation Speech, int EndToken, SpeechEnd End, int SubjectToken, int VerbToken, int LastToken)
{
    /// <summary>The first word of the tag.</summary>
    public int FirstToken => Math.Min(SubjectToken, VerbToken);
}

/// <summary>Finds the speech tags that follow speech, and tells them from action beats ("Fine." She turned away.),
/// which are sentences of their own. A tag's verb comes from data/speech-verbs.tsv (a misspelled one, such as
/// "whimpred", is recognised through its spelling suggestion); what follows the verb must be what follows a tag:
/// nothing, a comma, an adverb, an -ing word, a preposition, or an object pronoun then one of those. "He said it
/// with a smile" and "She said that he had gone" are narration, not tags.</summary>
internal sealed class SpeechTags
{
    private static readonly HashSet<string> SubjectPronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "i", "they", "we", "you", "it" };
    private static readonly HashSet<string> ObjectPronouns = new(StringComparer.OrdinalIgnoreCase) { "me", "him", "her", "them", "us", "you" };
    private static readonly HashSet<string> TagPrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "with", "in", "through", "under", "from", "at", "as", "into", "without", "between", "behind", "over", "across", "against",
        "before", "after", "toward", "towards", "and", "again", "back", "too", "once", "while", "when", "but", "then", "for", "because",
    };
    private static readonly HashSet<string> AfterTo = new(StringComparer.OrdinalIgnoreCase)
    {
        "me", "him", "her", "them", "us", "you", "himself", "herself", "myself", "themselves", "ourselves", "yourself", "no", "nobody", "no-one", "anyone", "everyone", "someone",
    };

    public IReadOnlyList<SpeechTag> Tags { get; }

    /// <summary>me, him, her, them, us, you: the object a tag's verb may take (told him, "…").</summary>
    public static bool IsObjectPronoun(string word) => ObjectPronouns.Contains(word);

    /// <summary>The tag's verb when the word before the speech is at <paramref name="t"/>: that word, or the word
    /// before it when it is an object pronoun (whispered, told him).</summary>
    public static int VerbBefore(Manuscript m, int t) =>
        t > 0 && m.Tokens[t].IsWord && ObjectPronouns.Contains(m.Lower(t)) && m.Tokens[t - 1].IsWord ? t - 1 : t;

    /// <summary>At most three tokens from <paramref name="from"/> up to <paramref name="to"/>, all words: a tag's
    /// subject or adverbs (she said softly, "…"), not a new clause (I said, adding, "…").</summary>
    public static bool OnlyWordsBetween(Manuscript m, int from, int to)
    {
        if (to - from > 3) return false;
        for (int t = from; t < to; t++) if (!m.Tokens[t].IsWord) return false;
        return true;
    }

    private SpeechTags(List<SpeechTag> tags) => Tags = tags;

    public static SpeechTags Of(CheckContext context) => context.Memo(Find);

    private static SpeechTags Find(CheckContext context)
    {
        var m = context.Manuscript;
        var tags = new List<SpeechTag>();
        foreach (var q in m.Quotations)
        {
            if (!q.IsSpeech || !q.IsClosed || q.CloseToken <= q.OpenToken + 1) continue;
            var speechEnd = Classify(m, q.CloseToken - 1);
            if (TagAfter(context, q, q.CloseToken + 1, splitsSentence: speechEnd == SpeechEnd.Comma) is { } tag) tags.Add(tag);
        }
        return new SpeechTags(tags);
    }

    /// <summary>The tag that starts at token <paramref name="first"/> after the closed speech <paramref name="q"/>, or
    /// null. <paramref name="splitsSentence"/>: a tag followed by a comma and more speech may belong to the speech
    /// before (it does when that speech ended in a comma).</summary>
    public static SpeechTag? TagAfter(CheckContext context, Quotation q, int first, bool splitsSentence)
    {
        var m = context.Manuscript;
        var paragraph = m.Paragraphs[q.Paragraph];
        int end = paragraph.FirstToken + paragraph.TokenCount;
        if (first >= end || !m.Tokens[first].IsWord) return null;
        int endToken = q.CloseToken - 1;
        if (Parse(context, first, end, splitsSentence) is not { } found) return null;
        return new SpeechTag(q, endToken, Classify(m, endToken), found.Subject, found.Verb, found.Last);
    }

    public static SpeechEnd Classify(Manuscript m, int t)
    {
        var token = m.Tokens[t];
        return token.Kind switch
        {
            TokenKind.Word or TokenKind.Number => SpeechEnd.None,
            TokenKind.Ellipsis => SpeechEnd.Ellipsis,
            TokenKind.Dash => SpeechEnd.Dash,
            TokenKind.Punctuation => m.Text[token.Start] switch
            {
                '.' => SpeechEnd.Period,
                ',' => SpeechEnd.Comma,
                '?' or '!' or '\u203D' => SpeechEnd.QuestionOrExclamation,
                _ => SpeechEnd.Other,
            },
            _ => SpeechEnd.Other,
        };
    }

    private static (int Subject, int Verb, int Last)? Parse(CheckContext context, int first, int end, bool splitsSentence)
    {
        var m = context.Manuscript;
        // said he, asked Mara
        if (IsSpeechVerb(context, first) && first + 1 < end && m.Tokens[first + 1].IsWord)
        {
            int subject = first + 1;
            if (IsPronoun(m, subject) || IsNameAt(context, subject))
            {
                int last = NameEnd(context, subject, end);
                return EndsLikeTag(context, splitsSentence, last + 1, end) ? (subject, first, last) : null;
            }
            if (IsArticle(m, subject))   // said the old man
                for (int i = subject + 1; i < Math.Min(end, subject + 4) && m.Tokens[i].IsWord; i++)
                    if (IsMostlyNoun(m, i) && EndsLikeTag(context, splitsSentence, i + 1, end)) return (subject, first, i);
        }
        int subjectEnd = SubjectEnd(context, first, end);
        if (subjectEnd < 0) return null;
        int verb = subjectEnd + 1, adverbs = 0;
        while (verb < end && m.Tokens[verb].IsWord && IsAdverb(m, verb) && adverbs < 2 && !IsSpeechVerb(context, verb)) { verb++; adverbs++; }
        if (verb >= end || !m.Tokens[verb].IsWord || !IsSpeechVerb(context, verb)) return null;
        if (IsBaseForm(context, verb) && !TakesBaseForm(m, first, subjectEnd)) return null;   // "Tom?" No answer.
        if (!IsPersonSubject(m, first, subjectEnd) && !IsWordVerb(context, verb)) return null;   // Her voice cracked. The crowd roared.
        int next = verb + 1;
        if (next < end && m.Tokens[next].IsWord && (ObjectPronouns.Contains(m.Lower(next)) || IsNameAt(context, next)))
            next = NameEnd(context, next, end) + 1;
        return EndsLikeTag(context, splitsSentence, next, end) ? (first, verb, next - 1) : null;
    }

    /// <summary>The last token of a tag's subject starting at <paramref name="t"/>: a pronoun, a name of up to three
    /// words (Dr. Groll, Clark Kent), or a determiner and up to two words (the old man); -1 when none.</summary>
    private static int SubjectEnd(CheckContext context, int t, int end)
    {
        var m = context.Manuscript;
        if (IsPronoun(m, t)) return t;
        if (IsNameAt(context, t)) return NameEnd(context, t, end);
        var word = m.TextOf(m.Tokens[t]);
        if (!Capitals.IsDeterminer(word) || word.Equals("that", StringComparison.OrdinalIgnoreCase) || word.Equals("this", StringComparison.OrdinalIgnoreCase)) return -1;
        for (int i = t + 1; i < Math.Min(end, t + 4); i++)
        {
            if (!m.Tokens[i].IsWord) return -1;
            if (i + 1 < end && m.Tokens[i + 1].IsWord && IsSpeechVerb(context, i + 1) && IsMostlyNoun(m, i))
                return i;
        }
        return -1;
    }

    private static int NameEnd(CheckContext context, int t, int end)
    {
        var m = context.Manuscript;
        if (!Capitals.IsCapitalizedWord(m.Tokens[t])) return t;
        int last = t;
        for (int i = t + 1; i < Math.Min(end, t + 4); i++)
        {
            var token = m.Tokens[i];
            if (token.Kind == TokenKind.Punctuation && m.Text[token.Start] == '.' && context.Lexicon.Language.IsTitle(m.TextOf(m.Tokens[i - 1]))) continue;
            if (!Capitals.IsCapitalizedWord(token) || !IsNameAt(context, i)) break;
            last = i;
        }
        return last;
    }

    private static bool IsArticle(Manuscript m, int t) => m.TextOf(m.Tokens[t]) is "the" or "a" or "an" or "his" or "her" or "my" or "their" or "our" or "your";

    /// <summary>Verbs that only people do with words; "the crowd roared", "her voice cracked" and "it hissed" are sounds.</summary>
    private static readonly HashSet<string> WordVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "say", "ask", "reply", "answer", "tell", "whisper", "shout", "yell", "mutter", "murmur", "add", "continue", "explain", "insist",
        "repeat", "declare", "exclaim", "announce", "demand", "respond", "retort", "suggest", "admit", "agree", "protest", "warn",
        "inquire", "enquire", "plead", "beg", "mumble", "stammer", "stutter", "interrupt", "remark", "observe", "promise", "call",
    };

    private static bool IsWordVerb(CheckContext context, int t)
    {
        var verbBase = context.Lexicon.Language.SpeechVerbBase(context.Manuscript.TextOf(context.Manuscript.Tokens[t]));
        return verbBase is null || WordVerbs.Contains(verbBase);   // null: a misspelling of a speech verb, judged already
    }

    /// <summary>A personal pronoun other than "it", or a name: someone who can speak. A noun phrase (the guard, her
    /// voice) may be a person or a thing.</summary>
    private static bool IsPersonSubject(Manuscript m, int first, int last) =>
        first == last ? !m.TextOf(m.Tokens[first]).Equals("it", StringComparison.OrdinalIgnoreCase) : !Capitals.IsDeterminer(m.TextOf(m.Tokens[first]));

    /// <summary>The verb as listed (say, answer), not said or answers.</summary>
    private static bool IsBaseForm(CheckContext context, int t)
    {
        var word = context.Manuscript.TextOf(context.Manuscript.Tokens[t]);
        var verbBase = context.Lexicon.Language.SpeechVerbBase(word);
        return verbBase is not null && word.Equals(verbBase, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>I, you, we, they: a subject that takes the base form in the present tense (I say).</summary>
    private static bool TakesBaseForm(Manuscript m, int first, int last) =>
        first == last && m.TextOf(m.Tokens[first]) is "I" or "i" or "you" or "You" or "we" or "We" or "they" or "They";

    /// <summary>The sets ignore case, and <see cref="Manuscript.Lower"/> is the word in lowercase with no string made.</summary>
    private static bool IsPronoun(Manuscript m, int t) => SubjectPronouns.Contains(m.Lower(t));

    private static bool IsMostlyNoun(Manuscript m, int t) =>
        WordClasses.IsMostlyNoun(Capitals.Lower(m.TextOf(m.Tokens[t]), stackalloc char[Capitals.LowerBuffer]));

    /// <summary>A name, a title, or a capitalized word the dictionary lacks (a name used once).</summary>
    private static bool IsNameAt(CheckContext context, int t)
    {
        var m = context.Manuscript;
        var token = m.Tokens[t];
        if (!Capitals.IsCapitalizedWord(token)) return false;
        var word = NameBook.StripPossessive(m.TextOf(token));
        if (word.Length != m.TextOf(token).Length) return false;
        if (context.Names.IsName(word) || context.Lexicon.Language.IsTitle(word)) return true;
        // Clark, Paris: a proper noun of the dictionary; but No, Will and Mark are also everyday words.
        return !context.Lexicon.Words.ContainsExact(Capitals.Lower(word, stackalloc char[Capitals.LowerBuffer]), context.Dialect) && !Capitals.IsPronounI(word);
    }

    private static bool IsAdverb(Manuscript m, int t)
    {
        var lower = Capitals.Lower(m.TextOf(m.Tokens[t]), stackalloc char[Capitals.LowerBuffer]);
        return WordClasses.IsMostlyAdverb(lower) || (lower.Length > 4 && lower.EndsWith("ly", StringComparison.Ordinal) && !WordClasses.IsMostlyNoun(lower));
    }

    /// <summary>A speech verb as written, or a misspelling whose first suggestion is one (answeres, whimpred).</summary>
    public static bool IsSpeechVerb(CheckContext context, int t)
    {
        var m = context.Manuscript;
        var word = m.TextOf(m.Tokens[t]);
        if (context.Lexicon.Language.IsSpeechVerb(word)) return true;
        if (word.Length < 4 || !char.IsLower(word[0]) || context.IsKnownWord(word)) return false;
        return context.Memo(static _ => new MisspelledSpeechVerbs()).Check(context, word.ToString());
    }

    /// <summary>Suggestions are costly: each unknown word is looked up once per check.</summary>
    private sealed class MisspelledSpeechVerbs
    {
        private readonly Dictionary<string, bool> _known = new(StringComparer.Ordinal);

        public bool Check(CheckContext context, string word)
        {
            if (_known.TryGetValue(word, out bool found)) return found;
            var suggestions = context.Suggester.Suggest(word);
            return _known[word] = suggestions.Count > 0 && context.Lexicon.Language.IsSpeechVerb(suggestions[0]);
        }
    }

    /// <summary>What may follow a tag's verb (and its object): the end of the paragraph, punctuation other than an
    /// opening quote (unless the speech before ended in a comma), an adverb, an -ing word, a tag preposition, "to" and a person, or a capital that begins a new
    /// sentence with its full stop missing.</summary>
    private static bool EndsLikeTag(CheckContext context, bool splitsSentence, int t, int end)
    {
        var m = context.Manuscript;
        if (t >= end) return true;
        var token = m.Tokens[t];
        if (token.Kind is TokenKind.Punctuation)
        {
            // After speech that ended a sentence, "He said," or "He said:" introduces the next speech: a tag for what
            // follows, not for what went before. After a comma it splits one sentence ("I think," she said, "we…").
            if (m.Text[token.Start] is ',' or ':' && t + 1 < end && m.Tokens[t + 1].Is(TokenFlags.Opening)) return splitsSentence;
            return true;
        }
        if (token.Kind is TokenKind.Dash or TokenKind.Ellipsis or TokenKind.Bracket) return true;
        if (token.Kind == TokenKind.Quote) return !token.Is(TokenFlags.Opening);
        if (!token.IsWord) return false;
        var word = m.TextOf(token);
        if (Capitals.IsCapitalizedWord(token) && ClauseStart.IsSubjectWord(word)) return true;   // I assured him It felt…
        var lower = Capitals.Lower(word, stackalloc char[Capitals.LowerBuffer]);
        if (lower is "to") return t + 1 < end && m.Tokens[t + 1].IsWord
            && (AfterTo.Contains(m.Lower(t + 1)) || Capitals.IsDeterminer(m.TextOf(m.Tokens[t + 1])) || IsNameAt(context, t + 1));
        if (TagPrepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower)) return true;
        if (lower.EndsWith("ing", StringComparison.Ordinal) && lower.Length > 4) return true;
        return IsAdverb(m, t) && lower is not "so";
    }
}
