using Galley.Checking;
using Galley.Diagnostics;

namespace Galley.Rules.Spelling;

/// <summary>The spelling rules share one scan; each reports the unknown words of its own kind.</summary>
public abstract class SpellingRule : Rule
{
    protected abstract UnknownKind Kind { get; }

    protected abstract string Message(UnknownWord word);

    /// <summary>Report only the first occurrence of each spelling (a question asked once, not at every use).</summary>
    protected virtual bool OncePerSpelling => false;

    public override void Check(CheckContext context, DiagnosticSink sink)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in SpellingScan.Of(context).Words)
            if (word.Kind == Kind && (!OncePerSpelling || reported.Add(word.Text)))
                sink.ReportReplace(Info, word.Span, Message(word), word.Suggestions.Select(s => MatchCase(s, word.Text)));
    }

    /// <summary>Gives a suggestion the capitalization of the word it replaces (Athority → Authority).</summary>
    internal static string MatchCase(string suggestion, string original)
    {
        if (original.Length > 1 && original.All(c => !char.IsLetter(c) || char.IsUpper(c))) return suggestion.ToUpperInvariant();
        if (char.IsUpper(original[0]) && char.IsLower(suggestion[0])) return char.ToUpperInvariant(suggestion[0]) + suggestion[1..];
        return suggestion;
    }
}
