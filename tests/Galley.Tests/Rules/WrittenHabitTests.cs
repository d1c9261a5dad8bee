using Galley.Checking;
using Galley.Diagnostics;

namespace Galley.Tests.Rules;

/// <summary>A form the manuscript writes consistently (a split closed word, an older spelling, the other dialect's
/// spelling) while the form a rule would suggest is rare or absent is the writer's style: a hint, or nothing.</summary>
public class WrittenHabitTests
{
    private static List<Diagnostic> Found(string text, string ruleId) =>
        Checker.Check(text, CheckOptions.Default).Diagnostics.Where(d => d.RuleId == ruleId).ToList();

    [Fact]
    public void A_split_word_written_so_throughout_is_a_hint()
    {
        const string once = "She would give any thing for a quiet hour.";
        Assert.Equal(Severity.Warning, Assert.Single(Found(once, "GL5003")).Severity);
        const string throughout = "She would give any thing for a quiet hour. Any thing at all would do. He said any thing "
            + "to please her, and she believed any thing he said.";
        var found = Found(throughout, "GL5003");
        Assert.Equal(4, found.Count);
        Assert.All(found, d => Assert.Equal(Severity.Info, d.Severity));
    }

    [Fact]
    public void A_split_word_beside_the_closed_word_stays_a_warning()
    {
        const string mixed = "She would give any thing for a quiet hour. Anything would do. He said anything to please her, "
            + "and she believed anything he said, and any thing else too. Anything at all.";
        Assert.All(Found(mixed, "GL5003"), d => Assert.Equal(Severity.Warning, d.Severity));
    }

    [Fact]
    public void A_lone_older_spelling_in_a_modern_text_is_still_a_misspelling()
    {
        var once = Assert.Single(Found("The news was no surprize to the vicar.", "GL0001"));
        Assert.Equal(Severity.Error, once.Severity);
        Assert.Equal("surprise", once.Fixes[0].Edits[0].NewText);
    }

    [Fact]
    public void Older_spellings_in_a_period_text_are_hints_and_quiet_when_kept_throughout()
    {
        const string period = "She would chuse the garden walk. He began to teaze her, and she did not chuse to answer. "
            + "Then came a surprize.";
        var found = Found(period, "GL0001");
        Assert.Equal(4, found.Count);   // chuse is written twice, choose never: not yet a habit, still a hint
        Assert.All(found, d => Assert.Equal(Severity.Info, d.Severity));
        const string throughout = "The news was no surprize to the vicar. He would teaze her about her surprize later. "
            + "Her surprize was greater still.";
        Assert.Equal(["teaze"], Found(throughout, "GL0001").Select(d => throughout.Substring(d.Span.Start, d.Span.Length)));
    }

    [Fact]
    public void An_older_spelling_beside_the_modern_one_is_still_a_hint()
    {
        const string mixed = "The news was a surprise, and a surprize, then a surprize. Another surprise came, and a surprize.";
        Assert.All(Found(mixed, "GL0001"), d => Assert.Equal(Severity.Info, d.Severity));
    }

    [Fact]
    public void The_other_dialects_spelling_written_throughout_is_a_hint()
    {
        const string once = "The colour of the sea changed.";
        Assert.Equal(Severity.Warning, Assert.Single(Found(once, "GL0006")).Severity);
        const string throughout = "The colour of the sea changed. Its colour was grey. Every colour faded. The colour came back.";
        var found = Found(throughout, "GL0006");
        Assert.NotEmpty(found);
        Assert.All(found, d => Assert.Equal(Severity.Info, d.Severity));
    }

    [Fact]
    public void A_confusion_of_a_split_word_written_so_throughout_is_a_hint()
    {
        const string throughout = "If any one had asked, she would have told any one who cared. Any one could see it, "
            + "and any one did.";
        Assert.All(Found(throughout, "GL5001"), d => Assert.Equal(Severity.Info, d.Severity));
    }
}
