using System.Collections.Frozen;
using Galley.Checking;
using Galley.Context;
using Galley.Rules.Grammar;

namespace Galley.Rules.RealWord;

/// <summary>Closed compounds written as two words (every thing, my self, to gether, a loud for aloud, fell a part), and when the
/// two words are right as they stand (every one of us, no body was found, would be cause for alarm).</summary>
internal static class SplitWords
{
    /// <summary>When the pair is written apart on purpose.</summary>
    private enum Condition
    {
        /// <summary>Never: the second half is no word here (to gether, him self, there fore).</summary>
        Always,
        /// <summary>Before "else" only (every one else; every one of them, any one thing stand).</summary>
        BeforeElse,
        /// <summary>Pronoun "one": before else, to, who, that, a verb or the end of the clause, not before "of" (some one
        /// came, some one to talk to; some one of them).</summary>
        PronounOne,
        /// <summary>Pronoun "body": before else or a verb other than be, have and the modals (no body was found stands).</summary>
        PronounBody,
        /// <summary>Pronoun "thing": before else, like, about or the end of the clause (some thing moved stands).</summary>
        PronounThing,
        /// <summary>"be cause": not after a modal, to or not, nor before "for" (would be cause for alarm).</summary>
        BeCause,
        /// <summary>"with out": before a word that is not of, here, there, or, and (with out asking; with out or in).</summary>
        WithOut,
        /// <summary>"a loud": after a verb and not before a noun or adjective (read it a loud; a loud bang stands).</summary>
        Aloud,
        /// <summary>"a part": after a word of coming apart or distance, at the clause's end or before a conjunction or a
        /// preposition other than of, off and out (fell a part in the storm, far a part; tore a part off, played a part stand).</summary>
        Apart,
    }

    /// <summary>Words after which "apart" is the adverb: fall apart, tear apart, far apart, worlds apart.</summary>
    private static readonly HashSet<string> BeforeApart = new(StringComparer.Ordinal)
    {
        "fall", "falls", "fell", "falling", "fallen", "come", "comes", "came", "coming", "tear", "tears", "tore", "torn",
        "tearing", "rip", "ripped", "pull", "pulled", "pulling", "drift", "drifted", "drifting", "grow", "grew", "grown",
        "growing", "blow", "blew", "blown", "far", "wide", "miles", "worlds", "feet", "inches", "yards", "years",
    };

    private static readonly FrozenDictionary<string, (string Joined, Condition When)> Pairs = new Dictionary<string, (string, Condition)>
    {
        ["every thing"] = ("everything", Condition.Always), ["any thing"] = ("anything", Condition.Always),
        ["some thing"] = ("something", Condition.PronounThing),
        ["every body"] = ("everybody", Condition.PronounBody), ["any body"] = ("anybody", Condition.PronounBody),
        ["some body"] = ("somebody", Condition.PronounBody), ["no body"] = ("nobody", Condition.PronounBody),
        ["some one"] = ("someone", Condition.PronounOne), ["any one"] = ("anyone", Condition.BeforeElse),
        ["every one"] = ("everyone", Condition.BeforeElse),
        ["some where"] = ("somewhere", Condition.Always), ["any where"] = ("anywhere", Condition.Always),
        ["every where"] = ("everywhere", Condition.Always), ["no where"] = ("nowhere", Condition.Always),
        ["some how"] = ("somehow", Condition.Always), ["any how"] = ("anyhow", Condition.Always),
        ["my self"] = ("myself", Condition.Always), ["your self"] = ("yourself", Condition.Always),
        ["him self"] = ("himself", Condition.Always), ["her self"] = ("herself", Condition.Always),
        ["it self"] = ("itself", Condition.Always), ["one self"] = ("oneself", Condition.Always),
        ["our selves"] = ("ourselves", Condition.Always), ["your selves"] = ("yourselves", Condition.Always),
        ["them selves"] = ("themselves", Condition.Always), ["to gether"] = ("together", Condition.Always),
        ["there fore"] = ("therefore", Condition.Always), ["be cause"] = ("because", Condition.BeCause),
        ["with out"] = ("without", Condition.WithOut), ["a loud"] = ("aloud", Condition.Aloud), ["a part"] = ("apart", Condition.Apart),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The pair's key (the two lowercase words and a space) when the two words may be a closed word that older
    /// books wrote apart (every thing, any one, my self), else null; not a loud, be cause, with out, whose two words
    /// mostly stand as they are.</summary>
    public static string? OlderSplitKey(string first, string second)
    {
        if (!FirstWords.Contains(first)) return null;
        var key = string.Concat(first, " ", second);
        return Pairs.TryGetValue(key, out var pair) && pair.When is not (Condition.Aloud or Condition.Apart or Condition.BeCause or Condition.WithOut) ? key : null;
    }

    /// <summary>First halves, for a cheap test before the pair is looked up.</summary>
    private static readonly FrozenSet<string> FirstWords = Pairs.Keys.Select(k => k[..k.IndexOf(' ')]).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The first and second halves of the pairs (<see cref="CueWords"/>).</summary>
    public static IEnumerable<string> FirstHalves => FirstWords;
    public static IEnumerable<string> SecondHalves => Pairs.Keys.Select(k => k[(k.IndexOf(' ') + 1)..]);

    private static readonly FrozenSet<string> BeforeBeCause = new[] { "to", "not", "will", "would", "could", "should", "might", "may", "must", "can", "shall", "never", "also", "ever", "to" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether a word may be the first half of a closed noun written apart (<see cref="ClosedNoun"/>).</summary>
    public static bool MayStartClosedNoun(string lowercase, TagProfile tags) =>
        lowercase.Length is >= MinClosedNounHalf and <= MaxClosedNoun - MinClosedNounHalf && tags.IsMostly(Pos.Noun, 0.8);

    /// <summary>Whether a word may be the second half of a closed noun written apart (<see cref="ClosedNoun"/>).</summary>
    public static bool MayEndClosedNoun(string lowercase, TagProfile tags) =>
        lowercase.Length is >= MinClosedNounHalf and <= MaxClosedNoun - MinClosedNounHalf && tags.IsMostly(Pos.Noun, 0.9);

    private const int MinClosedNounHalf = 3, MaxClosedNoun = 24;

    /// <summary>The closed word that the two words at <paramref name="first"/> and <paramref name="second"/> should be
    /// written as here, or null.</summary>
    public static string? JoinedForm(CheckContext context, GrammarText text, int first, int second)
    {
        var a = text.Word(first);
        if (a is null || text.Word(second) is not { } b) return null;
        if (!FirstWords.Contains(a)) return ClosedNoun(context, text, first, second, a, b);
        if (!Pairs.TryGetValue(string.Concat(a, " ", b), out var pair)) return null;
        if (JoinedToNext(text, second)) return null;   // her self-portrait
        int next = text.Next(second);
        string? after = text.Word(next);
        bool clauseEnds = next < 0;
        return pair.When switch
        {
            Condition.Always => pair.Joined,
            Condition.BeforeElse => after == "else" ? pair.Joined : null,
            Condition.PronounOne => after is "else" or "to" or "who" or "that" || (clauseEnds && EndsClause(text, second)) || IsVerb(text, next, lexicalOnly: false) ? pair.Joined : null,
            Condition.PronounBody => after == "else" || IsVerb(text, next, lexicalOnly: true) ? pair.Joined : null,
            Condition.PronounThing => after is "else" or "like" or "about" || (clauseEnds && EndsClause(text, second)) ? pair.Joined : null,
            Condition.BeCause => !BeforeBeCause.Contains(text.Word(text.Previous(first)) ?? "") && after is not "for" && next >= 0 ? pair.Joined : null,
            Condition.WithOut => after is not (null or "of" or "here" or "there" or "or" or "and") ? pair.Joined : null,
            Condition.Aloud => IsAloud(text, first, second, next) ? pair.Joined : null,
            Condition.Apart => BeforeApart.Contains(text.Word(text.Previous(first)) ?? "") && (clauseEnds || after is "from" or "and" or "but" or "in" or "at" or "when" or "as" or "again" or "like" or "under" or "during")
                ? pair.Joined : null,
            _ => null,
        };
    }

    /// <summary>Uses in 51 million words of subtitles above which a closed noun is everyday (footsteps, bedroom); rarer
    /// ones (jukebox, icebox) were often written open, and still are by some writers.</summary>
    private const int EverydayClosedNoun = 300;

    /// <summary>Two nouns that the dictionary writes as one everyday noun and edited text never writes apart (gun shot,
    /// door way, foot steps): the second read as a noun in its sentence, not as a verb (a gun shot him).</summary>
    private static string? ClosedNoun(CheckContext context, GrammarText text, int first, int second, string a, string b)
    {
        if (a.Length + b.Length > MaxClosedNoun || !MayStartClosedNoun(a, text.Tags(first)) || !MayEndClosedNoun(b, text.Tags(second))) return null;
        var tokens = text.Tokens;
        if (tokens[first].Is(Document.TokenFlags.Capitalized) || tokens[second].Is(Document.TokenFlags.Capitalized)) return null;
        if (text.Tagged(second).Head != Pos.Noun) return null;   // saw the sun rise
        Span<char> joined = stackalloc char[a.Length + b.Length];
        a.CopyTo(joined);
        b.CopyTo(joined[a.Length..]);
        if (context.Lexicon.Frequency(joined) < EverydayClosedNoun || !context.Lexicon.Words.Contains(joined, context.Dialect)) return null;
        var tags = WordTags.Of(joined);
        if (tags.IsKnown && !tags.IsMostly(Pos.Noun, 0.8)) return null;
        var model = NgramModel.Default;
        if (model.Count(model.IdOf(a), model.IdOf(b)) > 0) return null;   // edited text writes them apart
        return joined.ToString();
    }

    /// <summary>A hyphen straight after the word makes it part of a compound (self-portrait).</summary>
    private static bool JoinedToNext(GrammarText text, int t)
    {
        var tokens = text.Tokens;
        return t + 1 < tokens.Length && !tokens[t + 1].Is(Document.TokenFlags.SpaceBefore) && !tokens[t + 1].IsWord
            && text.Manuscript.Text[tokens[t + 1].Start] is '-' or '\u2010' or '\u2011';
    }

    /// <summary>A punctuation mark that closes a clause follows (some one came in. / I heard some one, then…).</summary>
    private static bool EndsClause(GrammarText text, int t)
    {
        var tokens = text.Tokens;
        return t + 1 >= tokens.Length || tokens[t + 1].Kind is Document.TokenKind.Punctuation or Document.TokenKind.Quote
            or Document.TokenKind.Dash or Document.TokenKind.Ellipsis;
    }

    /// <summary>A finite verb (came, knows, would); with <paramref name="lexicalOnly"/>, not be, have or a modal.</summary>
    private static bool IsVerb(GrammarText text, int t, bool lexicalOnly)
    {
        if (t < 0) return false;
        var tags = text.Tags(t);
        if (tags.Share(Pos.Vbd, Pos.Vbn) + tags.Share(Pos.Vbz, Pos.Md) < 0.6) return false;
        return !lexicalOnly || (tags.Top != Pos.Md && text.Word(t) is not ("is" or "was" or "has" or "had" or "does" or "did"));
    }

    /// <summary>"a loud" where "aloud" was meant: after a verb other than be and have (read the names a loud), with no
    /// noun or adjective after it, past a comma (a loud, clear voice).</summary>
    private static bool IsAloud(GrammarText text, int article, int loud, int next)
    {
        int before = text.Previous(article);
        if (before < 0 && article > 0 && text.Tokens[article - 1].IsWord) return false;
        // "laughed a loud", "read the names a loud": the verb may be a few words back, past its object.
        int verb = -1;
        for (int k = article - 1, words = 0; verb < 0 && k >= 0 && words < 4; k--)
        {
            if (!text.Tokens[k].IsWord) break;
            words++;
            if (text.Tagged(k).IsVerb) verb = k;
        }
        if (verb < 0 || !text.Tagged(verb).IsVerb || text.Word(verb) is "be" or "is" or "was" or "were" or "are" or "been" or "am"
            or "have" or "has" or "had" or "seem" or "seemed" or "become" or "became" or "sounded" or "made" or "heard" or "let" or "gave" or "give")
            return false;
        if (before >= 0 && text.Tagged(before).Head is Pos.Adp or Pos.Det) return false;
        int following = next;
        if (following < 0)
        {
            var tokens = text.Tokens;
            int mark = loud + 1;
            if (mark >= tokens.Length) return true;
            if (tokens[mark].Kind != Document.TokenKind.Punctuation) return false;   // a loud "No!"
            if (text.Manuscript.Text[tokens[mark].Start] != ',') return true;        // laughed a loud.
            following = mark + 1 < tokens.Length && tokens[mark + 1].IsWord ? mark + 1 : -1;
            if (following < 0) return false;
        }
        var tags = text.Tags(following);
        return !(tags.Top is Pos.Noun or Pos.Adj || !tags.IsKnown);
    }
}
