using Galley.Checking;
using Galley.Diagnostics;
using Galley.Rules.Grammar;
using Galley.Text;

namespace Galley.Rules.Sentences;

/// <summary>An article and a possessive side by side (the my house, his the coat): one of them is left over from an edit.</summary>
public sealed class DoubledDeterminer : Rule
{
    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal) { "a", "an", "the" };

    /// <summary>Possessive determiners; "her" and "your" are left out, since "gave her the key" and "your the best" are
    /// other constructions.</summary>
    private static readonly HashSet<string> Possessives = new(StringComparer.Ordinal) { "my", "his", "its", "our", "their" };

    public override RuleInfo Info { get; } = new(
        "GL6002", "doubled-determiner", Category.Sentences, Severity.Warning,
        "Two determiners side by side: the my coat, my the hat. Keep one.",
        Help: "An article and a possessive both before the same noun are usually what an edit left behind: `She took the " +
              "my coat` → `She took my coat`. The fix keeps the possessive. Before *the* only *my* is checked, since *his* may stand alone (`hers was kind, and " +
              "his the kinder`) and `its the` is a slip for *it's*; *her* is left alone (`gave her the key`), and " +
              "so is *your* before *the*, which is a different slip (`your the best` for *you're*).");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("She took the my coat from the hook.", "She took my coat from the hook."),
        Example.Flag("I hung my the coat on the hook.", "I hung my coat on the hook."),
        Example.Keep("Her smile was warm, and his the warmer.", "his standing alone, before the"),
        Example.Flag("They sold a their cow at the fair.", "They sold their cow at the fair."),
        Example.Keep("He gave her the key.", "her as an object"),
        Example.Keep("She took my coat from the hook."),
        Example.Keep("The house was his, the barn was theirs.", "a comma between"),
        Example.Keep("She opened the My Songs folder.", "a capital: a title"),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        for (int t = 0; t + 1 < tokens.Length; t++)
        {
            if (text.Word(t) is not { } first || text.Next(t) is not (>= 0 and var next) || text.Word(next) is not { } second) continue;
            if (tokens[next].Is(Document.TokenFlags.Capitalized)) continue;   // the My Documents folder: a title
            int article;
            if (Articles.Contains(first) && Possessives.Contains(second)) article = t;
            else if (first == "my" && Articles.Contains(second)) article = next;   // his the, its the: his (one), it's the
            else continue;
            // Delete the article and the space after it, keeping the first word's capital.
            var span = TextSpan.FromBounds(tokens[t].Start, tokens[next].End);
            var keep = RealWord.ConfusionRule.MatchStyle(context.Manuscript.StringOf(tokens[t]), context.Manuscript.StringOf(tokens[article == t ? next : t]), curlyApostrophes: false);
            sink.Report(Info, span, $"Two determiners side by side: keep \u201c{keep}\u201d.", Fix.Replace(span, keep));
        }
    }
}
