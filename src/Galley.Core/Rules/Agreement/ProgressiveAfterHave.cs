using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Rules.Grammar;
using Galley.Rules.RealWord;
using Galley.Text;

namespace Galley.Rules.Agreement;

public sealed class ProgressiveAfterHave : Rule
{
    /// <summary>A pronoun's "have" contraction and its "be" contraction: I've walking → I'm walking.</summary>
    private static readonly Dictionary<string, string> BeContraction = new(StringComparer.Ordinal)
    {
        ["i've"] = "I'm", ["we've"] = "we're", ["you've"] = "you're", ["they've"] = "they're",
    };

    private static readonly Dictionary<string, string> BeAfterPronoun = new(StringComparer.Ordinal)
    {
        ["i"] = "am", ["we"] = "are", ["you"] = "are", ["they"] = "are",
    };

    public override RuleInfo Info { get; } = new(
        "GL4020", "progressive-after-have", Category.Agreement, Severity.Warning,
        "An -ing verb straight after have needs be: we're walking or we've been walking, not we've walking.",
        Help: "A progressive is made with *be*: `We've walking for hours` → `We're walking` or `We've been walking`; " +
              "`They have waiting` → `They have been waiting`. Only a pronoun with *have* right before a word that is " +
              "nearly always a verb in -ing is checked, and not before a noun (`they have swimming lessons`). A hint in speech.",
        FixesAreSafe: false);

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("We've walking since dawn.", "We're walking since dawn."),
        Example.Flag("They have waiting outside all night.", "They have been waiting outside all night."),
        Example.Flag("I've trying to call you.", "I'm trying to call you."),
        Example.Flag("They have reading it all week.", "They have been reading it all week.", "an object pronoun shows an -ing word that is often a noun is a verb here"),
        Example.Keep("We've been walking since dawn."),
        Example.Keep("They have reading lamps in every room.", "an -ing word often a noun, before a noun"),
        Example.Keep("They have swimming lessons on Friday.", "an -ing word before a noun"),
        Example.Keep("I have nothing to say.", "not a verb"),
        Example.Keep("She's walking home.", "she's is she is"),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        for (int t = 0; t < tokens.Length; t++)
        {
            if (text.Word(t) is not { } word) continue;
            bool contraction = BeContraction.ContainsKey(word);
            // "she has working for her", "if we have mourning": a have with an object is left alone, so only "have"
            // after a plural pronoun and before a word that is nearly always a verb is read as a missing "been"
            bool have = word is "have" && text.Previous(t) is int subject and >= 0 && text.Word(subject) is "i" or "we" or "you" or "they";
            if (!contraction && !have) continue;
            int v = text.Next(t);
            // nearly always a verb: walking, trying (not a building, the feeling)
            // an object pronoun after it settles a word often a noun too (we have reading it): only a verb takes one
            bool objectAfter = v >= 0 && text.Word(text.Next(v)) is "it" or "them" or "him" or "me" or "us";
            if (v < 0 || !text.IsVerbInIng(v, objectAfter ? 0.3 : have ? 0.95 : 0.85)) continue;
            if (have && text.Next(v) < 0) continue;   // "if we have mourning, …": a noun ending the clause
            var span = tokens[t].Span;
            string written = context.Manuscript.StringOf(tokens[t]);
            string been = $"{written} been";
            var fixes = new List<Fix>();
            if (contraction)
            {
                string be = BeContraction[word];
                fixes.Add(Fix.Replace(span, ConfusionRule.MatchStyle(written, be, curlyApostrophes: false)));
                fixes.Add(Fix.Replace(span, been));
            }
            else
            {
                fixes.Add(Fix.Replace(span, been));
                fixes.Add(Fix.Replace(span, BeAfterPronoun[text.Word(text.Previous(t))!]));
            }
            sink.Report(Info, TextSpan.FromBounds(tokens[t].Start, tokens[v].End),
                $"\u201c{written} {context.Manuscript.StringOf(tokens[v])}\u201d needs a form of be: \u201c{fixes[0].Edits[0].NewText} {context.Manuscript.StringOf(tokens[v])}\u201d.",
                SubjectPronoun.SeverityAt(tokens[t], Info.Severity), fixes.ToArray());
        }
    }
}
