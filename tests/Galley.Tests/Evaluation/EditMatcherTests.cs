using Galley.Evaluation;

namespace Galley.Tests.Evaluation;

public class EditMatcherTests
{
    private static GoldEdit<char> Gold(string text, string wrong, string right, int occurrence = 0, string category = "spelling")
    {
        int start = IndexOf(text, wrong, occurrence);
        return new GoldEdit<char>(new UnitEdit<char>(start, start + wrong.Length, right.ToCharArray()), category, wrong);
    }

    private static SystemFlag<char> Flag(string text, string flagged, params (string Wrong, string Right)[] fix)
    {
        int start = text.IndexOf(flagged, StringComparison.Ordinal);
        var edits = fix.Select(f =>
        {
            int s = text.IndexOf(f.Wrong, StringComparison.Ordinal);
            return new UnitEdit<char>(s, s + f.Wrong.Length, f.Right.ToCharArray());
        }).ToList();
        return new SystemFlag<char>(start, start + flagged.Length, edits, "spelling", flagged);
    }

    private static int IndexOf(string text, string value, int occurrence)
    {
        int index = -1;
        for (int i = 0; i <= occurrence; i++) index = text.IndexOf(value, index + 1, StringComparison.Ordinal);
        return index;
    }

    [Fact]
    public void Exact_edit_is_detected_and_corrected()
    {
        const string text = "I didn't want to loose it.";
        var result = EditMatcher.Match(text.ToCharArray(), [Gold(text, "loose", "lose")], [Flag(text, "loose", ("loose", "lose"))]);
        Assert.True(result.Gold[0].Detected && result.Gold[0].Corrected);
        Assert.True(result.Flags[0].Detected && result.Flags[0].Corrected);
    }

    [Fact]
    public void Wrong_fix_detects_but_does_not_correct()
    {
        const string text = "I didn't want to loose it.";
        var result = EditMatcher.Match(text.ToCharArray(), [Gold(text, "loose", "lose")], [Flag(text, "loose", ("loose", "louse"))]);
        Assert.True(result.Gold[0].Detected);
        Assert.False(result.Gold[0].Corrected);
        Assert.False(result.Flags[0].Corrected);
    }

    [Fact]
    public void Flag_without_fix_only_detects()
    {
        const string text = "She ran fast fast.";
        var result = EditMatcher.Match(text.ToCharArray(), [Gold(text, "fast fast", "fast")], [Flag(text, "fast")]);
        Assert.True(result.Flags[0].Detected);
        Assert.False(result.Flags[0].Corrected);
        Assert.Equal(0, Tally.Of(result.Flags[0]).Fixes);
    }

    [Fact]
    public void Flag_on_unmarked_text_is_a_false_positive()
    {
        const string text = "Wrenna smiled at the loose thread.";
        var result = EditMatcher.Match(text.ToCharArray(), [], [Flag(text, "Wrenna", ("Wrenna", "Wren"))]);
        Assert.False(result.Flags[0].Detected);
    }

    [Fact]
    public void One_fix_spanning_two_gold_edits_corrects_both()
    {
        // Gold marks the full stop and the capital apart; the checker rewrites `." He` in one edit.
        const string text = "\"Stay.\" He said.";
        GoldEdit<char>[] gold = [Gold(text, ".", ","), Gold(text, "He", "he")];
        var result = EditMatcher.Match(text.ToCharArray(), gold, [Flag(text, ".\" He", (".\" He", ",\" he"))]);
        Assert.All(result.Gold, g => Assert.True(g.Corrected));
        Assert.True(result.Flags[0].Corrected);
    }

    [Fact]
    public void Two_fixes_that_only_together_make_the_gold_text_are_both_correct()
    {
        const string text = "\"Stay.\" He said.";
        var gold = Gold(text, ".\" He", ",\" he");
        var result = EditMatcher.Match(text.ToCharArray(), [gold], [Flag(text, ".", (".", ",")), Flag(text, "He", ("He", "he"))]);
        Assert.True(result.Gold[0].Corrected);
        Assert.All(result.Flags, f => Assert.True(f.Corrected));
    }

    [Fact]
    public void Deleting_either_word_of_a_doubled_pair_matches_the_same_result()
    {
        const string text = "We reached the the bottom.";
        var gold = Gold(text, "the the", "the");
        int second = IndexOf(text, " the", 1);
        var flag = new SystemFlag<char>(second, second + 4, [new UnitEdit<char>(second, second + 4, [])], "sentences", "the");
        var result = EditMatcher.Match(text.ToCharArray(), [gold], [flag]);
        Assert.True(result.Gold[0].Corrected);
    }

    [Fact]
    public void Insertion_point_overlaps_the_word_it_touches()
    {
        const string text = "\"No\" I said.";
        int at = text.IndexOf("\" I", StringComparison.Ordinal);
        var gold = new GoldEdit<char>(new UnitEdit<char>(at, at, [',']), "dialogue", ",");
        var result = EditMatcher.Match(text.ToCharArray(), [gold], [Flag(text, "No", ("No", "No,"))]);
        Assert.True(result.Gold[0].Detected);
        Assert.True(result.Gold[0].Corrected);
    }

    [Theory]
    [InlineData(0, 5, 5, 8, false)] // touching ranges share no unit
    [InlineData(0, 5, 4, 8, true)]
    [InlineData(3, 3, 0, 3, true)]  // an insertion touches the range before it
    [InlineData(3, 3, 3, 3, true)]
    [InlineData(3, 3, 4, 4, false)]
    [InlineData(2, 2, 4, 9, false)]
    public void Overlap_rules(int a, int b, int c, int d, bool expected)
    {
        Assert.Equal(expected, new UnitEdit<char>(a, b, []).Overlaps(c, d));
        Assert.Equal(expected, new UnitEdit<char>(c, d, []).Overlaps(a, b));
    }

    [Fact]
    public void Ratios_and_f_half_follow_the_m2_conventions()
    {
        // 3 of 4 flags right, 3 of 6 gold found: P = .75, R = .5, F0.5 = 1.25·.75·.5 / (.25·.75 + .5) = .46875/.6875 = .681818…
        var t = new Tally(Gold: 6, GoldDetected: 3, GoldCorrected: 3, Flags: 4, FlagsDetecting: 3, Fixes: 4, FixesCorrect: 3);
        Assert.Equal(0.681818, t.DetectionF, 5);
        Assert.Equal(0.681818, t.CorrectionF, 5);
        // Nothing proposed and nothing to find: precision and recall are 1 (as in the M2 scorer), F is 1.
        Assert.Equal(1.0, default(Tally).CorrectionF);
        Assert.False(default(Tally).CorrectionPrecision.Defined);
    }
}
