using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Rules.Grammar;

namespace Galley.Rules.Agreement;

public sealed class BaseFormAfterAuxiliary : Rule
{
    public override RuleInfo Info { get; } = new(
        "GL4009", "base-form-after-auxiliary", Category.Agreement, Severity.Warning,
        "After do, did or a modal (can, would, didn't…) the verb takes its plain form: didn't see, not didn't saw.",
        Help: "`I didn't saw him` → `I didn't see him`; `Did you went?` → `Did you go?`; `She can sings` → `She can sing`. " +
              "Only irregular past tenses (from data) and clear third-person forms are checked, so nouns after *do* (`do " +
              "sums`) are left alone.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("I didn't saw him at the party.", "I didn't see him at the party."),
        Example.Flag("Did you went to the lake?", "Did you go to the lake?"),
        Example.Flag("She can sings better than anyone.", "She can sing better than anyone."),
        Example.Flag("The frost will causes damage.", "The frost will cause damage.", "a word in -s often a noun"),
        Example.Flag("He couldn't even ran a mile.", "He couldn't even run a mile."),
        Example.Flag("I didnt had time to eat.", "I didnt have time to eat.", "a negative written without its apostrophe"),
        Example.Flag("Did they walked all the way home?", "Did they walk all the way home?", "a regular past after a questioning do-form"),
        Example.Flag("She does not likes the rain.", "She does not like the rain.", "a do-form with not is an auxiliary"),
        Example.Flag("She didn't noticed the car.", "She didn't notice the car."),
        Example.Flag("The new road will shortened the trip.", "The new road will shorten the trip.", "a regular past after a modal, with an object"),
        Example.Keep("The fence will painted by Friday, he hoped.", "no object: a passive missing be, not this slip"),
        Example.Keep("I didn't see him at the party."),
        Example.Keep("All she did she did for love.", "a do-form with its subject after it that asks nothing"),
        Example.Keep("They asked May can she come.", "a capitalized May is a name"),
        Example.Keep("May smiled at Tobias. May gave him the letter.", "a name the story uses, even at a sentence start"),
        Example.Keep("I didn't used to mind.", "used to is left alone"),
        Example.Keep("Did the news surprise you?"),
        Example.Keep("We did sums all morning."),
        Example.Keep("What did the girls want?"),
        Example.Keep("All she did was write a note."),
        Example.Keep("What he does makes no difference."),
        Example.Keep("The will gives everything to her."),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        foreach (int t in text.TokensOf(WordClass.DoFormOrModal))   // the verb after a do-form or modal is its plain base form
        {
            var aux = text.Word(t)!;
            if (tokens[t].Is(Document.TokenFlags.Capitalized) && (!tokens[t].Is(Document.TokenFlags.SentenceStart) && !tokens[t].Is(Document.TokenFlags.SpeechStart)
                || context.Names.IsName(context.Manuscript.StringOf(tokens[t]))))
                continue;   // May, Will: a name, mid-sentence or one the story uses
            if (aux is "will" or "can" or "must" && text.Previous(t) is var owner and >= 0 && text.Tags(owner).Top is Pos.Det or Pos.Adj) continue;   // the will was read, a must
            int v = text.Next(t);
            bool question = v >= 0 && text.Word(v) is "i" or "you" or "he" or "she" or "we" or "they" or "it" && OpensQuestion(text, t);
            if (question) v = text.Next(v);   // did you go
            bool negated = aux is "don't" or "doesn't" or "didn't" or "dont" or "doesnt" or "didnt";
            if (v >= 0 && text.Word(v) is "not" or "never" or "ever" or "really" or "just" or "even" or "still" or "always")
            {
                negated |= text.Word(v) is "not" or "never";
                v = text.Next(v);
            }
            if (v < 0 || tokens[v].Is(Document.TokenFlags.Capitalized) || text.Word(v) is not { } form) continue;
            // "what he does makes no difference": a bare do-form may be the main verb of a clause of its own.
            bool doForm = aux is "do" or "does" or "did" or "don't" or "doesn't" or "didn't" or "dont" or "doesnt" or "didnt";
            bool mainVerbDo = aux is "do" or "does" or "did" && !question && !negated;   // does not likes: an auxiliary
            // After a negated or questioning do-form (didn't, did you), any past is a slip: didn't had, did they forked.
            var plain = (doForm && (negated || question) ? BaseOfAnyPast(context, text, form, v) : null)
                ?? BaseOf(context, text, form, v, allowThirdPerson: !mainVerbDo)
                ?? (doForm ? null : BaseOfRegularPastWithObject(context, text, form, v) ?? BaseOfThirdPersonAfterModal(context, text, form, v));
            if (plain is null) continue;
            var span = tokens[v].Span;
            sink.Report(Info, span, $"After \u201c{context.Manuscript.StringOf(tokens[t])}\u201d use the plain verb \u201c{plain}\u201d.",
                SubjectPronoun.SeverityAt(tokens[v], Info.Severity), Fix.Replace(span, plain));
        }
    }

    /// <summary>A do-form with its subject after it asks a question when it opens the clause (Did you go?) or follows a
    /// question word or a conjunction (why did you go, and did he know); "all she did she did for love" is no question.</summary>
    private static bool OpensQuestion(GrammarText text, int aux)
    {
        int before = text.Previous(aux);
        return before < 0 || text.Word(before) is null or "how" or "why" or "what" or "where" or "when" or "who" or "which" or "and" or "but" or "so" or "or";
    }

    /// <summary>The base of any past tense or participle (had → have, forked → fork, went → go), for the slot after a
    /// negated or questioning do-form; words mostly adjectives (tired, used) are left alone.</summary>
    private static string? BaseOfAnyPast(CheckContext context, GrammarText text, string form, int v)
    {
        if (form is "had") return "have";
        if (form is "was" or "were" or "used" or "been") return null;
        var tags = text.Tags(v);
        if (tags.Share(Pos.Vbd, Pos.Vbn) < 0.8 || tags.Share(Pos.Adj) >= 0.1) return null;
        return VerbForms.BaseOfPast(form, context);
    }

    /// <summary>The base form when the word is an irregular past (saw → see) or a clear third-person form (sings → sing).</summary>
    /// <summary>After a modal, a regular past with an object after it (will stimulated growth, could finished the job):
    /// the plain verb. Without an object it may be a passive missing its be (will painted tomorrow), another slip.</summary>
    private static string? BaseOfRegularPastWithObject(CheckContext context, GrammarText text, string form, int v)
    {
        if (!form.EndsWith("ed", StringComparison.Ordinal)) return null;
        var tags = text.Tags(v);
        if (tags.Share(Pos.Vbd, Pos.Vbn) < 0.8 || tags.Share(Pos.Adj) >= 0.1) return null;
        int next = text.Next(v);
        if (next < 0 || text.Tagged(next).Head is not (Pos.Det or Pos.Pron or Pos.Noun) || text.Word(next) is "by") return null;
        return VerbForms.BaseOfPast(form, context);
    }

    /// <summary>Share of its uses a word in -s must be a verb to be read as one after a modal.</summary>
    private const double ThirdPersonShare = 0.2;

    /// <summary>After a modal, a word in -s often a noun too (will causes heat, can helps): nothing but a verb stands
    /// there, so it is a verb in -s whose plain form is wanted. Not when a verb follows (can openers are).</summary>
    private static string? BaseOfThirdPersonAfterModal(CheckContext context, GrammarText text, string form, int v)
    {
        if (!form.EndsWith('s') || form.Contains('\'') || form is "is" or "has" or "was" or "does" || text.Tags(v).Share(Pos.Vbz) < ThirdPersonShare) return null;
        int next = text.Next(v);
        if (next >= 0 && (text.Tagged(next).IsVerb || text.Tagged(next).Head == Pos.Md)) return null;
        return VerbForms.BaseOfThirdPerson(form, context) is { } plain && VerbForms.ThirdPerson(plain) == form && WordTags.Of(plain).Share(Pos.Vb, Pos.Vbp) >= 0.3 ? plain : null;   // not dos (do's plural)
    }

    private static string? BaseOf(CheckContext context, GrammarText text, string form, int v, bool allowThirdPerson)
    {
        if (form is "was" or "were" or "had") return null;   // all she did was write: "was" belongs to a clause of its own
        var tags = text.Tags(v);
        if (text.Is(v, WordClass.IrregularPastOnly) && IrregularVerbs.Default.IsPastOnly(form, out bool isBase) && tags.Share(Pos.Vbd) >= (isBase ? 0.9 : 0.8))
            return IrregularVerbs.Default.WithForm(form).FirstOrDefault(x => x.Pasts.Contains(form))?.Base;
        if (allowThirdPerson && tags.Top == Pos.Vbz && tags.Share(Pos.Vbz) >= 0.8 && form is not ("is" or "has" or "was")) return VerbForms.BaseOfThirdPerson(form, context);
        return null;
    }
}
