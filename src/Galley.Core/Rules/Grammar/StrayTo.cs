using Galley.Checking;
using Galley.Diagnostics;
using Galley.Rules.Agreement;

namespace Galley.Rules.Grammar;

/// <summary>Reports a "to" that must go before a plain verb (made me to cry, must to go): the fix removes "to" and the
/// space after it, and the flag is a hint in speech as other verb-form flags are.</summary>
public static class StrayTo
{
    public static void Report(RuleInfo info, CheckContext context, DiagnosticSink sink, int to, int verb, string message)
    {
        var tokens = GrammarText.Of(context).Tokens;
        var span = Text.TextSpan.FromBounds(tokens[to].Start, tokens[verb].Start);
        sink.Report(info, span, message, SubjectPronoun.SeverityAt(tokens[verb], info.Severity), Fix.Replace(span, ""));
    }
}
