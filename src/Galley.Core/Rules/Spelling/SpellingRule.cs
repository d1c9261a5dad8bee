using Galley.Checking;
using Galley.Diagnostics;

namespace Galley.Rules.Spelling;

/// <summary>The spelling rules share one scan; each reports the unknown words of its own kind.</summary>
public abstract class SpellingRule : Rule
{
    protected abstract UnknownKind Kind { get; }

    protected abstract string Message(UnknownWord word);

    /// <summary>A paragraph's unknown words depend on it and on the manuscript's names, counts of unknown words and
    /// narrator's voice only.</summary>
    public override bool IsParagraphLocal => true;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        foreach (var word in SpellingScan.Of(context).Words)
            if (word.Kind == Kind) Report(sink, word);
    }

    protected void Report(DiagnosticSink sink, UnknownWord word, Severity? severity = null) =>
        sink.Add(new Diagnostic(Info, word.Span, Message(word), Fix.ReplaceEach(word.Span, Suggestions(word)), severity ?? Info.Severity));

    protected static IEnumerable<string> Suggestions(UnknownWord word) =>
        word.Suggestions.Select(s => MatchCase(s, word.Text)).Where(s => s != word.Text).Distinct();

    /// <summary>Gives a suggestion the capitalization of the word it replaces (Athority → Authority).</summary>
    internal static string MatchCase(string suggestion, string original)
    {
        if (original.Length > 1 && original.All(c => !char.IsLetter(c) || char.IsUpper(c))) return suggestion.ToUpperInvariant();
        if (char.IsUpper(original[0]) && char.IsLower(suggestion[0])) return char.ToUpperInvariant(suggestion[0]) + suggestion[1..];
        return suggestion;
    }
}
