using Galley.Checking;
using static Galley.Tests.Checking.IncrementalCheckerTests;

namespace Galley.Tests.Checking;

/// <summary>A large text is checked paragraph by paragraph on all cores (on a machine with enough of them); the result
/// must be the sequential check's, however many cores this machine has.</summary>
public sealed class ParallelCheckTests
{
    [Fact]
    public void A_large_text_checked_in_parallel_equals_the_sequential_check()
    {
        var text = Draft(new Random(7), paragraphs: 1500);
        Assert.True(text.Length >= Checker.ParallelFrom);
        var sequential = Checker.CheckWhole(text, CheckOptions.Default, Galley.Rules.RuleCatalog.Enabled(CheckOptions.Default).ToList());
        var parallel = Checker.CheckInParallel(text, CheckOptions.Default, Galley.Rules.RuleCatalog.Enabled(CheckOptions.Default).ToList());
        Assert.Equal(Describe(sequential.Diagnostics), Describe(parallel.Diagnostics));
        Assert.True(parallel.Names.SameAs(sequential.Names));
        Assert.Equal(sequential.Manuscript.Tokens.Length, parallel.Manuscript.Tokens.Length);
        Assert.Contains(parallel.Diagnostics, d => d.RuleId == "GL2004");   // the draft has speech left open: rules of every kind ran
    }

    [Fact]
    public void Paragraphs_checked_on_several_threads_give_what_one_thread_gives()
    {
        var text = Draft(new Random(8), paragraphs: 600);
        var onOneThread = new IncrementalChecker { Parallel = false }.Check(text);
        var onAll = new IncrementalChecker { Parallel = true }.Check(text);
        Assert.Equal(Describe(onOneThread), Describe(onAll));
    }

    [Fact]
    public void A_repeated_paragraph_is_worked_on_once_however_many_threads_run()
    {
        // The same text in many places (with different neighbours) shares one piece: no two threads may check it at once.
        var paragraphs = Enumerable.Range(0, 400).Select(i => i % 3 == 0 ? "\"Yes.\"" : i % 3 == 1 ? "\"We waited by the boats" : $"boats {i} came back.").ToList();
        var text = string.Join("\n\n", paragraphs);
        Assert.Equal(Describe(FullCheck(text)), Describe(new IncrementalChecker { Parallel = true }.Check(text)));
    }
}
