using Galley.Checking;
using Galley.Diagnostics;
using Galley.Rules;

namespace Galley.Tests.Formats;

/// <summary>Format tests exercise the way from a file to the checker and back, with misspellings as their probe; the
/// spelling rules alone keep them independent of what the grammar and story rules think of the test prose.</summary>
internal static class SpellingCheck
{
    private static readonly Rule[] SpellingRules = RuleCatalog.All.Where(r => r.Info.Category == Category.Spelling).ToArray();

    public static IReadOnlyList<Diagnostic> Of(string text) => Checker.Check(text, rules: SpellingRules).Diagnostics;
}
