using System.Collections.Frozen;
using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Rules.Grammar;

namespace Galley.Rules.Agreement;

public sealed class BareInfinitiveAfterMakeLet : Rule
{
    /// <summary>Verbs whose object takes the plain verb with no "to" (made me cry, let him go).</summary>
    private static readonly FrozenSet<string> BareInfinitiveVerbs = VerbForms.FormsOf(["make", "let"]);

    public override RuleInfo Info { get; } = new(
        "GL4045", "bare-infinitive-after-make-let", Category.Agreement, Severity.Warning,
        "After make or let and its object, the verb comes without to: made me laugh, not made me to laugh.",
        Help: "`She made me to wait` → `She made me wait`; `Let them to decide` → `Let them decide`. Only an object pronoun " +
              "followed by *to* and a word the tagged corpus reads almost always as a base verb is flagged, so *made it to " +
              "the door* and the passive *was made to wait* are left alone. A verb in -s after the object (`let the product " +
              "looks better` → `look`) is flagged where the tagger reads it as a verb.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("The letter made her to think again.", "The letter made her think again."),
        Example.Flag("Nobody would let us to leave early.", "Nobody would let us leave early."),
        Example.Flag("It makes them to forget their manners.", "It makes them forget their manners."),
        Example.Keep("The letter made her think again."),
        Example.Flag("A good frame will make the picture looks larger.", "A good frame will make the picture look larger.", "a verb in -s after the object"),
        Example.Flag("Let it goes.", "Let it go."),
        Example.Keep("She made the children sandwiches.", "two objects"),
        Example.Keep("We made it to the station on time.", "it to before a place"),
        Example.Keep("He was made to wait outside.", "the passive takes to"),
        Example.Keep("She made him to order.", "a word the corpus also reads as a noun is left alone"),
        Example.Keep("They let her to the gate.", "to before a noun"),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        foreach (var (verb, pronoun, to, v) in ObjectThenInfinitive.Find(text, BareInfinitiveVerbs))
            StrayTo.Report(Info, context, sink, to, v,
                $"After \u201c{context.Manuscript.StringOf(tokens[verb])} {context.Manuscript.StringOf(tokens[pronoun])}\u201d the verb comes without \u201cto\u201d.");
        CheckVerbInS(context, text, sink);
    }

    /// <summary>Share of its tagged uses a word must be a verb in -s to be read as one after the object.</summary>
    private const double ThirdPersonShare = 0.2;

    /// <summary>Words between a determiner and the object's noun (adjectives, noun modifiers).</summary>
    private const int MaxModifiers = 2;

    /// <summary>make or let, its object and a verb in -s (let the product looks, made them thinks): the plain verb.</summary>
    private void CheckVerbInS(CheckContext context, GrammarText text, DiagnosticSink sink)
    {
        var tokens = text.Tokens;
        for (int t = 0; t < tokens.Length; t++)
        {
            if (text.Word(t) is not { } verb || !BareInfinitiveVerbs.Contains(verb) || !text.Tagged(t).IsVerb) continue;
            int v = AfterObject(text, t);
            if (v < 0 || text.Word(v) is not { } form || tokens[v].Is(Document.TokenFlags.Capitalized) || form.Contains('\'')) continue;
            var tagged = text.Tagged(v);
            if (tagged.Head != Pos.Vbz || tagged.IsCompound || text.Tags(v).Share(Pos.Vbz) < ThirdPersonShare || form is "is" or "has" or "does" or "was") continue;
            if (VerbForms.BaseOfThirdPerson(form, context) is not { } plain || VerbForms.ThirdPerson(plain) != form) continue;
            var span = tokens[v].Span;
            sink.Report(Info, span, $"After \u201c{context.Manuscript.StringOf(tokens[t])}\u201d and its object the verb is plain: \u201c{plain}\u201d.",
                SubjectPronoun.SeverityAt(tokens[v], Info.Severity), Fix.Replace(span, plain));
        }
    }

    /// <summary>The word after the verb's object (an object pronoun, or a determiner, perhaps an adjective or two and a
    /// noun), or -1.</summary>
    private static int AfterObject(GrammarText text, int verb)
    {
        int o = text.Next(verb);
        if (o < 0 || text.Word(o) is not { } first) return -1;
        if (ObjectThenInfinitive.ObjectPronouns.Contains(first) && first != "her" || first == "it") return text.Next(o);
        if (text.Tagged(o).Head != Pos.Det) return -1;
        int noun = text.Next(o);
        for (int k = 0; noun >= 0 && k <= MaxModifiers; k++)
        {
            int next = text.Next(noun);
            if (text.Tagged(noun).Head == Pos.Noun && !(next >= 0 && text.Tagged(next).Head == Pos.Noun)) return next;
            if (text.Tagged(noun).Head is not (Pos.Adj or Pos.Noun)) return -1;
            noun = next;
        }
        return -1;
    }
}
