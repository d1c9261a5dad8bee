using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Rules.Grammar;

namespace Galley.Rules.Agreement;

/// <summary>A past tense after "help" (helped made → helped make): the verb "help" takes a plain verb or "to".</summary>
public sealed class BaseAfterHelp : Rule
{
    private static readonly HashSet<string> HelpForms = new(StringComparer.Ordinal) { "help", "helps", "helped", "helping" };

    public override RuleInfo Info { get; } = new(
        "GL4024", "base-after-help", Category.Agreement, Severity.Warning,
        "After help, the next verb takes its plain form: helped build, not helped built.",
        Help: "`She helped wrote the letter` → `She helped write the letter`; `They helped fixed the roof` → `They helped fix " +
              "the roof`. An irregular past that is never a participle (wrote, chose) is always flagged; another past or " +
              "participle only when an object follows it, since a participle may describe the people helped (`she helped " +
              "injured soldiers`) and help may have no object (`everyone who helped got a share`). A hint in speech.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("My brother helped built the barn.", "My brother helped build the barn."),
        Example.Flag("She helped wrote the speech.", "She helped write the speech."),
        Example.Flag("The rain helped cooled the air.", "The rain helped cool the air."),
        Example.Flag("So I helped fixed the roof.", "So I helped fix the roof."),
        Example.Keep("The friends I helped fixed the roof.", "a relative clause without who: the friends fixed it"),
        Example.Keep("The man she helped took her hand.", "a relative clause without who"),
        Example.Keep("She helped injured soldiers off the field.", "a participle describing the people helped"),
        Example.Keep("He helped build the barn."),
        Example.Keep("They helped frightened children find their parents."),
        Example.Keep("We helped, and then we left."),
        Example.Keep("Everyone who helped got a share of the catch.", "the main clause's verb after a relative clause"),
        Example.Keep("Everyone who helped made a difference.", "the main clause's verb after a relative clause"),
        Example.Keep("A map would have helped given how dark it was.", "a participle opening a phrase"),
        Example.Keep("She called for help, and help came.", "help as a noun"),
        Example.Keep("His offer of help took the form of advice.", "help as a noun"),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        for (int t = 0; t < tokens.Length; t++)
        {
            if (text.Word(t) is not { } help || !HelpForms.Contains(help) || IsNoun(text, t, help)) continue;
            // "everyone who helped made a difference": after a relative pronoun the next verb may be the main clause's
            if (text.Word(text.Previous(t)) is "who" or "that" or "which" || AfterReducedRelative(text, t)) continue;
            int v = text.Next(t);
            if (text.Word(v) is not { } form || BaseOf(context, text, v, form) is not { } plain) continue;
            var span = tokens[v].Span;
            var written = context.Manuscript.StringOf(tokens[v]);
            sink.Report(Info, span, $"After \u201c{context.Manuscript.StringOf(tokens[t])}\u201d the verb takes its plain form: \u201c{plain}\u201d, not \u201c{written}\u201d.",
                SubjectPronoun.SeverityAt(tokens[v], Info.Severity), Fix.Replace(span, plain));
        }
    }

    /// <summary>"help" and "helping" are nouns too (and help came; a second helping took him an hour).</summary>
    private static bool IsNoun(GrammarText text, int t, string help)
    {
        if (help is not ("help" or "helping")) return false;
        if (text.Tagged(t).Head is Pos.Noun) return true;
        int before = text.Previous(t);
        return before < 0 || text.Tagged(before).Head is Pos.Det or Pos.Adj or Pos.Adp or Pos.Conj || text.StartsClause(t);
    }

    /// <summary>"The man she helped took her hand": a noun, then the subject of a relative clause with no "who".</summary>
    private static bool AfterReducedRelative(GrammarText text, int t)
    {
        int subject = text.Previous(t);
        if (subject < 0 || text.Tagged(subject).Head is not (Pos.Pron or Pos.Propn)) return false;
        int noun = text.Previous(subject);
        return noun >= 0 && text.Tagged(noun).Head is Pos.Noun or Pos.Propn or Pos.Pron;
    }

    private static string? BaseOf(CheckContext context, GrammarText text, int v, string form)
    {
        if (form is "was" or "were" or "had" or "been" or "used") return null;
        var tags = text.Tags(v);
        if (tags.Share(Pos.Vbd, Pos.Vbn) < 0.6 || tags.Share(Pos.Adj) >= 0.2) return null;
        bool pastOnly = text.Is(v, WordClass.IrregularPastOnly) && IrregularVerbs.Default.IsPastOnly(form, out _);
        if (IrregularVerbs.Default.IsParticipleOnly(form)) return null;   // helped given that…: a participle opens a phrase
        // otherwise an object must follow (helped fixed the roof), not a noun it describes or the clause's own verb
        // after an intransitive help (everyone who helped got a share)
        if (!pastOnly && !(text.Next(v) is var next and >= 0 && text.Tagged(next).Head is Pos.Det or Pos.Pron)) return null;
        return VerbForms.BaseOfPast(form, context);
    }
}
