using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Rules.Dialogue;
using Galley.Rules.Grammar;
using Galley.Rules.RealWord;

namespace Galley.Rules.Agreement;

/// <summary>A subject pronoun as the object of a verb (Send they the list → Send them the list).</summary>
public sealed class PronounAfterVerb : Rule
{
    /// <summary>Verbs an old-style inversion puts before their subject (then came he to the door, away ran they).</summary>
    private static readonly string[] InversionVerbs =
    [
        "come", "go", "run", "stand", "sit", "lie", "rise", "fall", "ride", "fly", "walk", "live", "dwell", "remain",
        "stay", "hang", "rush", "hurry", "appear", "follow", "arrive", "seem", "become", "get", "lay", "set", "ring",
    ];

    /// <summary>Words that open a noun phrase or a phrase of place, time or means right after an object.</summary>
    private static readonly HashSet<string> ObjectFollowers = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "my", "your", "his", "her", "our", "their", "its", "this", "these", "those", "every", "each",
        "via", "in", "on", "at", "during", "about", "with", "for", "from", "into", "by", "as", "over", "through", "throughout", "to",
    };

    /// <summary>Uses in Brown of the verb's forms right before the start of an object (bigrams seen twice or more) below
    /// which it is not taken as transitive (arrived): the pronoun after it is rather the next clause's subject.</summary>
    private const int TransitiveUses = 2;

    /// <summary>Share of plain-verb uses in Brown above which a word opening a sentence may be an order (support, contact).</summary>
    private const double ImperativeShare = 0.2;

    /// <summary>Words that open a verb's object: an intransitive verb (arrived, slept) is seldom right before them.</summary>
    private static readonly string[] ObjectStarts = ["him", "them", "me", "us", "her", "you", "it", "the", "a", "his", "my", "their"];

    /// <summary>Words before the verb within which a subordinator makes it the end of a clause (when I left he …).</summary>
    private const int ClauseWindow = 6;

    public override RuleInfo Info { get; } = new(
        "GL4038", "pronoun-after-verb", Category.Agreement, Severity.Warning,
        "After a verb a pronoun object takes its object form: tell them, not tell they.",
        Help: "`Send they the list` → `Send them the list`; `I remind he every week` → `I remind him every week`. Flagged " +
              "when a transitive verb is followed by he, she, we or they and then by the start of a noun phrase or a " +
              "preposition, so the pronoun can only be the object. Speech verbs (`said he`), verbs an old-style inversion " +
              "puts first (`then came he to the door`), auxiliaries (`so did they`) and a verb ending a clause that a " +
              "subordinator opened (`when I left he in turn wept`) are left alone. In speech it is only a hint.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("Send they the invitations tonight.", "Send them the invitations tonight."),
        Example.Flag("I reminded he about the rent twice.", "I reminded him about the rent twice."),
        Example.Flag("Please thank we for the flowers.", "Please thank us for the flowers."),
        Example.Flag("The map helped they to find the ford.", "The map helped them to find the ford.", "an object before to and its verb"),
        Example.Keep("Send them the invitations tonight."),
        Example.Keep("\"Enough,\" said he in a low voice.", "a speech tag in the old order"),
        Example.Keep("Then came he to the gate with a lantern.", "an inversion"),
        Example.Keep("So did they, in the end.", "an auxiliary"),
        Example.Keep("When she arrived he in turn stood up.", "the verb ends a clause; the pronoun starts the next"),
        Example.Keep("Whatever you believe they in the village believe otherwise.", "a subordinator opened the clause"),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        for (int t = 1; t < tokens.Length; t++)
        {
            if (text.Word(t) is not { } pronoun || PronounCase.ObjectOf(pronoun) is not { } objectForm) continue;
            int verb = text.Previous(t), after = text.Next(t);
            if (verb < 0 || after < 0 || !ObjectFollowers.Contains(text.Word(after)!)) continue;
            if (!IsTransitiveVerb(context, text, verb) || AfterSubordinator(text, verb)) continue;
            ConfusionRule.ReportInWritersStyle(Info, context, sink, t, objectForm, styled => $"After \u201c{context.Manuscript.StringOf(tokens[verb])}\u201d the pronoun is its object: \u201c{styled}\u201d.");
        }
    }

    /// <summary>A verb read as one here and mostly one in Brown, that Brown writes before object pronouns, and that is
    /// neither an auxiliary, a speech verb nor a verb of an inversion.</summary>
    private static bool IsTransitiveVerb(CheckContext context, GrammarText text, int verb)
    {
        var word = text.Word(verb)!;
        if (text.Is(verb, WordClass.Auxiliary | WordClass.DoFormOrModal)) return false;
        var tags = text.Tags(verb);
        // An order opens its sentence, perhaps after please, with the plain verb (Contact they…, Please thank we…): there
        // a word Brown mostly has as a noun may be the verb; elsewhere the tagger must read a verb.
        bool order = (text.OpensSentence(verb) || text.Word(text.Previous(verb)) == "please") && tags.Share(Pos.Vb) >= ImperativeShare;
        if (!order && (!text.Tagged(verb).IsVerb || tags.Share(Pos.Vb, Pos.Vbd) + tags.Share(Pos.Vbz, Pos.Vbp) < 0.5)) return false;
        if (SpeechTags.IsSpeechVerb(context, verb) && tags.Share(Pos.Vbd, Pos.Vbn) >= 0.5 && !AfterSubject(text, verb)) return false;
        foreach (var inverted in InversionVerbs) if (VerbForms.IsFormOf(word, inverted)) return false;
        // Counted over all the verb's forms: Brown is small, and reminded the is as telling as reminds them.
        var lemma = VerbForms.BaseOfPast(word, context) ?? VerbForms.BaseOfThirdPerson(word, context) ?? word;
        var model = NgramModel.Default;
        int objects = 0;
        foreach (var form in VerbForms.FormsOf(lemma).Append(word).Distinct())
        {
            int id = model.IdOf(form);
            foreach (var start in ObjectStarts) objects += model.Count(id, model.IdOf(start));
        }
        return objects >= TransitiveUses;
    }

    /// <summary>A past speech verb is a tag in the old order (said he, then cried she) unless its own subject stands
    /// before it (I reminded he).</summary>
    private static bool AfterSubject(GrammarText text, int verb)
    {
        int before = text.Previous(verb);
        return before >= 0 && text.Tagged(before).Head is Pos.Pron or Pos.Noun or Pos.Propn;
    }

    private static bool AfterSubordinator(GrammarText text, int verb)
    {
        int k = text.Previous(verb);
        for (int steps = 0; k >= 0 && steps < ClauseWindow; steps++, k = text.Previous(k))
            if (text.Is(k, WordClass.Subordinator)) return true;
        return false;
    }
}
