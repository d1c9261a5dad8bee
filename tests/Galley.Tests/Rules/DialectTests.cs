using Galley.Checking;
using Galley.Diagnostics;
using Galley.Lexicon;

namespace Galley.Tests.Rules;

/// <summary>GL0006 holds a manuscript to the dialect it is written in, decided from the whole manuscript, unless the
/// writer chose one; these are manuscripts of several paragraphs, which a rule's one-sentence examples cannot show.</summary>
public class DialectTests
{
    /// <summary>Eight British spellings (colour, harbour, realised, favourite, neighbour, honour, centre, apologised), and theatre, which Americans write too.</summary>
    private static readonly string[] British =
    [
        "The colour of the sky had changed by the time we reached the harbour. I realised then that my favourite coat was still on the train.",
        "\"You'll catch your death,\" said my neighbour, who had an opinion about everything and the honour of the street to keep.",
        "We walked towards the theatre in the centre of town, past shops whose signs had lost their colour years ago.",
        "I apologised for being late. Nobody seemed to mind.",
    ];

    private static readonly string[] American =
    [
        "The color of the sky had changed by the time we reached the harbor. I realized then that my favorite coat was still on the train.",
        "\"You'll catch your death,\" said my neighbor, who had an opinion about everything and the honor of the street to keep.",
        "We walked toward the theater in the center of town, past shops whose signs had lost their color years ago.",
        "I apologized for being late. Nobody seemed to mind.",
    ];

    private static List<Diagnostic> DialectFlags(IEnumerable<string> paragraphs, CheckOptions? options = null)
    {
        var text = string.Join("\n\n", paragraphs);
        return Checker.Check(text, options ?? CheckOptions.Default).Diagnostics.Where(d => d.RuleId == "GL0006").ToList();
    }

    private static string Flagged(string text, Diagnostic d) => text.Substring(d.Span.Start, d.Span.Length);

    [Fact]
    public void A_british_manuscript_has_no_dialect_flags() => Assert.Empty(DialectFlags(British));

    [Fact]
    public void An_american_spelling_in_a_british_manuscript_is_flagged_as_inconsistent()
    {
        var paragraphs = British.Append("She laughed, and the color came back to her face.").ToList();
        var flag = Assert.Single(DialectFlags(paragraphs));
        Assert.Equal("color", Flagged(string.Join("\n\n", paragraphs), flag));
        Assert.Contains("British way elsewhere", flag.Message);
        Assert.Equal("colour", flag.Fixes[0].Edits[0].NewText);
    }

    [Fact]
    public void An_american_manuscript_is_checked_as_before()
    {
        var paragraphs = American.Append("She laughed, and the colour came back to her face.").ToList();
        var flag = Assert.Single(DialectFlags(paragraphs));
        Assert.Equal("colour", Flagged(string.Join("\n\n", paragraphs), flag));
        Assert.Equal("color", flag.Fixes[0].Edits[0].NewText);
        Assert.Equal(DialectFlags(paragraphs, new CheckOptions { Dialect = Dialect.EnUS }).Select(d => d.Span), [flag.Span]);
    }

    [Fact]
    public void A_misspelling_in_a_british_manuscript_is_given_the_british_spelling()
    {
        string Suggested(IEnumerable<string> paragraphs) => Checker.Check(string.Join("\n\n", paragraphs.Append("It was my favrite place.")))
            .Diagnostics.Single(d => d.RuleId == "GL0001").Fixes[0].Edits[0].NewText;
        Assert.Equal("favourite", Suggested(British));
        Assert.Equal("favorite", Suggested(American));
    }

    [Fact]
    public void Too_little_evidence_keeps_the_default_dialect()
    {
        // Two British spellings are fewer than the evidence asked for: the manuscript is checked as American.
        string[] paragraphs = ["The colour of the sky had changed.", "My neighbour waved from the pier.", "We went home.", "The colour faded."];
        Assert.Equal(3, DialectFlags(paragraphs).Count);
    }

    [Fact]
    public void Mixed_spellings_keep_the_default_dialect()
    {
        // Many British spellings, but American ones are more than a third as many: no clear majority.
        var paragraphs = British.Concat(["The color of the theater was gray.", "My favorite neighbor honored the center."]).ToList();
        var flags = DialectFlags(paragraphs);
        var text = string.Join("\n\n", paragraphs);
        Assert.Contains(flags, d => Flagged(text, d) == "colour" && d.Message.Contains("other dialect"));
        Assert.DoesNotContain(flags, d => Flagged(text, d) == "color");
    }

    [Fact]
    public void A_chosen_dialect_is_held_to_strictly()
    {
        var american = DialectFlags(British, new CheckOptions { Dialect = Dialect.EnUS });
        Assert.True(american.Count >= 8, $"only {american.Count} British spellings flagged");
        Assert.All(american, d => Assert.Contains("other dialect", d.Message));
        Assert.Empty(DialectFlags(British, new CheckOptions { Dialect = Dialect.EnGB }));
    }

    [Fact]
    public void The_cli_auto_detects_unless_dialect_is_given()
    {
        var path = CliRunner.TempFile("british.txt", string.Join("\n\n", British));
        Assert.DoesNotContain("GL0006", CliRunner.Run("check", path).Out);
        Assert.DoesNotContain("GL0006", CliRunner.Run("check", path, "--dialect", "auto").Out);
        Assert.Contains("GL0006", CliRunner.Run("check", path, "--dialect", "en-US").Out);
        Assert.Equal(2, CliRunner.Run("check", path, "--dialect", "fr").Exit);
    }

    [Theory]
    [InlineData("{}", null)]
    [InlineData("{\"galley\": {\"dialect\": \"auto\"}}", null)]
    [InlineData("{\"galley.dialect\": \"en-GB\"}", Dialect.EnGB)]
    [InlineData("{\"galley\": {\"dialect\": \"en-US\"}}", Dialect.EnUS)]
    public void An_editors_setting_chooses_a_dialect_or_leaves_it_automatic(string settings, Dialect? chosen)
    {
        using var json = System.Text.Json.JsonDocument.Parse(settings);
        var options = Galley.Server.Lsp.LspSettings.From(json.RootElement, TextWriter.Null).ToOptions(new HashSet<string>());
        Assert.Equal(chosen is not null, options.DialectChosen);
        Assert.Equal(chosen ?? Dialect.EnUS, options.Dialect);
    }

    [Fact]
    public void A_british_text_with_a_few_ize_and_dgment_spellings_is_british_not_mixed()
    {
        var paragraphs = British.Append("I realized, to my surprise, that her judgment had been sound; I recognized it at once and "
            + "organized my acknowledgments accordingly.").ToList();
        Assert.Empty(DialectFlags(paragraphs));
        var report = Galley.Story.StoryAnalysis.Analyze(string.Join("\n\n", paragraphs));
        Assert.Equal(Dialect.EnGB, report.Spelling.Dialect);
        Assert.Equal(0, report.Spelling.AmericanSpellings);
    }

    [Fact]
    public void Oxford_ize_spellings_and_capitalized_names_pass_in_a_british_manuscript()
    {
        var paragraphs = British.Append("I realized we had sailed past Pearl Harbor and the old Labor Hall.").ToList();
        Assert.Empty(DialectFlags(paragraphs));
    }

    [Theory]
    [InlineData("color", Dialect.EnUS, "colour")]
    [InlineData("colour", Dialect.EnGB, "color")]
    [InlineData("centre", Dialect.EnGB, "center")]
    [InlineData("defense", Dialect.EnUS, "defence")]
    [InlineData("traveled", Dialect.EnUS, "travelled")]
    [InlineData("catalogue", Dialect.EnGB, "catalog")]
    [InlineData("analyze", Dialect.EnUS, "analyse")]
    [InlineData("judgment", Dialect.EnUS, "judgement")]
    [InlineData("diarrhoea", Dialect.EnGB, "diarrhea")]
    [InlineData("anaemia", Dialect.EnGB, "anemia")]
    public void A_distinctive_spelling_has_its_counterpart(string word, Dialect dialect, string counterpart) =>
        Assert.Equal(counterpart, DialectSpelling.Counterpart(Lexicon.Lexicon.Default, word, dialect));

    [Theory]
    [InlineData("water")]      // both dialects
    [InlineData("gotten")]     // a word, not a spelling: no British counterpart
    [InlineData("grey")]       // British, but Americans write it too
    [InlineData("realize")]    // Oxford spelling is British too
    [InlineData("judgment")]   // British writing has always used it beside judgement
    [InlineData("acknowledgments")]
    [InlineData("perv")]       // not prev: a chance pair of unrelated words, not a spelling
    [InlineData("gibes")]      // not gybes
    [InlineData("forme")]      // not formae
    [InlineData("dramatis")]   // not dramatise
    public void A_word_both_dialects_write_is_no_evidence(string word) =>
        Assert.Null(DialectSpelling.Distinctive(Lexicon.Lexicon.Default, word));

    [Fact]
    public void The_story_report_states_the_dialect_and_its_evidence()
    {
        var report = Galley.Story.StoryAnalysis.Analyze(string.Join("\n\n", British));
        Assert.Equal(Dialect.EnGB, report.Spelling.Dialect);
        Assert.True(report.Spelling.BritishSpellings >= DialectEvidence.MinimumSpellings);
        Assert.Equal(0, report.Spelling.AmericanSpellings);
        Assert.StartsWith("British", report.Spelling.Describe());
        Assert.Null(Galley.Story.StoryAnalysis.Analyze("The colour of the sky.").Spelling.Dialect);

        var path = CliRunner.TempFile("british-report.txt", string.Join("\n\n", British));
        using var json = System.Text.Json.JsonDocument.Parse(CliRunner.Run("report", path, "--format", "json").Out);
        var spelling = json.RootElement.GetProperty("spelling");
        Assert.Equal("en-GB", spelling.GetProperty("dialect").GetString());
        Assert.Equal(report.Spelling.BritishSpellings, spelling.GetProperty("britishSpellings").GetInt32());
        Assert.Contains("spelling: British", CliRunner.Run("report", path, "--no-color").Out);
    }
}
