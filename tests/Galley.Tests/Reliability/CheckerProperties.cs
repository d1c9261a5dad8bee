using CsCheck;
using Galley.Checking;
using Galley.Diagnostics;
using Galley.Document;
using Galley.Fixes;

namespace Galley.Tests.Reliability;

/// <summary>Properties that must hold for every text, whatever rules exist: checking never throws, every span and
/// edit lies inside the text on code-point boundaries, the manuscript model covers the text in order, and applying
/// the safe fixes then checking again does not raise the same diagnostic at the same place.</summary>
public class CheckerProperties
{
    private const int Iterations = 300;

    [Fact]
    public void Checking_any_draft_throws_nothing_and_keeps_spans_inside_the_text() =>
        ManuscriptGen.Draft.Sample(AssertWellFormedCheck, iter: Iterations);

    [Fact]
    public void Checking_character_soup_throws_nothing_and_keeps_spans_inside_the_text() =>
        ManuscriptGen.Soup.Sample(AssertWellFormedCheck, iter: Iterations);

    [Fact]
    public void The_manuscript_model_covers_the_text_in_order() =>
        Gen.OneOf(ManuscriptGen.Draft, ManuscriptGen.Soup).Sample(text =>
        {
            var m = Manuscript.Parse(text, Galley.Lexicon.Lexicon.Default.Language);
            int previousEnd = 0;
            foreach (var token in m.Tokens)
            {
                Assert.True(token.Start >= previousEnd && token.Length > 0 && token.End <= text.Length, $"token {token} out of order in {Show(text)}");
                previousEnd = token.End;
            }
            int nextToken = 0;
            foreach (var sentence in m.Sentences)
            {
                Assert.Equal(nextToken, sentence.FirstToken);
                nextToken = sentence.EndToken;
                Assert.True(sentence.Span.Start >= 0 && sentence.Span.End <= text.Length);
            }
            Assert.Equal(m.Tokens.Length, nextToken);
            foreach (var q in m.Quotations) Assert.True(q.Span.Start >= 0 && q.Span.End <= text.Length);
        }, iter: Iterations);

    [Fact]
    public void Applying_safe_fixes_does_not_raise_the_same_diagnostic_again() =>
        ManuscriptGen.Draft.Sample(text =>
        {
            var first = Checker.Check(text).Diagnostics;
            var outcome = FixEngine.Apply(text, first.Where(d => d.HasSafeFix));
            if (outcome.Applied.Count == 0) return;
            var again = Checker.Check(outcome.Text).Diagnostics;
            foreach (var applied in outcome.Applied)
            {
                int mapped = MapThroughEdits(applied.Span.Start, outcome.Applied);
                var repeat = again.FirstOrDefault(d => d.RuleId == applied.RuleId && d.Span.Start == mapped
                    && outcome.Text.AsSpan(d.Span.Start, d.Span.Length).SequenceEqual(text.AsSpan(applied.Span.Start, applied.Span.Length)));
                Assert.True(repeat is null,
                    $"{applied.RuleId} raised again at {mapped} after its fix.\nbefore: {Show(text)}\nafter:  {Show(outcome.Text)}");
            }
        }, iter: Iterations);

    private static void AssertWellFormedCheck(string text)
    {
        var result = Checker.Check(text);
        foreach (var d in result.Diagnostics)
        {
            AssertSpanInside(text, d.Span.Start, d.Span.End, d);
            foreach (var fix in d.Fixes)
            foreach (var edit in fix.Edits)
                AssertSpanInside(text, edit.Span.Start, edit.Span.End, d);
        }
    }

    private static void AssertSpanInside(string text, int start, int end, Diagnostic d)
    {
        Assert.True(0 <= start && start <= end && end <= text.Length, $"{d.RuleId} span [{start}..{end}) outside {Show(text)}");
        Assert.False(SplitsSurrogatePair(text, start) || SplitsSurrogatePair(text, end), $"{d.RuleId} span [{start}..{end}) splits a character in {Show(text)}");
    }

    private static bool SplitsSurrogatePair(string text, int offset) =>
        offset > 0 && offset < text.Length && char.IsHighSurrogate(text[offset - 1]) && char.IsLowSurrogate(text[offset]);

    /// <summary>Where an offset of the original text lands after the applied fixes' edits.</summary>
    private static int MapThroughEdits(int offset, IEnumerable<Diagnostic> applied)
    {
        int shift = 0;
        foreach (var edit in applied.SelectMany(d => d.Fixes[0].Edits))
            if (edit.Span.End <= offset && !(edit.Span.Length == 0 && edit.Span.Start == offset)) shift += edit.NewText.Length - edit.Span.Length;
        return offset + shift;
    }

    private static string Show(string text) => System.Text.Json.JsonSerializer.Serialize(text);
}
