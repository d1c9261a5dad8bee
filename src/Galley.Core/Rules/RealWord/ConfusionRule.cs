using Galley.Checking;
using Galley.Context;
using Galley.Diagnostics;
using Galley.Rules.Grammar;
using Galley.Text;

namespace Galley.Rules.RealWord;

/// <summary>Reports the confident findings of <see cref="RealWordFindings"/> of one family (apostrophe or not),
/// with the alternative as the fix, written in the case and apostrophe style of the manuscript.</summary>
public abstract class ConfusionRule : Rule
{
    protected abstract bool Apostrophes { get; }

    /// <summary>Findings come from one sentence at a time; the only whole-text fact, the apostrophe style, and the
    /// names come from the context, so an editor re-checks only the paragraphs an edit touched.</summary>
    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var manuscript = context.Manuscript;
        bool? curly = null;
        foreach (var finding in RealWordFindings.Of(context).Items)
        {
            if (finding.IsApostrophe != Apostrophes) continue;
            if (finding is { Written: "off", Alternative: "of", TokenCount: 1 } && ParticleOff.IsGoverned(GrammarText.Of(context), finding.FirstToken)) continue;
            if (GrammarVetoes.KeepsWritten(GrammarText.Of(context), finding)) continue;
            var first = manuscript.Tokens[finding.FirstToken];
            var last = manuscript.Tokens[finding.FirstToken + finding.TokenCount - 1];
            var span = TextSpan.FromBounds(first.Start, last.End);
            var written = manuscript.Text.Substring(span.Start, span.Length);
            curly ??= context.UsesCurlyApostrophes;
            var replacement = MatchStyle(written, finding.Alternative, curly.Value);
            var message = finding.IsConfident
                ? $"\u201c{written}\u201d looks like a mistake for \u201c{replacement}\u201d here."
                : $"\u201c{written}\u201d might be meant as \u201c{replacement}\u201d here.";
            bool confident = finding.IsConfident && !IsWrittenApartThroughout(context, finding);
            sink.Report(Info, span, message, confident ? Info.Severity : Severity.Info, Fix.Replace(span, replacement));
        }
    }

    /// <summary>A closed word written apart (any one, every one) that the manuscript writes apart throughout, as older
    /// books do: its style, worth a hint at most.</summary>
    private static bool IsWrittenApartThroughout(CheckContext context, RealWordFinding finding)
    {
        if (finding.TokenCount != 2) return false;
        var m = context.Manuscript;
        var key = SplitWords.OlderSplitKey(m.DistinctLower[m.LowerIndex(finding.FirstToken)], m.DistinctLower[m.LowerIndex(finding.FirstToken + 1)]);
        return key is not null && WrittenForms.IsHabit(context, key, finding.Alternative.ToLowerInvariant());
    }

    /// <summary>The alternative capitalized like the written word, its apostrophe curly when the text's are.</summary>
    internal static string MatchStyle(string written, string alternative, bool curlyApostrophes)
    {
        if (written.Contains('\u2019') || curlyApostrophes && !written.Contains('\'')) alternative = alternative.Replace('\'', '\u2019');
        if (written.Length > 1 && written.All(c => !char.IsLetter(c) || char.IsUpper(c))) return alternative.ToUpperInvariant();
        if (written.Length > 0 && char.IsUpper(written[0])) return char.ToUpperInvariant(alternative[0]) + alternative[1..];
        return alternative;
    }

    /// <summary>Reports token t to be replaced by <paramref name="replacement"/> written in the token's style (case,
    /// apostrophes), with the message made from that styled replacement; inside speech only as a hint, since a
    /// character may talk that way.</summary>
    internal static void ReportInWritersStyle(RuleInfo info, CheckContext context, DiagnosticSink sink, int t, string replacement,
        Func<string, string> message, bool curlyApostrophes = false)
    {
        var token = context.Manuscript.Tokens[t];
        var styled = MatchStyle(context.Manuscript.StringOf(token), replacement, curlyApostrophes);
        sink.Report(info, token.Span, message(styled), Agreement.SubjectPronoun.SeverityAt(token, info.Severity), Fix.Replace(token.Span, styled));
    }

    /// <summary>Reports token t as a slip for <paramref name="meant"/>, the fix written in the token's case.</summary>
    internal static void ReportSlip(RuleInfo info, CheckContext context, DiagnosticSink sink, int t, string meant)
    {
        var span = context.Manuscript.Tokens[t].Span;
        var written = context.Manuscript.StringOf(context.Manuscript.Tokens[t]);
        var fix = MatchStyle(written, meant, curlyApostrophes: false);
        sink.Report(info, span, $"\u201c{written}\u201d looks like a slip for \u201c{fix}\u201d here.", Fix.Replace(span, fix));
    }
}
