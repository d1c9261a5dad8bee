using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Rules.Grammar;

namespace Galley.Rules.Agreement;

public sealed class MissingInfinitiveTo : Rule
{
    private static readonly HashSet<string> ObjectPronouns = ["it", "him", "her", "them", "me", "us", "you"];

    public override RuleInfo Info { get; } = new(
        "GL4003", "missing-infinitive-to", Category.Agreement, Severity.Warning,
        "A verb that needs \u201cto\u201d before it: for it to be, wanted to go, able to see.",
        Help: "`It hurt too much for it be love` should be `for it to be love`; `I wanted go` should be `I wanted to go`; `how fix it` should be `how to fix it`. Only " +
              "words Brown nearly always uses as verbs are checked, so `wanted help` and `for her love` are left alone.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("It was too late for it be an accident.", "It was too late for it to be an accident."),
        Example.Flag("I was never able see the shore.", "I was never able to see the shore."),
        Example.Flag("She was supposed be home by nine.", "She was supposed to be home by nine."),
        Example.Flag("Nobody showed me how get there.", "Nobody showed me how to get there."),
        Example.Flag("He knew how make bread.", "He knew how to make bread."),
        Example.Flag("She forgot take her shawl again.", "She forgot to take her shawl again."),
        Example.Flag("He promised write every week.", "He promised to write every week."),
        Example.Keep("She forgot the key and promised nothing.", "nouns after the verbs"),
        Example.Keep("How come you never wrote?"),
        Example.Keep("How dare you!"),
        Example.Keep("She knew how people talk."),
        Example.Keep("I did it for her love."),
        Example.Keep("He wanted help with the boxes."),
        Example.Keep("I was going home."),
        Example.Keep("It was too late for it to be an accident."),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        foreach (int t in text.TokensOf(WordClass.NeedsInfinitiveTo | WordClass.For | WordClass.Subordinator))
        {
            int v;
            if (text.Is(t, WordClass.NeedsInfinitiveTo)) v = text.Next(t);
            else if (text.IsWord(t, "how")) v = text.Next(t);   // how to fix it: a plain verb after how needs to
            else if (text.Is(t, WordClass.For) && text.Next(t) is >= 0 and var pronoun && ObjectPronouns.Contains(text.Word(pronoun)!)) v = text.Next(pronoun);
            else continue;
            if (v < 0 || tokens[v].Is(Document.TokenFlags.Capitalized)) continue;
            var verb = text.Word(v)!;
            if (verb is "come" or "dare") continue;   // how come, how dare you
            var tags = text.Tags(v);
            if (!(verb == "be" || tags.Top == Pos.Vb && tags.Share(Pos.Vb) >= 0.8 && tags.Share(Pos.Noun, Pos.Adj) < 0.05)) continue;
            var span = tokens[v].Span;
            var written = context.Manuscript.StringOf(tokens[v]);
            sink.Report(Info, span, $"A verb here needs \u201cto\u201d before it: \u201cto {written}\u201d.", Fix.Replace(span, "to " + written));
        }
    }
}
