using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Document;
using Galley.Rules.Agreement;
using Galley.Rules.Grammar;

namespace Galley.Rules.Apostrophes;

/// <summary>A common noun with an s and no apostrophe between a determiner and a noun (the dogs collar): a possessive
/// that lost its apostrophe. Decided from the words' tag profiles, the tagger, and Brown's word pairs.</summary>
public sealed class NounMissingApostrophe : Rule
{

    /// <summary>Verbs that take two objects (gave the boys money): the noun after the plural is the second object.</summary>
    private static readonly string[] TwoObjectVerbs =
    [
        "give", "hand", "bring", "buy", "show", "tell", "teach", "offer", "send", "owe", "pass", "lend", "sell", "pay",
        "feed", "serve", "make", "get", "fetch", "throw", "read", "write", "promise", "leave", "find", "call", "wish", "cost",
        "deny", "grant", "bake", "pour", "save", "cook", "ask", "sing", "allow", "award", "toss", "mail", "slip",
    ];

    /// <summary>Plurals of people not made with -s, whose possessive is -'s (the children's room).</summary>
    private static readonly HashSet<string> PeoplePlurals = new(StringComparer.Ordinal) { "children", "women", "men", "people" };

    private static readonly HashSet<string> PossessiveDeterminers = new(StringComparer.Ordinal) { "my", "your", "his", "her", "our", "their" };

    /// <summary>Words before a noun that make it plural (both sisters, two dogs).</summary>
    private static readonly HashSet<string> PluralMarkers = new(StringComparer.Ordinal)
    {
        "these", "those", "both", "all", "many", "several", "few", "two", "three", "four", "five", "some", "other", "our",
    };

    /// <summary>Verbs after which a plural may start a clause or take a bare infinitive (I think the dogs howl, we
    /// watched the boys play): a noun that is also a verb may be that verb.</summary>
    private static readonly string[] ClauseVerbs =
    [
        "see", "watch", "hear", "let", "make", "help", "have", "feel", "notice", "think", "know", "say", "believe", "guess",
        "hope", "suppose", "swear", "bet", "figure", "realize", "mean", "doubt", "reckon", "imagine", "remember", "forget",
        "bet", "tell", "show", "find", "bid", "wonder", "understand", "hate", "like", "love", "want", "need",
    ];

    /// <summary>Nouns that work as adverbs (walked the dogs home, saw the boys today).</summary>
    private static readonly HashSet<string> AdverbialNouns = new(StringComparer.Ordinal)
    {
        "home", "today", "tonight", "tomorrow", "yesterday", "upstairs", "downstairs", "outside", "inside", "downtown",
        "uptown", "overseas", "abroad", "ashore", "aboard", "indoors", "outdoors", "everywhere", "somewhere", "anywhere",
        "nowhere", "tonite", "once", "twice", "sometime", "meanwhile", "instead", "alone", "apart", "together", "each",
        "both", "all", "themselves", "yourselves", "ourselves",
    };

    /// <summary>Adjectives that open a time phrase rather than describe the owned thing (saw the boys last week).</summary>
    private static readonly HashSet<string> TimeModifiers = new(StringComparer.Ordinal)
    {
        "last", "next", "this", "that", "same", "other", "previous", "following", "whole", "entire", "first", "second",
    };

    /// <summary>Words that start an object: a noun followed by one is a verb (the kids watch the game).</summary>
    private static readonly HashSet<string> ObjectStarts = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "him", "them", "me", "us", "her", "his", "my", "your", "their", "our", "its", "it", "this",
        "that", "these", "those", "you", "some", "every", "each", "no", "to", "up", "down", "out", "off", "away", "back",
    };

    /// <summary>A plural this much as common as its singular (parents, clothes, sports, arms) is a word of its own
    /// and often stands before a noun in a compound (sports car, arms race).</summary>
    private const double OwnWordPluralShare = 0.6, MaxPluralShare = 1.2;

    private const int EvidenceWindow = 400;

    public override RuleInfo Info { get; } = new(
        "GL3005", "noun-missing-apostrophe", Category.Apostrophes, Severity.Warning,
        "A common noun with an s between a determiner and a noun needs an apostrophe to show possession.",
        Help: "`the dogs collar` is the collar of the dog: `the dog's collar`. The rule acts on a plural-looking noun after a " +
              "determiner (the, my, a) when the next word can only be a noun. After *a*, *this* or *each* only the singular fits; " +
              "after *the* or *my* it may be one owner or several (`my sisters room`: `sister's` or `sisters'`), so both are " +
              "offered, the one the paragraph points to first. Plurals common in their own right (sports car, arms race, " +
              "savings account, news report, clothes line), pairs edited fiction uses (the sales tax), a verb after the plural " +
              "(the boys ran) and a second object (gave the boys money) are left alone.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("The nurse checked the patients chart again.", "The nurse checked the patient's chart again."),
        Example.Flag("The buckle on the dogs collar was rusted.", "The buckle on the dog's collar was rusted."),
        Example.Flag("It was a dogs life, and he knew it.", "It was a dog's life, and he knew it."),
        Example.Flag("My sister was out, so I slept in my sisters room.", "My sister was out, so I slept in my sister's room."),
        Example.Flag("My sisters were out, so I slept in my sisters room.", "My sisters were out, so I slept in my sisters' room."),
        Example.Flag("Grandpa had hung his fathers old rifle over the door.", "Grandpa had hung his father's old rifle over the door."),
        Example.Flag("I borrowed my moms car without asking.", "I borrowed my mom's car without asking."),
        Example.Flag("The storm tore the roof off my uncles boathouse.", "The storm tore the roof off my uncle's boathouse."),
        Example.Flag("Somewhere below, the dogs bark woke the house.", "Somewhere below, the dog's bark woke the house."),
        Example.Flag("The sailors ship was late, and the harbour waited.", "The sailor's ship was late, and the harbour waited."),
        Example.Flag("All the teachers notes are on the shelf.", "All the teachers' notes are on the shelf."),
        Example.Flag("She folded the children blanket and put it away.", "She folded the children's blanket and put it away."),
        Example.Flag("After dinner the women coat was missing.", "After dinner the women's coat was missing."),
        Example.Flag("The horses hooves rang on the cobbles.", "The horse's hooves rang on the cobbles."),
        Example.Flag("The students essays were late again.", "The student's essays were late again."),
        Example.Keep("The women servants were sent home early.", "a plural after women: a compound"),
        Example.Keep("The men sat down and the children slept.", "a verb follows"),
        Example.Keep("The boys ran down to the water.", "a verb follows"),
        Example.Keep("At night the wolves howl and the dogs bark back.", "a present-tense verb that is also a noun"),
        Example.Keep("We heard the girls laugh from the porch, and I watched the boys fish.", "bare infinitives after verbs of perception"),
        Example.Keep("The dogs sense danger before we do.", "a verb with its object"),
        Example.Keep("The dogs barked all night.", "a verb follows"),
        Example.Keep("He drove a sports car and lost it in the arms race of the neighbourhood.", "plurals common in their own right"),
        Example.Keep("She kept her savings account and read the news report twice.", "plural words before nouns"),
        Example.Keep("His parents house guests every summer.", "a verb that is also a noun"),
        Example.Keep("The students protest the decision every spring.", "a verb that is also a noun, then its object"),
        Example.Keep("She gave the boys money and sent the girls letters.", "two objects"),
        Example.Keep("I walked the dogs home after I saw the girls yesterday.", "nouns used as adverbs"),
        Example.Keep("We saw the twins last week.", "a time phrase"),
        Example.Keep("The dog's collar and the patient's chart were on the table.", "already possessive"),
        Example.Keep("The Kents farm was sold.", "a family name: the name rules handle it"),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        for (int t = 1; t < tokens.Length; t++)
        {
            // After a determiner (a, this, each: one owner; the, my, whose: one or several) — the cheapest test first.
            if (!text.Is(t - 1, WordClass.SingularDeterminer | WordClass.OpenDeterminer)) continue;
            if (text.Word(t) is not { Length: >= 3 } word) continue;
            bool irregular = PeoplePlurals.Contains(word);
            if (!irregular && (word.Length < 4 || word[^1] != 's' || word[^2] is 's' or 'u' or 'i' or '\'')) continue;
            var token = tokens[t];
            if (token.Is(TokenFlags.Capitalized) || token.Is(TokenFlags.HasApostrophe) || token.Is(TokenFlags.InMention)) continue;
            int previous = text.Previous(t);
            if (previous < 0) continue;
            var determiner = text.Word(previous)!;
            bool singular = text.Is(previous, WordClass.SingularDeterminer);
            bool afterPossessive = PossessiveDeterminers.Contains(determiner);
            double share = irregular ? 0 : PluralShare(context, text, t, word, afterPossessive);
            if (irregular ? singular : share is < 0 or >= MaxPluralShare) continue;
            int noun = OwnedNoun(context, text, t, previous);
            if (noun < 0 || IsAttestedPair(word, text.Word(noun)!) || AfterTwoObjectVerb(text, previous)) continue;
            if (irregular)
            {
                // women servants, men friends: a plural after these is a compound; only a singular is surely owned.
                if (PluralNounSubject.IsPluralNoun(text, noun)) continue;
                ReportIrregular(context, sink, text, t);
                continue;
            }
            // An owner Brown never writes as a possessive (the letters column) only where the owned noun is plainly
            // the subject, with the sentence's verb after it (the sailors ship was late).
            bool plainSubject = IsFiniteVerb(text, text.Next(noun)), attestedOwner = IsAttestedOwner(word);
            if (!afterPossessive && !attestedOwner && !plainSubject) continue;
            // A plural common in its own right (students, arms) only as a plain subject and when Brown writes it as an owner.
            if (share >= OwnWordPluralShare && !(plainSubject && attestedOwner)) continue;
            bool pluralMarked = PluralMarkers.Contains(text.Word(text.Previous(previous)) ?? "");   // all the teachers
            Report(context, sink, text, t, singular, singular || !pluralMarked && SingularInParagraph(context, text, t, word));
        }
    }

    private void ReportIrregular(CheckContext context, DiagnosticSink sink, GrammarText text, int t)
    {
        var span = text.Tokens[t].Span;
        var written = context.Manuscript.StringOf(text.Tokens[t]);
        var fix = Fix.Replace(span, $"{written}{text.Apostrophe}s", "Possessive");
        sink.Report(Info, span, $"\u201c{written}\u201d before a noun reads as a possessive: \u201c{fix.Edits[0].NewText}\u201d.", fix);
    }

    private void Report(CheckContext context, DiagnosticSink sink, GrammarText text, int t, bool onlySingular, bool singularFirst)
    {
        var span = text.Tokens[t].Span;
        var written = context.Manuscript.StringOf(text.Tokens[t]);
        char apostrophe = text.Apostrophe;
        var one = Fix.Replace(span, $"{written[..^1]}{apostrophe}s", "One owner");
        var several = Fix.Replace(span, $"{written}{apostrophe}", "Several owners");
        var message = $"\u201c{written}\u201d before a noun reads as a possessive: \u201c{one.Edits[0].NewText}\u201d";
        if (onlySingular)
            sink.Report(Info, span, message + ".", one);
        else if (singularFirst)
            sink.Report(Info, span, message + $", or \u201c{several.Edits[0].NewText}\u201d for more than one.", one, several);
        else
            sink.Report(Info, span, $"\u201c{written}\u201d before a noun reads as a possessive: \u201c{several.Edits[0].NewText}\u201d, " +
                                    $"or \u201c{one.Edits[0].NewText}\u201d for one.", several, one);
    }

    /// <summary>When the word is a plural Brown tags as a noun, made by an s on a common noun, how common it is beside that
    /// singular; -1 when it is not. After my or her, a noun Brown lacks (moms, grandpas) is enough when the dictionary has
    /// the singular and the tagger reads the plural as a noun: the owner is someone the speaker knows.</summary>
    private static double PluralShare(CheckContext context, GrammarText text, int t, string word, bool afterPossessive)
    {
        var singular = word.AsSpan(0, word.Length - 1);
        var pluralTags = text.Tags(t);
        var singularTags = WordTags.Of(singular);
        bool unseen = afterPossessive && !pluralTags.IsKnown && singularTags.Total < 3 && text.Tagged(t).Head == Pos.Noun
                      && context.Lexicon.Words.Contains(singular, context.Dialect);
        if (!unseen && (!pluralTags.IsMostly(Pos.Noun, 0.9) || singularTags.Total < 3 || !singularTags.IsMostly(Pos.Noun, 0.7))) return -1;
        int singularUses = context.Lexicon.Frequency(singular);
        return singularUses >= (unseen ? 100 : 1) ? context.Lexicon.Frequency(word) / (double)singularUses : -1;
    }

    /// <summary>Edited text writes it as a possessive somewhere (a patient's, the girls'): an owner, not only a thing
    /// (the letters column).</summary>
    private static bool IsAttestedOwner(string plural) =>
        WordTags.Of(string.Concat(plural.AsSpan(0, plural.Length - 1), "'s")).IsKnown || WordTags.Of(plural + "'").IsKnown;

    /// <summary>The noun owned: the next word, or the one after an adjective or two, when it is a noun here and not a
    /// verb with its object after it. Where the plural could be a subject (the dogs howl at night, I heard the boys
    /// play) a noun that is also a verb must be followed by the sentence's verb (the dogs bark woke me). -1 when none.</summary>
    private static int OwnedNoun(CheckContext context, GrammarText text, int t, int determiner)
    {
        int next = text.Next(t);
        for (int modifiers = 0; next >= 0 && modifiers <= 2; modifiers++, next = text.Next(next))
        {
            if (text.Tokens[next].Is(TokenFlags.Capitalized)) return -1;
            var word = text.Word(next)!;
            var tags = text.Tags(next);
            // A word Brown never saw (boathouse) is a noun when the tagger reads it as one and the dictionary has it.
            bool unseenNoun = !tags.IsKnown && text.Tagged(next).Head == Pos.Noun && context.Lexicon.Words.Contains(word, context.Dialect);
            if (tags.Top == Pos.Noun || unseenNoun)
            {
                if (!(unseenNoun || tags.IsMostly(Pos.Noun, 0.65)) || AdverbialNouns.Contains(word)) return -1;
                int after = text.Next(next);
                // The tagger may read "the students books" as subject and verb; a second verb after it says otherwise.
                if (text.Tagged(next).Head != Pos.Noun && (modifiers > 0 || !IsFiniteVerb(text, after))) return -1;
                if (after >= 0 && ObjectStarts.Contains(text.Word(after)!)) return -1;
                if (after >= 0 && text.Tags(after).Top == Pos.Adp && text.Word(text.Next(after)) == word) return -1;   // hand in hand
                if (modifiers > 0 || IsFiniteVerb(text, after)) return next;
                // A noun after it makes it a verb with its object (the dogs sense danger); object pronouns are in ObjectStarts.
                if (after >= 0 && text.Tags(after).Top == Pos.Noun && !text.Tokens[after].Is(TokenFlags.Capitalized)) return -1;
                return PositionOf(text, determiner) switch
                {
                    Position.Object => next,
                    Position.Subject => IsOnlyNoun(tags) ? next : -1,
                    _ => -1,   // after heard or think only the sentence's verb after it settles it
                };
            }
            if (tags.Top is not (Pos.Adj or Pos.Vbg) || !tags.IsMostly(tags.Top.Value, 0.8) || TimeModifiers.Contains(word)) return -1;
        }
        return -1;
    }

    /// <summary>A noun Brown has seen often and almost never as a verb (room, chart, house).</summary>
    private static bool IsOnlyNoun(TagProfile tags)
    {
        int verb = tags.Count(Pos.Vb) + tags.Count(Pos.Vbp) + tags.Count(Pos.Vbz) + tags.Count(Pos.Vbd) + tags.Count(Pos.Vbn);
        return tags.Total >= 15 && verb * 100 <= tags.Total * 6;
    }

    /// <summary>Where the noun phrase stands, by the word before its determiner.</summary>
    private enum Position
    {
        /// <summary>After a preposition (on the dogs collar) or a verb whose object it is (checked the patients chart).</summary>
        Object,
        /// <summary>After a verb that takes a clause or a bare infinitive (heard the dogs howl, think the boys play).</summary>
        Clause,
        /// <summary>Anywhere else, where the plural may be the subject (the dogs howl at night).</summary>
        Subject,
    }

    private static Position PositionOf(GrammarText text, int determiner)
    {
        int before = text.Previous(determiner);
        if (before < 0) return Position.Subject;
        var tag = text.Tagged(before);
        if (tag.Is(Pos.Adp)) return Position.Object;
        if (!tag.IsVerb) return Position.Subject;
        var verb = text.Word(before)!;
        foreach (var lemma in ClauseVerbs) if (VerbForms.IsFormOf(verb, lemma)) return Position.Clause;
        return Position.Object;
    }

    /// <summary>A past, third-person or modal verb: the sentence's verb after a subject (the dogs bark woke me).</summary>
    private static bool IsFiniteVerb(GrammarText text, int t)
    {
        if (t < 0) return false;
        var tags = text.Tags(t);
        return tags.Top is Pos.Vbd or Pos.Vbz or Pos.Md or Pos.Vbp && tags.IsMostly(tags.Top.Value, 0.6);
    }

    /// <summary>Brown's edited text has the plural straight before this word (sales tax): a compound, not a slip.</summary>
    private static bool IsAttestedPair(string plural, string next)
    {
        var model = NgramModel.Default;
        return model.Count(model.IdOf(plural), model.IdOf(next)) > 0;
    }

    /// <summary>The determiner follows a verb that takes two objects (gave the boys money).</summary>
    private static bool AfterTwoObjectVerb(GrammarText text, int determiner)
    {
        var verb = text.Word(text.Previous(determiner));
        if (verb is null) return false;
        foreach (var lemma in TwoObjectVerbs) if (VerbForms.IsFormOf(verb, lemma)) return true;
        return false;
    }

    /// <summary>Whether the words around point to one owner: the singular noun is used there, or the plural is not
    /// used as a plural (with a verb after it or a plural word before it) either; one owner is the commoner slip.
    /// Reads at most <see cref="EvidenceWindow"/> tokens each side in the paragraph.</summary>
    private static bool SingularInParagraph(CheckContext context, GrammarText text, int t, string plural)
    {
        var paragraph = context.Manuscript.ParagraphOf(t);
        int singularUses = 0, pluralUses = 0;
        var singular = plural.AsSpan(0, plural.Length - 1);
        int end = Math.Min(paragraph.FirstToken + paragraph.TokenCount, t + EvidenceWindow);
        for (int k = Math.Max(paragraph.FirstToken, t - EvidenceWindow); k < end; k++)
        {
            if (k == t || text.Word(k) is not { } word) continue;
            if (word.AsSpan().SequenceEqual(singular)) singularUses++;
            else if (word == plural && (IsFiniteVerb(text, text.Next(k)) || text.Tags(text.Next(k)).Top == Pos.Vbp
                                        || PluralMarkers.Contains(text.Word(text.Previous(k)) ?? ""))) pluralUses++;
        }
        return singularUses > 0 || pluralUses == 0;
    }
}
