using System.Text;
using Galley.Checking;
using Galley.Fixes;
using Galley.Formats;

namespace Galley.Tests.Formats;

/// <summary>Whatever the format, reading the fixed file back gives exactly the prose the fix engine produced.</summary>
public class RoundTripTests
{
    private const string Prose = "The glass fellfrom the shelf. It was sufffocating.";

    public static TheoryData<string, byte[]> Files() => new()
    {
        { "a.txt", Encoding.UTF8.GetBytes($"\uFEFF{Prose}\r\nTommorow we sail.\r\n") },
        { "a.md", Encoding.UTF8.GetBytes($"Intro *The glass* **fell**from the shelf.\n\n1. It was _suff_focating.\n2. `code` Tommorow.\n") },
        { "a.html", Encoding.UTF8.GetBytes("<p>The <span>glass fell</span>from <a href=\"x\">the shelf</a>.</p><ul><li>It was <b>suff</b><i>focating</i>.</li></ul>") },
        { "a.xhtml", Encoding.UTF8.GetBytes(FormatFixtures.Xhtml("<div><p>The glass fellfrom the shelf &amp; more.</p><p>Tommorow<br/>we sail.</p></div>")) },
        { "a.docx", FormatFixtures.Docx([new("The glass "), new("fe", Bold: true), new("llfr", Italic: true), new("om the shelf.")], [new("# Two")], [new("Tommorow we sail.")]) },
        { "a.epub", FormatFixtures.Epub(("x.xhtml", "<p>The glass fellfrom the shelf.</p>"), ("y.xhtml", "<p>It was <em>suff</em>focating.</p>")) },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void The_fixed_file_reads_back_as_the_fixed_prose(string name, byte[] bytes)
    {
        var format = ManuscriptFormats.For(name);
        var source = format.Read(name, bytes);
        var fixes = Checker.Check(source.Text).Diagnostics.Where(d => d.HasSafeFix && d.Fixes[0].Edits.All(source.Map.CanMap)).ToList();
        Assert.NotEmpty(fixes);
        var outcome = FixEngine.Apply(source.Text, fixes);
        var written = source.Apply(outcome.Applied.SelectMany(d => d.Fixes[0].Edits));
        var reread = format.Read(name, written);
        Assert.Equal(outcome.Text, reread.Text);
        Assert.DoesNotContain(Checker.Check(reread.Text).Diagnostics, d => outcome.Applied.Any(a => a.RuleId == d.RuleId && a.Span.Start == d.Span.Start));
    }
}
