using Galley.Checking;
using Galley.Diagnostics;
using Galley.Document;
using Galley.Text;

namespace Galley.Rules.Punctuation;

public sealed class DoubledFullStop : Rule
{
    public override RuleInfo Info { get; } = new(
        "GL6105", "doubled-full-stop", Category.Punctuation, Severity.Warning,
        "Two full stops: either one full stop or a three-dot ellipsis.",
        Help: "`I don't know..` is a full stop typed twice or an ellipsis one dot short. After an abbreviation that ends with " +
              "its own dot (Mrs., a.m., Ky.) the sentence's full stop is simply left out, so a doubled dot after a capitalized word in narration or a very short word " +
              "is left alone.",
        FixesAreSafe: false);

    public override IReadOnlyList<Example> Examples { get; } =
    [
        Example.Flag("\"I don't know..\" she said.", "\"I don't know...\" she said."),
        Example.Flag("It was over.. We went home.", "It was over... We went home."),
        Example.Keep("I waited... and waited.", "an ellipsis"),
        Example.Keep("The ceremony started at 8 a.m.. Nobody came.", "an abbreviation's dot and the full stop"),
        Example.Keep("We drove to Troy, Ky.. It rained.", "an abbreviation's dot and the full stop"),
        Example.Keep("They married in Fresno, Calif.. She was 20.", "an abbreviation's dot and the full stop"),
        Example.Flag("\"Okay..\" he said.", "\"Okay...\" he said."),
    ];

    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var m = context.Manuscript;
        for (int t = 1; t + 1 < m.Tokens.Length; t++)
        {
            if (!IsDot(m, t) || !IsDot(m, t + 1) || m.Tokens[t + 1].Is(TokenFlags.SpaceBefore) || m.Tokens[t].Is(TokenFlags.SpaceBefore)) continue;
            if (t + 2 < m.Tokens.Length && IsDot(m, t + 2) && m.ParagraphOf(t + 2) == m.ParagraphOf(t)) continue;
            var word = m.Tokens[t - 1];
            if (!word.IsWord || IsAbbreviation(context, word)) continue;
            var span = TextSpan.FromBounds(m.Tokens[t].Start, m.Tokens[t + 1].End);
            sink.Report(Info, span, "Two full stops: use one, or three for an ellipsis.",
                Fix.Replace(span, "..."), Fix.Replace(span, "."));
            t++;
        }
    }

    private static bool IsDot(Manuscript m, int t) => m.Tokens[t].Kind == TokenKind.Punctuation && m.Text[m.Tokens[t].Start] == '.';

    /// <summary>Mrs, Dr, a.m., Ky, Calif: listed, dotted, capitalized (in speech, up to three letters), or very short.</summary>
    private static bool IsAbbreviation(CheckContext context, in Token word)
    {
        var m = context.Manuscript;
        var text = m.TextOf(word);
        if (text.Contains('.') || context.IsListedAbbreviation(word)) return true;
        // A capitalized word outside speech may be a place or firm cut short (Calif., Bldg.); a word of one or two
        // letters may be an initial or a short form (ed.).
        if (char.IsUpper(text[0])) return !word.Is(TokenFlags.InSpeech) || text.Length <= 3;
        return text.Length <= 2;
    }
}
