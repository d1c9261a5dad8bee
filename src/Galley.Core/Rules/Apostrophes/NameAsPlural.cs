using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Rules.Grammar;

namespace Galley.Rules.Apostrophes;

public sealed class NameAsPlural : Rule
{
    public override RuleInfo Info { get; } = new(
        "GL3002", "name-as-plural", Category.Apostrophes, Severity.Warning,
        "A character's name with a stray s before a verb: one person is the subject.",
        Help: "`Clarks stared at me` has one Clark doing the staring: `Clark stared at me`. The rule acts only on names the story " +
              "uses without the s and only before a past or third-person verb; a family plural after *the* (`the Kents arrived`) is fine.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("I called Tobin. Tobins stared at the door.", "I called Tobin. Tobin stared at the door."),
        Example.Flag("Marta sighed, and Martas looks away.", "Marta sighed, and Marta looks away."),
        Example.Keep("Kent waved. The Kents arrived at noon.", "a family plural"),
        Example.Keep("I called Tobin. Tobin stared at the door."),
        Example.Keep("Rose waved. Roses grew by the door.", "Roses is a word of its own"),
        Example.Keep("I called Tobin. Mrs. Tobins smiled at him.", "a surname after a title"),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        for (int t = 0; t < tokens.Length; t++)
        {
            if (!NamePlusS.IsCandidate(context, text, t)) continue;
            int previous = text.Previous(t);
            if (!text.StartsClause(t) && !(previous >= 0 && text.Word(previous) is "and" or "but" or "then" or "so")) continue;
            int next = text.Next(t);
            if (next < 0 || text.Tokens[next].Is(Document.TokenFlags.Capitalized)) continue;
            var verb = text.Tags(next);
            if (!(verb.Top is Pos.Vbd or Pos.Vbz && verb.Share(Pos.Vbd, Pos.Vbz) >= 0.6)) continue;
            var span = tokens[t].Span;
            var name = context.Manuscript.StringOf(tokens[t])[..^1];
            sink.Report(Info, span, $"One person is the subject here: \u201c{name}\u201d, not \u201c{name}s\u201d.", Fix.Replace(span, name));
        }
    }
}
