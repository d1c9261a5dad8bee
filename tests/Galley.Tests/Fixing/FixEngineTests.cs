using Galley.Diagnostics;
using Galley.Fixes;
using Galley.Rules;
using Galley.Text;

namespace Galley.Tests.Fixing;

public class FixEngineTests
{
    private static readonly RuleInfo Rule = new("GL9999", "test-rule", Category.Spelling, Severity.Error, "A rule for engine tests.");

    private static Diagnostic Replace(int start, int end, string text) =>
        new(Rule, TextSpan.FromBounds(start, end), "test", [Fix.Replace(TextSpan.FromBounds(start, end), text)], Severity.Error);

    [Fact]
    public void Overlapping_fixes_are_skipped_and_the_rest_applied()
    {
        const string text = "abcdefghij";
        var outcome = FixEngine.Apply(text, [Replace(2, 5, "X"), Replace(4, 6, "Y"), Replace(6, 6, "+"), Replace(6, 6, "!"), Replace(8, 10, "")]);
        Assert.Equal("abXf+gh", outcome.Text);
        Assert.Equal(2, outcome.Skipped.Count);
    }

    [Fact(Timeout = 60_000)]
    public async Task Tens_of_thousands_of_fixes_apply_without_a_hang()
    {
        await Task.Run(() =>
        {
            const int count = 100_000;
            var text = string.Concat(Enumerable.Repeat("teh ", count));
            var fixes = Enumerable.Range(0, count).Select(i => Replace(i * 4, i * 4 + 3, "the")).Reverse().ToList();
            var outcome = FixEngine.Apply(text, fixes);
            Assert.Equal(string.Concat(Enumerable.Repeat("the ", count)), outcome.Text);
        }, TestContext.Current.CancellationToken);
    }
}
