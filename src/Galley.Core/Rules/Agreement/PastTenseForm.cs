using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Rules.Grammar;

namespace Galley.Rules.Agreement;

public sealed class PastTenseForm : Rule
{
    /// <summary>How far a later verb is looked for: keeps the rule linear on a runaway sentence.</summary>
    private const int ScanLimit = 40;

    public override RuleInfo Info { get; } = new(
        "GL4005", "past-tense-form", Category.Agreement, Severity.Warning,
        "A past participle used as the simple past: I seen → I saw, my heart sunk → my heart sank.",
        Help: "Without *have* or *be* before it, a participle such as *seen*, *done* or *sunk* cannot be the sentence's verb. " +
              "After a subject pronoun every such participle is checked; after a noun only the sink/sank/sunk family " +
              "(sank, sang, began, drank, shrank…), and only when no other verb follows, so `the ship sunk by a mine was lost` is left alone. " +
              "In dialogue this is often voice, so there it is only a hint, and none in speech with other marks of dialect (ain't, y'all, nothin').");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("I seen him at the station.", "I saw him at the station."),
        Example.Flag("He done everything he could.", "He did everything he could."),
        Example.Flag("My stomach sunk when I read the letter.", "My stomach sank when I read the letter."),
        Example.Flag("The choir sung all night.", "The choir sang all night."),
        Example.Keep("Have you seen him?"),
        Example.Keep("The ship sunk by the mine was never found."),
        Example.Keep("I saw him at the station."),
        Example.Keep("He was drunk again."),
        Example.Keep("\"I done told you twice, and I ain't telling you again,\" she said.", "speech with other marks of dialect keeps its grammar"),
        Example.Keep("\"We seen the smoke from the ridge, didn't tell nobody nothin',\" he said.", "a dropped g marks a dialect too"),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        var verbs = IrregularVerbs.Default;
        foreach (int v in text.TokensOf(WordClass.IrregularParticipleOnly))
        {
            if (v == 0 || text.Word(v) is not { } form || form is "been") continue;   // a first token has no subject before it
            var tags = text.Tags(v);
            if (tags.Top != Pos.Vbn || tags.Share(Pos.Vbn) < 0.6) continue;
            int subject = text.Previous(v);
            if (text.Is(subject, WordClass.MidAdverb)) subject = text.Previous(subject);
            if (subject < 0) continue;
            bool pronoun = text.Word(subject) is "i" or "he" or "she" or "we" or "they" && SubjectPronoun.IsDeclarativeSubject(text, subject);
            if (!pronoun && !(IsVowelShiftParticiple(form) && NounSubjectStartsSentence(text, subject) && !FiniteVerbFollows(text, v))) continue;
            var pasts = PastsOf(verbs, form);
            if (pasts.Count == 0 || DialectSpeech.Contains(context, text, v)) continue;
            var span = tokens[v].Span;
            sink.Report(Info, span, $"\u201c{form}\u201d needs \u201chad\u201d or \u201chave\u201d before it; as the simple past use \u201c{pasts[0]}\u201d.",
                SubjectPronoun.SeverityAt(tokens[v], Info.Severity),
                Fix.ReplaceEach(span, pasts).Append(Fix.Replace(span, "had " + form)).ToArray());
        }
    }

    /// <summary>The simple pasts of the verbs a participle belongs to (a method of its own, so the loop over tokens
    /// allocates nothing for tokens that never get here).</summary>
    private static List<string> PastsOf(IrregularVerbs verbs, string form) =>
        verbs.WithForm(form).Where(x => x.Participles.Contains(form)).SelectMany(x => x.Pasts).Where(p => p != form).Distinct().ToList();

    /// <summary>Sink/sank/sunk, sing/sang/sung, begin/began/begun: the participles writers most often use as a past.</summary>
    private static bool IsVowelShiftParticiple(string form)
    {
        foreach (var verb in IrregularVerbs.Default.WithForm(form))
            if (IrregularVerbs.IsVowelShiftVariant(verb, form)) return true;
        return false;
    }

    /// <summary>The subject is a short noun phrase at the start of the sentence: (determiner) (adjective…) noun.</summary>
    private static bool NounSubjectStartsSentence(GrammarText text, int noun)
    {
        var tags = text.Tags(noun);
        if (!(tags.Top == Pos.Noun && tags.Share(Pos.Noun) >= 0.6)) return false;
        int t = noun;
        for (int steps = 0; steps < 4; steps++)
        {
            if (text.StartsClause(t)) return text.Tags(t).Top is Pos.Det or Pos.Noun || text.Word(t) is "my" or "his" or "her" or "their" or "our" or "your";
            t = text.Previous(t);
            if (t < 0) return false;
            if (text.Tags(t).Top is not (Pos.Det or Pos.Adj or Pos.Noun)) return false;
        }
        return false;
    }

    private static bool FiniteVerbFollows(GrammarText text, int v)
    {
        var sentence = text.Manuscript.SentenceOf(v);
        for (int t = v + 1; t < sentence.EndToken && t <= v + ScanLimit; t++)
        {
            if (text.Word(t) == "by") return true;   // a passive: the ship sunk by a mine
            if (text.Is(t, WordClass.Subordinator)) return false;   // my heart sunk when I saw it
            if (text.Tokens[t].Kind == Document.TokenKind.Punctuation) return false;
            if (text.Tags(t).Top is Pos.Vbd or Pos.Vbz or Pos.Vbp or Pos.Md) return true;
        }
        return false;
    }
}
