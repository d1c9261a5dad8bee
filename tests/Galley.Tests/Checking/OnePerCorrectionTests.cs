using Galley.Checking;

namespace Galley.Tests.Checking;

/// <summary>Two rules that find the same mistake with the same fix are reported once, in a whole check and in an
/// incremental one alike.</summary>
public class OnePerCorrectionTests
{
    private const string Text = "The old parrot had escaped from it's cage again.\n\nWe found it on the roof.";

    [Fact]
    public void The_same_correction_from_two_rules_is_reported_once()
    {
        var raw = RawFindings(Text).Where(d => Text.Substring(d.Span.Start, d.Span.Length) == "it's").ToList();
        Assert.True(raw.Select(d => d.RuleId).Distinct().Count() >= 2, "the test needs two rules that find this mistake");

        var reported = Checker.Check(Text).Diagnostics.Where(d => Text.Substring(d.Span.Start, d.Span.Length) == "it's").ToList();
        var single = Assert.Single(reported);
        Assert.Equal("its", single.Fixes[0].Edits[0].NewText);
        Assert.Equal(raw.Min(d => d.RuleId), single.RuleId);   // same severity: the first rule by ID
    }

    [Fact]
    public void The_incremental_check_reports_it_once_too()
    {
        var incremental = new IncrementalChecker(CheckOptions.Default).Check(Text);
        Assert.Single(incremental, d => Text.Substring(d.Span.Start, d.Span.Length) == "it's");
    }

    private static List<Galley.Diagnostics.Diagnostic> RawFindings(string text)
    {
        var manuscript = Galley.Document.Manuscript.Parse(text, Galley.Lexicon.Lexicon.Default.Language);
        var context = new CheckContext(manuscript, Galley.Lexicon.Lexicon.Default, CheckOptions.Default);
        var sink = new Galley.Diagnostics.DiagnosticSink();
        foreach (var rule in Galley.Rules.RuleCatalog.Enabled(CheckOptions.Default)) rule.Check(context, sink);
        return sink.Items.ToList();
    }
}
