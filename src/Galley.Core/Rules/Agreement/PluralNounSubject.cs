using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Rules.Grammar;

namespace Galley.Rules.Agreement;

public sealed class PluralNounSubject : Rule
{
    /// <summary>Nouns ending in -s that are singular, or take a singular verb (the news is, the series was).</summary>
    private static readonly HashSet<string> SingularInS =
    [
        "news", "series", "species", "means", "measles", "mumps", "rabies", "diabetes", "herpes", "headquarters", "barracks",
        "crossroads", "gallows", "whereabouts", "billiards", "innings", "works", "lens", "bus", "gas", "kudos", "alms",
        "summons", "bellows", "shambles", "hiccups", "physics", "mathematics", "politics", "ethics", "economics", "athletics",
    ];

    /// <summary>Singular verb forms and the plural form each needs.</summary>
    internal static readonly Dictionary<string, string> PluralOf = new(StringComparer.Ordinal)
    {
        ["was"] = "were", ["wasn't"] = "weren't", ["is"] = "are", ["isn't"] = "aren't", ["has"] = "have", ["hasn't"] = "haven't",
        ["does"] = "do", ["doesn't"] = "don't",
    };

    /// <summary>Words between the determiner and the noun: another determiner (all the), adjectives, noun modifiers.</summary>
    private const int MaxModifiers = 2;

    public override RuleInfo Info { get; } = new(
        "GL4011", "plural-subject-agreement", Category.Agreement, Severity.Warning,
        "A plural noun subject with a singular verb (the seeds was, my boots has, the patients shows).",
        Help: "Checked only where the subject is plain: a clause that starts with a determiner (the, these, my, some, all…), " +
              "perhaps an adjective or two, a plural noun (by the tagger and its -s form, or women, children, feet…) and right " +
              "after it was, is, has, does or a verb in -s that the tagger reads as a verb there (`the patients shows`), or after it a phrase of place (`the jars on the top shelf was`). A plural with no determiner is checked where it opens the clause (`People is strange`). Nothing else may stand " +
              "between noun and verb, so `of` or a relative clause (`the box of letters was`) never misleads it. Singular nouns in -s (news, series, species, physics) are " +
              "left alone, and inside dialogue a character may speak this way on purpose, so there it is only a hint.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("The lanterns was lit before dark.", "The lanterns were lit before dark."),
        Example.Flag("Young children is often afraid of the dark.", "Young children are often afraid of the dark.", "one adjective before a bare plural"),
        Example.Keep("Young children are often afraid of the dark."),
        Example.Flag("My old boots has holes in both soles.", "My old boots have holes in both soles."),
        Example.Flag("The new tenants pays the rent late.", "The new tenants pay the rent late.", "a lexical verb in -s"),
        Example.Keep("The boys' fights were loud.", "a possessive, and a noun before the verb"),
        Example.Flag("We waited, but the children wasn't ready.", "We waited, but the children weren't ready."),
        Example.Flag("Those apples doesn't look ripe to me.", "Those apples don't look ripe to me."),
        Example.Keep("The news was worse than we feared.", "a singular noun in -s"),
        Example.Keep("The box of letters was under the bed.", "the subject is the box"),
        Example.Flag("The jars on the top shelf was dusty.", "The jars on the top shelf were dusty.", "a phrase of place between noun and verb"),
        Example.Keep("The jar on the top shelves was dusty.", "the subject is the jar"),
        Example.Keep("Two years of drought was enough.", "not across of: the sense may be singular"),
        Example.Keep("The series was cancelled after one season.", "a singular noun in -s"),
        Example.Keep("His glass is empty again.", "a singular noun ending in ss"),
        Example.Keep("The Hendersons is the name on the bell.", "a capitalized name"),
        Example.Flag("People is strange when you are a stranger.", "People are strange when you are a stranger.", "a bare plural opening the sentence"),
        Example.Flag("Most horses was lame by then.", "Most horses were lame by then."),
        Example.Flag("When we stopped, children was crying everywhere.", "When we stopped, children were crying everywhere."),
        Example.Keep("News was slow that week.", "a singular noun in -s"),
        Example.Keep("The smell of apples and pears was everywhere.", "plurals ending a longer subject"),
    ];

    /// <summary>Reads one sentence at a time.</summary>
    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        foreach (int t in text.TokensOf(WordClass.PluralSubjectDeterminer))
        {
            if (!SubjectPronoun.StartsSubjectClause(text, t)) continue;
            var determiner = text.Word(t)!;
            int noun = text.Next(t);
            if (determiner is "all" or "both" && text.Is(noun, WordClass.PluralSubjectDeterminer)) noun = text.Next(noun);
            for (int k = 0; noun >= 0 && k <= MaxModifiers; k++)
            {
                int verb = text.Next(noun);
                if (verb < 0) break;
                // The word after the noun is tested first: it is cheaper than the noun, and rarely a singular verb or a preposition.
                if (PluralOf.TryGetValue(text.Word(verb)!, out var plural))
                {
                    if (IsPluralNoun(text, noun))
                    {
                        Report(context, text, sink, noun, verb, plural);
                        break;
                    }
                }
                else if (VerbAfterPlace(text, verb) is var placed and >= 0 && IsPluralNoun(text, noun))
                {
                    Report(context, text, sink, noun, placed, PluralOf[text.Word(placed)!]);
                    break;
                }
                else if (BaseOfLexicalThirdPerson(context, text, verb) is { } plain && IsPluralNoun(text, noun))
                {
                    Report(context, text, sink, noun, verb, plain);
                    break;
                }
                if (text.Tagged(noun).Head is not (Pos.Adj or Pos.Noun) || tokens[noun].Is(Document.TokenFlags.Capitalized) && k > 0) break;
                noun = verb;
            }
        }
        CheckBarePlurals(context, text, sink);
    }

    /// <summary>A plural noun with no determiner opening its clause, right before was, is, has or does (People is
    /// strange, and children was everywhere). Capitalized only when it opens the sentence.</summary>
    /// <summary>The word before the noun when it is plainly an adjective (young, endangered), or -1.</summary>
    private static int AdjectiveBefore(GrammarText text, int noun)
    {
        int before = text.Previous(noun);
        return before >= 0 && text.Tagged(before).Head == Pos.Adj && text.Tags(before).IsMostly(Pos.Adj, 0.8)
               && !text.Tokens[before].Is(Document.TokenFlags.Capitalized) | text.OpensSentence(before) ? before : -1;
    }

    private void CheckBarePlurals(CheckContext context, GrammarText text, DiagnosticSink sink)
    {
        var tokens = text.Tokens;
        for (int noun = 0; noun + 1 < tokens.Length; noun++)
        {
            int verb = text.Next(noun);
            if (verb < 0 || text.Word(verb) is not { } written) continue;
            var plural = PluralOf.GetValueOrDefault(written) ?? BaseOfLexicalThirdPerson(context, text, verb);
            if (plural is null) continue;
            // young people is: one adjective may open the subject before the plural
            int start = AdjectiveBefore(text, noun) is var adjective and >= 0 ? adjective : noun;
            if (!SubjectPronoun.StartsSubjectClause(text, start) || text.Is(text.Previous(start), WordClass.PluralSubjectDeterminer)) continue;
            // a waste of glaciers and hotels was: after and/or the plural may end a longer subject; only after a comma is it a new clause
            if (text.Word(text.Previous(start)) is "and" or "or" && text.Previous(text.Previous(start)) >= 0) continue;
            bool plainPlural = IsPluralNoun(text, noun)
                || (text.OpensSentence(start) || start != noun) && text.Word(noun) is { } word && CountNouns.IsIrregularPlural(word) && !tokens[noun].Is(Document.TokenFlags.AllCaps);
            if (plainPlural) Report(context, text, sink, noun, verb, plural);
        }
    }

    /// <summary>Share of its tagged uses a word must be a verb in -s to be read as one after a plural subject.</summary>
    private const double LexicalVerbShare = 0.2;

    /// <summary>The base of a lexical verb in -s right after a plural subject (the patients shows → show): the tagger
    /// reads it as a verb here, the corpus often does, and its base is a verb. Not a noun that a verb follows (the boys
    /// fights were), where the -s word heads the subject.</summary>
    internal static string? BaseOfLexicalThirdPerson(CheckContext context, GrammarText text, int verb)
    {
        if (text.Word(verb) is not { } form || PluralOf.ContainsKey(form) || form.Contains('\'') || text.Tokens[verb].Is(Document.TokenFlags.Capitalized)) return null;
        var tagged = text.Tagged(verb);
        if (tagged.Head != Pos.Vbz || tagged.IsCompound || text.Tags(verb).Share(Pos.Vbz) < LexicalVerbShare) return null;
        int next = text.Next(verb);
        if (next >= 0 && (text.Tagged(next).IsVerb || text.Tagged(next).Head == Pos.Md)) return null;
        return VerbForms.BaseOfThirdPerson(form, context) is { } plain && VerbForms.ThirdPerson(plain) == form && WordTags.Of(plain).Share(Pos.Vb, Pos.Vbp) >= 0.3 ? plain : null;   // not dos (do's plural)
    }

    /// <summary>After a phrase of place (the cups on the top shelf was): the singular verb right after it, or -1.
    /// Only prepositions of place, never "of" (two years of drought was enough: the sense may be singular).</summary>
    private static int VerbAfterPlace(GrammarText text, int preposition)
    {
        if (text.Word(preposition) is not { } word || !PlacePrepositions.Contains(word)) return -1;
        int t = text.Next(preposition);
        if (text.Word(t) is { } determiner && PlaceDeterminers.Contains(determiner)) t = text.Next(t);
        for (int k = 0; t >= 0 && k <= MaxModifiers; k++)
        {
            int verb = text.Next(t);
            if (verb < 0) return -1;
            if (text.Tagged(t).Head == Pos.Noun && text.Word(verb) is { } v && PluralOf.ContainsKey(v)) return verb;
            if (text.Tagged(t).Head is not (Pos.Adj or Pos.Noun)) return -1;
            t = verb;
        }
        return -1;
    }

    private static readonly HashSet<string> PlacePrepositions =
        ["in", "on", "at", "along", "by", "near", "under", "over", "behind", "beside", "across", "around", "inside", "outside", "above", "below"];

    private static readonly HashSet<string> PlaceDeterminers = ["the", "a", "an", "my", "his", "her", "their", "our", "your", "this", "that", "every"];

    private void Report(CheckContext context, GrammarText text, DiagnosticSink sink, int noun, int verb, string plural) =>
        ReportVerbNumber(Info, context, text, sink, noun, verb, plural, "plural");

    /// <summary>Reports a verb that does not agree with its noun subject, offering the form of the noun's number (plural
    /// or singular); only a hint in speech.</summary>
    internal static void ReportVerbNumber(RuleInfo info, CheckContext context, GrammarText text, DiagnosticSink sink, int noun, int verb, string replacement, string number)
    {
        var tokens = text.Tokens;
        var fix = text.WithApostrophe(replacement);
        var span = tokens[verb].Span;
        var written = context.Manuscript.StringOf(tokens[noun]);
        sink.Report(info, span, $"\u201c{written}\u201d is {number} and takes \u201c{fix}\u201d, not \u201c{context.Manuscript.StringOf(tokens[verb])}\u201d.",
            SubjectPronoun.SeverityAt(tokens[verb], info.Severity), Fix.Replace(span, fix));
    }

    /// <summary>A plural common noun (women, things, boxes, stories), not a singular in -s (news) or a name.</summary>
    internal static bool IsPluralNoun(GrammarText text, int t)
    {
        if (text.Tokens[t].Is(Document.TokenFlags.Capitalized) || text.Word(t) is not { } word || word.Contains('\'')) return false;
        if (CountNouns.IsIrregularPlural(word)) return true;
        if (word.Length < 4 || !word.EndsWith('s') || SingularInS.Contains(word)) return false;
        if (word.EndsWith("ss", StringComparison.Ordinal) || word.EndsWith("us", StringComparison.Ordinal) || word.EndsWith("is", StringComparison.Ordinal)
            || word.EndsWith("ics", StringComparison.Ordinal)) return false;
        if (text.Tagged(t).Head != Pos.Noun) return false;
        return IsNounStem(word[..^1]) || word.EndsWith("es", StringComparison.Ordinal) && IsNounStem(word[..^2])
            || word.EndsWith("ies", StringComparison.Ordinal) && IsNounStem(word[..^3] + "y");
    }

    private static bool IsNounStem(string stem) => WordTags.Of(stem).Count(Pos.Noun) > 0;
}
