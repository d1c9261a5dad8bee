using Galley.Checking;
using Galley.Diagnostics;
using Galley.Rules.Grammar;

namespace Galley.Rules.Agreement;

/// <summary>"few days ago" without its article (→ a few days ago): bare few means hardly any.</summary>
public sealed class FewAgo : Rule
{
    /// <summary>Words before few that make it a complete quantity (a few, very few, the last few, those few).</summary>
    private static readonly HashSet<string> Completers = new(StringComparer.Ordinal)
    {
        "a", "very", "too", "so", "quite", "the", "these", "those", "last", "first", "next", "past", "how", "precious",
        "relatively", "fairly", "only", "just", "his", "her", "my", "our", "their", "your", "its", "happy",
    };

    public override RuleInfo Info { get; } = new(
        "GL4027", "few-ago", Category.Agreement, Severity.Warning,
        "A time some days back is \u201ca few days ago\u201d: few without a means hardly any.",
        Help: "*A few* means some; *few* alone means not many (`few people came`). A point in time needs the article: " +
              "`I saw her few days ago` → `a few days ago`. Flagged only before a unit of time and *ago*; `very few`, " +
              "`the last few` and `only a few` are left alone.");

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("I met her at the market few days ago.", "I met her at the market a few days ago."),
        Example.Flag("Few weeks ago, the mill burned down.", "A few weeks ago, the mill burned down."),
        Example.Keep("I met her at the market a few days ago."),
        Example.Keep("Very few years ago, that would have been a scandal.", "very few"),
        Example.Keep("In the last few weeks she had changed.", "the last few"),
        Example.Keep("Few people came to the funeral.", "few as hardly any"),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var text = GrammarText.Of(context);
        var tokens = text.Tokens;
        for (int t = 0; t < tokens.Length; t++)
        {
            if (text.Word(t) != "few" || Completers.Contains(text.Word(text.Previous(t)) ?? "")) continue;
            int unit = text.Next(t);
            if (!TimeUnits.IsPlural(text.Word(unit)) || text.Word(text.Next(unit)) != "ago") continue;
            var span = tokens[t].Span;
            var written = context.Manuscript.StringOf(tokens[t]);
            var fix = char.IsUpper(written[0]) ? "A " + char.ToLowerInvariant(written[0]) + written[1..] : "a " + written;
            sink.Report(Info, span, $"A time some days back takes \u201ca\u201d: \u201c{fix}\u201d.",
                SubjectPronoun.SeverityAt(tokens[t], Info.Severity), Fix.Replace(span, fix));
        }
    }
}
