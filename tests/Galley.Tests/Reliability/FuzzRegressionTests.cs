using Galley.Formats;
using Galley.Source;

namespace Galley.Tests.Reliability;

/// <summary>Inputs the fuzzer (scripts/fuzz/run.sh) found that once escaped as raw exceptions: each must now be read
/// or refused with a clear <see cref="InputException"/>, and the command line must answer with exit code 2.</summary>
public class FuzzRegressionTests
{
    private static string Fixture(string name) => Path.Combine(RepositoryPaths.Root, "tests", "Galley.Tests", "fixtures", "fuzz", name);

    [Theory]
    [InlineData("docx-entry-count-mismatch.docx")]
    [InlineData("docx-corrupt-package.docx")]
    [InlineData("docx-wrong-root.docx")]
    [InlineData("epub-entry-count-mismatch.epub")]
    [InlineData("epub-bad-xml-version.epub")]
    public void A_damaged_package_is_refused_clearly(string name)
    {
        var path = Fixture(name);
        Assert.True(File.Exists(path), $"missing fixture {path}");
        var e = Assert.Throws<InputException>(() => ManuscriptFormats.Read(path));
        Assert.Contains(name, e.Message);
        var (exit, _, error) = CliRunner.Run("check", path);
        Assert.Equal(2, exit);
        Assert.DoesNotContain("internal error", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void A_package_that_reads_but_cannot_be_written_again_is_refused_and_left_untouched()
    {
        // Its chapters read and have fixes, but one entry has an empty name, which no zip writer can reproduce.
        var directory = Directory.CreateTempSubdirectory("galley-fuzz-");
        var path = Path.Combine(directory.FullName, "epub-nameless-entry.epub");
        File.Copy(Fixture("epub-nameless-entry.epub"), path);
        var original = File.ReadAllBytes(path);
        Assert.NotEmpty(ManuscriptFormats.Read(path).Text);

        var (exit, _, error) = CliRunner.Run("fix", path);

        Assert.Equal(2, exit);
        Assert.Contains("no name", error);
        Assert.DoesNotContain("   at ", error);
        Assert.Equal(original, File.ReadAllBytes(path));
        Assert.Equal([path], Directory.GetFiles(directory.FullName));
        directory.Delete(recursive: true);
    }

    public static TheoryData<string> TextFindings() =>
        new(Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "tests", "Galley.Tests", "fixtures", "fuzz"), "text-*").Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(TextFindings))]
    public void A_text_the_fuzzer_broke_is_checked_with_spans_inside_it(string name)
    {
        var text = Galley.Source.TextDecoder.Decode(File.ReadAllBytes(Fixture(name)), name);
        var result = Galley.Checking.Checker.Check(text);
        Assert.All(result.Diagnostics, d => Assert.InRange(d.Span.End, d.Span.Start, text.Length));
    }
}
