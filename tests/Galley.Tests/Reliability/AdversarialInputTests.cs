using System.Text;
using Galley.Checking;
using Galley.Source;

namespace Galley.Tests.Reliability;

/// <summary>Manuscripts built to break a checker. Each must give a result or a clear refusal (exit code 2 with a
/// message naming the file), never a stack trace or a hang. The time-outs only catch hangs; speed is measured by
/// the benchmarks, not here.</summary>
public class AdversarialInputTests
{
    private const int HangGuardMs = 120_000;

    [Fact]
    public void An_empty_file_is_clean()
    {
        var (exit, output, error) = CliRunner.Run("check", CliRunner.TempFile("empty.txt", ""));
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Contains("No problems found", output);
    }

    [Fact(Timeout = HangGuardMs)]
    public async Task A_ten_megabyte_single_line_is_checked()
    {
        var line = new StringBuilder(10_500_000);
        while (line.Length < 10_000_000) line.Append("She said the words were alwaysz there, and Clark nodded. ");
        var path = CliRunner.TempFile("line.txt", line.ToString());
        var (exit, output, error) = await Task.Run(() => CliRunner.Run("check", path, "--format", "json"), TestContext.Current.CancellationToken);
        Assert.Equal("", error);
        // The slip repeated on every sentence reads as a deliberate invented word: a hint, which alone exits 0.
        Assert.Equal(0, exit);
        Assert.Contains("\"rule\": \"GL0004\"", output);
        Assert.Contains("alwaysz", output);
    }

    [Fact(Timeout = HangGuardMs)]
    public async Task A_hundred_thousand_unclosed_quotes_are_checked()
    {
        var text = string.Concat(Enumerable.Repeat("\"Wait ", 100_000));
        var result = await Task.Run(() => Checker.Check(text), TestContext.Current.CancellationToken);
        Assert.All(result.Diagnostics, d => Assert.InRange(d.Span.End, 0, text.Length));
    }

    [Theory(Timeout = HangGuardMs)]
    [InlineData("only punctuation", "?!.,;:'\"--...…—()[]{}***\n\n!!!???,,,")]
    [InlineData("right-to-left and combining marks", "\u05E9\u05DC\u05D5\u05DD \u0627\u0644\u0633\u0644\u0627\u0645 e\u0301te\u0301 n\u0303 Zalgo\u0336\u0337\u0338 \u202Eevil\u202C.")]
    [InlineData("a lone high surrogate", "She said \uD83D and left.")]
    [InlineData("a lone low surrogate", "\uDE00 began the story.")]
    [InlineData("emoji and joiners", "\U0001F469\u200D\U0001F467 waved. \U0001F3F3\uFE0F\u200D\U0001F308 flew.")]
    [InlineData("control characters", "A\u0001B\u0007C\u001B[31m red\u007F.")]
    public async Task Odd_text_is_checked_without_error(string what, string text)
    {
        var result = await Task.Run(() => Checker.Check(text), TestContext.Current.CancellationToken);
        Assert.True(result.Diagnostics.All(d => d.Span.Start >= 0 && d.Span.End <= text.Length), what);
    }

    [Fact]
    public void Nul_bytes_are_refused_with_the_offset()
    {
        var (exit, _, error) = CliRunner.Run("check", CliRunner.TempFile("nul.txt", [(byte)'a', (byte)'b', 0, (byte)'c']));
        Assert.Equal(2, exit);
        Assert.Contains("NUL byte at byte offset 2", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void A_lone_surrogate_encoded_in_a_file_is_refused_as_invalid()
    {
        // CESU-style bytes for U+D800: not valid UTF-8.
        var (exit, _, error) = CliRunner.Run("check", CliRunner.TempFile("surrogate.txt", [(byte)'a', 0xED, 0xA0, 0x80]));
        Assert.Equal(2, exit);
        Assert.Contains("not valid UTF-8", error);
        Assert.Contains("byte offset 1", error);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_before_it_is_read()
    {
        var path = CliRunner.TempFile("huge.txt", "");
        using (var stream = new FileStream(path, FileMode.Open)) stream.SetLength(1L << 30);   // sparse: 1 GB of nothing on disk
        try
        {
            var (exit, _, error) = CliRunner.Run("check", path);
            Assert.Equal(2, exit);
            Assert.Contains("larger than", error);
            Assert.Contains("split the manuscript", error);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void A_binary_file_is_refused()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        var (exit, _, error) = CliRunner.Run("check", CliRunner.TempFile("image.bin", bytes));
        Assert.Equal(2, exit);
        Assert.Contains("image.bin", error);
        Assert.DoesNotContain("   at ", error);
    }
}

/// <summary>Standard input of the real process is read as bytes and refused like a file when it is not text.</summary>
public class StandardInputTests
{
    [Fact(Timeout = 60_000)]
    public async Task Binary_standard_input_is_refused_with_exit_code_2()
    {
        var galley = Path.Combine(AppContext.BaseDirectory, "galley.dll");
        var start = new System.Diagnostics.ProcessStartInfo("dotnet", [galley, "check", "-"])
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        using var process = System.Diagnostics.Process.Start(start)!;
        var cancel = TestContext.Current.CancellationToken;
        await process.StandardInput.BaseStream.WriteAsync(new byte[] { (byte)'a', (byte)'b', 0, (byte)'c' }, cancel);
        process.StandardInput.Close();
        string error = await process.StandardError.ReadToEndAsync(cancel);
        await process.WaitForExitAsync(cancel);
        Assert.Equal(2, process.ExitCode);
        Assert.Contains("<stdin>: not a text file (a NUL byte at byte offset 2)", error);
    }
}

/// <summary>Markup nested far deeper than any manuscript: refused at once with a clear message, where a parser would
/// otherwise take minutes or give up with an internal error.</summary>
public class DeepNestingTests
{
    [Theory(Timeout = 60_000)]
    [InlineData("deep.html", "<div>", "</div>", 100_000)]
    [InlineData("deep-quotes.html", "<blockquote>", "</blockquote>", 50_000)]
    [InlineData("deep.md", ">", "", 5_000)]
    public async Task Absurdly_deep_nesting_is_refused_clearly(string name, string open, string close, int depth)
    {
        string text = string.Concat(Enumerable.Repeat(open, depth)) + " The glass fellfrom the shelf.\n" + string.Concat(Enumerable.Repeat(close, depth));
        var path = CliRunner.TempFile(name, text);
        var (exit, _, error) = await Task.Run(() => CliRunner.Run("check", path), TestContext.Current.CancellationToken);
        Assert.Equal(2, exit);
        Assert.Contains(name, error);
        Assert.DoesNotContain("internal error", error);
    }

    [Fact]
    public void Ordinary_nesting_and_sloppy_html_are_read()
    {
        string text = "<html><body>" + string.Concat(Enumerable.Repeat("<div><blockquote>", 100)) + "<p>One<p>Two<br>Three<img src=x>"
            + string.Concat(Enumerable.Repeat("</blockquote></div>", 100)) + string.Concat(Enumerable.Repeat("<li>item", 5_000)) + "</body></html>";
        var (exit, output, error) = CliRunner.Run("check", CliRunner.TempFile("ok.html", text));
        Assert.Equal("", error);
        Assert.Equal(0, exit);
        Assert.Contains("No problems found", output);
    }
}
