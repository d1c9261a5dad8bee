using System.Collections.Frozen;
using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Rules.Grammar;

namespace Galley.Rules.Agreement;

public sealed class GerundAfterKeep : Rule
{
    /// <summary>Of those, the ones that also take "to" + verb (started to push).</summary>
    private static readonly FrozenSet<string> InfinitiveToo = VerbForms.FormsOf(["start", "begin", "continue"]);

    public override RuleInfo Info { get; } = new(
        "GL4002", "gerund-after-keep", Category.Agreement, Severity.Warning,
        "Verbs like keep, stop and start take the -ing form: kept pushing, not kept push.",
        Help: "`He kept push his way forward` should be `He kept pushing his way forward`. A word that is more often a noun " +
              "(`kept watch`, `started work`) is only flagged when an object follows it, as a verb's would.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("He kept push his way through the crowd.", "He kept pushing his way through the crowd."),
        Example.Flag("She kept argue with him all night.", "She kept arguing with him all night."),
        Example.Flag("They started argue about money.", "They started arguing about money."),
        Example.Keep("He kept watch over the camp."),
        Example.Keep("She started work at dawn."),
        Example.Keep("He kept pushing his way through the crowd."),
        Example.Keep("We kept quiet."),
        Example.Keep("They kept time with their feet."),
        Example.Keep("He started work on the roof."),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        foreach (int t in text.TokensOf(WordClass.GerundVerbForm))   // keep, stop, start…: they take an -ing form, never a bare verb
        {
            if (text.Word(t) is not { } word || word.EndsWith("ing", StringComparison.Ordinal)) continue;
            int v = text.Next(t);
            if (v < 0 || tokens[v].Is(Document.TokenFlags.Capitalized)) continue;
            var verb = text.Word(v)!;
            var tags = text.Tags(v);
            if (!(tags.Top is Pos.Vb or Pos.Vbp && tags.Share(Pos.Vb, Pos.Vbp) >= 0.6 && tags.Share(Pos.Vbd, Pos.Vbn) < 0.05) || verb is "be" or "let" or "help" or "go" or "come") continue;
            if (tags.Share(Pos.Noun) >= 0.1 && !ObjectFollows(text, v)) continue;
            var gerund = VerbForms.Gerund(verb, context);
            if (gerund is null) continue;
            var span = tokens[v].Span;
            var fixes = new List<Fix> { Fix.Replace(span, gerund) };
            if (InfinitiveToo.Contains(word)) fixes.Add(Fix.Replace(span, "to " + verb));
            sink.Report(Info, span, $"After \u201c{context.Manuscript.StringOf(tokens[t])}\u201d use the -ing form: \u201c{gerund}\u201d.", fixes.ToArray());
        }
    }

    /// <summary>A determiner or object pronoun after the word: it is acting as a verb (kept push his way).</summary>
    private static bool ObjectFollows(GrammarText text, int v)
    {
        int next = text.Next(v);
        return next >= 0 && text.Word(next) is "his" or "her" or "my" or "your" or "our" or "their" or "its" or "the" or "a" or "an"
            or "him" or "them" or "me" or "us" or "it" or "this" or "that" or "these" or "those";
    }
}
