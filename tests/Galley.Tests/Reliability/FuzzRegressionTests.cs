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
}
