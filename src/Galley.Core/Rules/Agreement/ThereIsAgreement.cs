using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Rules.Grammar;
using Galley.Rules.RealWord;
using Galley.Text;

namespace Galley.Rules.Agreement;

public sealed class ThereIsAgreement : Rule
{
    /// <summary>Words that make what follows "there is" plural: there is many → there are many.</summary>
    private static readonly HashSet<string> PluralQuantifiers =
    [
        "many", "several", "few", "both", "these", "those", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "twenty", "dozens", "hundreds", "thousands", "various", "numerous", "countless",
    ];

    /// <summary>Amounts read as one sum (there's two dollars left, there was five miles to go) are left alone.</summary>
    private static readonly HashSet<string> Amounts =
    [
        "dollars", "pounds", "cents", "pence", "bucks", "euros", "miles", "kilometres", "kilometers", "feet", "yards", "inches",
        "hours", "minutes", "seconds", "days", "weeks", "months", "years", "percent", "degrees", "grand", "quid", "shillings",
        "guineas", "francs", "marks", "crowns", "sovereigns", "rupees", "yen",
    ];

    /// <summary>A singular noun after "a" that is a quantity of things: there were a lot of them, a dozen, a pair.</summary>
    private static readonly HashSet<string> QuantityNouns =
    [
        "lot", "lots", "few", "couple", "number", "dozen", "handful", "variety", "range", "series", "total", "pair", "group",
        "bunch", "host", "herd", "flock", "crowd", "great", "good", "hundred", "thousand", "million", "score", "set", "pack",
        "row", "line", "pile", "stack", "mass", "whole", "kind", "sort", "type", "million", "billion", "bit",
    ];

    public override RuleInfo Info { get; } = new(
        "GL4022", "there-is-agreement", Category.Agreement, Severity.Warning,
        "\u201cThere is\u201d before a plural and \u201cthere are\u201d before a single thing: there are many, there is a key.",
        Help: "The verb after *there* agrees with what comes after it: `There is many reasons` → `There are many reasons`; " +
              "`There were a man at the door` → `There was a man at the door`. Only clear cases are checked: a plural " +
              "noun or quantity word (horses, many, several, two…) after *there is*, *there was*, *there's* or *is there*, " +
              "*a* or *an* after *there are* or *there were*, and a bare singular noun after them (`there were problem` → " +
              "`problems`, or `was a problem`) when Brown counts that noun with *a* (so not `bread` or `water`) and no second noun joins it. An amount (`there's two dollars left`), a quantity (`there were a lot of them`), " +
              "*many a* and the subjunctive (`as if there were a ghost`) are left alone. In speech, a hint only.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("There is many reasons to leave.", "There are many reasons to leave."),
        Example.Flag("There was two men at the gate.", "There were two men at the gate."),
        Example.Flag("There's several ways out of the valley.", "There are several ways out of the valley."),
        Example.Flag("There were a man at the door.", "There was a man at the door."),
        Example.Flag("There was horses in the barn.", "There were horses in the barn.", "a plural noun"),
        Example.Flag("Is there rats in the cellar?", "Are there rats in the cellar?", "a question"),
        Example.Keep("There was news from the coast.", "a singular noun in -s"),
        Example.Keep("There's lots of time.", "lots of, said of any amount"),
        Example.Flag("There are an old well behind the barn.", "There is an old well behind the barn."),
        Example.Keep("There were a lot of people at the door."),
        Example.Keep("There were a scattering of boats in the bay.", "a quantity: a noun and of"),
        Example.Keep("There was five hours' difference between the clocks.", "an amount"),
        Example.Keep("There's two dollars left in the jar.", "an amount"),
        Example.Keep("There was many a night she cried.", "many a"),
        Example.Keep("It was as if there were a ghost in the house.", "the subjunctive"),
        Example.Keep("There are many reasons to leave."),
        Example.Flag("There were problem with the pump all summer.", "There were problems with the pump all summer.", "a bare singular noun"),
        Example.Keep("There were bread and cheese on the table.", "two nouns joined by and"),
        Example.Keep("There were rain clouds over the hills.", "a noun before a noun"),
        Example.Keep("There was water everywhere.", "a mass noun after was"),
        Example.Keep("The hope there is people will come.", "there as an adverb after a noun"),
        Example.Keep("If there were a way, I would find it.", "the subjunctive"),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        for (int t = 0; t < tokens.Length; t++)
        {
            var word = text.Word(t);
            bool contracted = word is "there's";
            if (word != "there" && !contracted) continue;
            // "the main expectation there is people…": after a noun, "there" is an adverb, not the subject
            if (text.Previous(t) is int prior and >= 0 && text.Tags(prior).Share(Pos.Noun, Pos.Adj) + text.Tags(prior).Share(Pos.Pron) >= 0.6) continue;
            // there is, there's, or a question: is there, were there
            bool question = !contracted && text.Previous(t) is int asked and >= 0 && text.Word(asked) is "is" or "was" or "are" or "were"
                && text.Previous(asked) is var before && (before < 0 || text.Word(before) is null);
            int verb = contracted ? t : question ? text.Previous(t) : text.Next(t);
            if (verb < 0) continue;
            string? be = contracted ? "is" : text.Word(verb);
            int next = text.Next(question ? t : verb);
            if (next < 0 || text.Word(next) is not { } after) continue;
            string? replacement = be switch
            {
                "is" or "was" when TakesPlural(text, next, after) => be == "is" ? "are" : "were",
                "are" or "were" when TakesSingular(text, t, be, next, after) => be == "are" ? "is" : "was",
                _ => null,
            };
            if (replacement is null)
            {
                if (be is "are" or "were" && !IsSubjunctive(text, t, be) && PluralOfBareNoun(context, text, next, after) is { } plural)
                    ReportBareNoun(context, sink, text, verb, next, be, plural);
                continue;
            }
            var span = tokens[verb].Span;
            string written = context.Manuscript.StringOf(tokens[verb]);
            string fix = ConfusionRule.MatchStyle(written, contracted ? $"there {replacement}" : replacement, curlyApostrophes: false);
            sink.Report(Info, span, $"The verb agrees with what follows \u201cthere\u201d: \u201c{fix}\u201d.",
                SubjectPronoun.SeverityAt(tokens[verb], Info.Severity), Fix.Replace(span, fix));
        }
    }

    private static bool TakesPlural(GrammarText text, int next, string after)
    {
        if (!PluralQuantifiers.Contains(after)) return after is not "lots" && PluralNounSubject.IsPluralNoun(text, next);
        int noun = text.Next(next);
        if (noun >= 0 && text.Word(noun) is { } counted && (Amounts.Contains(counted.TrimEnd('\'')) || counted == "a")) return false;   // two dollars, five hours' drive, many a
        return true;
    }

    private static bool TakesSingular(GrammarText text, int there, string be, int next, string after)
    {
        if (after is not ("a" or "an")) return false;
        int noun = text.Next(next);
        if (noun < 0 || text.Word(noun) is not { } counted || QuantityNouns.Contains(counted)) return false;
        if (text.Next(noun) is int of and >= 0 && text.Word(of) == "of") return false;   // there were a sprinkling of swimmers
        // "as if there were a ghost", "if there were a way", "I wish there were a door": the subjunctive
        return !IsSubjunctive(text, there, be);
    }

    private static bool IsSubjunctive(GrammarText text, int there, string be) =>
        be == "were" && text.Previous(there) is int before and >= 0 && text.Word(before) is "if" or "though" or "wish" or "wished" or "unless" or "suppose";

    /// <summary>The plural of a bare singular noun after "there are" (there were problem with it → problems): a noun
    /// Brown counts with "a" or "an" (so not bread, news or rain), standing alone (not before another noun, not joined
    /// by "and" to a second one: there were bread and cheese), whose plural the dictionary has.</summary>
    internal static string? PluralOfBareNoun(CheckContext context, GrammarText text, int noun, string word, bool pluralSeen = false)
    {
        if (text.Tokens[noun].Is(Document.TokenFlags.Capitalized) || text.Tagged(noun).Head != Pos.Noun) return null;
        int after = text.Next(noun);
        if (after >= 0 && (text.Word(after) is "and" or "or" || text.Tagged(after).Head is Pos.Noun or Pos.Propn || text.Tags(after).IsMostly(Pos.Noun, 0.5))) return null;
        return CountNouns.PluralOf(context, word, pluralSeen);
    }

    private void ReportBareNoun(CheckContext context, DiagnosticSink sink, GrammarText text, int verb, int noun, string be, string plural)
    {
        var tokens = text.Tokens;
        var written = context.Manuscript.StringOf(tokens[noun]);
        var one = Fix.Replace(tokens[noun].Span, ConfusionRule.MatchStyle(written, plural, curlyApostrophes: false), "More than one");
        string article = InitialSounds.Of(written, known: true) == InitialSound.Vowel ? "an" : "a";
        string singularBe = be == "are" ? "is" : "was";
        var single = Fix.Replace(TextSpan.FromBounds(tokens[verb].Start, tokens[noun].End),
            ConfusionRule.MatchStyle(context.Manuscript.StringOf(tokens[verb]), singularBe, curlyApostrophes: false)
            + context.Manuscript.Text[tokens[verb].End..tokens[noun].Start] + $"{article} {written}", "Just one");
        sink.Report(Info, tokens[noun].Span, $"After “there {be}” a single “{written}” needs a plural: “{plural}”, or “{singularBe} {article} {written}”.",
            SubjectPronoun.SeverityAt(tokens[noun], Info.Severity), one, single);
    }
}
