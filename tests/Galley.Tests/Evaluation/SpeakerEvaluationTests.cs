using Galley.Evaluation;
using Galley.Story;
using Galley.Text;

namespace Galley.Tests.Evaluation;

public class SpeakerEvaluationTests
{
    // A story written for these tests; the spans below are the text between each line's quotation marks.
    private const string Novel = "\"Is the kettle on?\" asked Mr. Brandt.\n\n\"It is,\" said Mrs. Brandt, \"and the bread is cut.\"\n\n\"Good.\"\n";

    private static TextSpan Inner(string quoted, int occurrence = 0)
    {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) at = Novel.IndexOf(quoted, at + 1, StringComparison.Ordinal);
        return new TextSpan(at, quoted.Length);
    }

    private const string Quotations = """
        "quoteID","quoteText","quoteByteSpans","speaker","quoteType"
        "Q0","Is the kettle on?","[[1, 18]]","Gerhard Brandt","Explicit"
        "Q1","It is, and the bread is cut.","[[40, 46], [67, 88]]","Mrs. Brandt","Anaphoric"
        "Q2","Good.","[[92, 97]]","Gerhard Brandt","nan"
        """;

    private const string Characters = """
        Character ID,Main Name,Aliases,Gender,Category
        0,Gerhard Brandt,"{'Mr. Brandt', 'Gerhard', ""the old man's son""}",M,major
        1,Mrs. Brandt,"{'Mrs. Brandt', 'Ilse'}",F,major
        """;

    [Fact]
    public void Csv_fields_may_be_quoted_hold_commas_doubled_quotes_and_line_breaks()
    {
        var rows = SpeakerCsv.Rows("a,\"b, c\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",,x\n");
        Assert.Equal(2, rows.Count);
        Assert.Equal(["a", "b, c", "say \"hi\""], rows[0]);
        Assert.Equal(["two\nlines", "", "x"], rows[1]);
    }

    [Fact]
    public void Quotations_read_their_spans_speaker_and_type()
    {
        var quotations = SpeakerCsv.Quotations(Quotations, "q.csv");
        Assert.Equal(3, quotations.Count);
        Assert.Equal([TextSpan.FromBounds(40, 46), TextSpan.FromBounds(67, 88)], quotations[1].Spans);
        Assert.Equal("Mrs. Brandt", quotations[1].Speaker);
        Assert.Equal(QuoteType.Anaphoric, quotations[1].Type);
        Assert.Equal(QuoteType.Unknown, quotations[2].Type);
        Assert.Equal("Is the kettle on?", Novel.Substring(quotations[0].Spans[0].Start, quotations[0].Spans[0].Length));
    }

    [Fact]
    public void Characters_read_aliases_from_a_python_set_with_either_quote()
    {
        var characters = SpeakerCsv.Characters(Characters, "c.csv");
        Assert.Equal("Gerhard Brandt", characters[0].MainName);
        Assert.Equal(["Mr. Brandt", "Gerhard", "the old man's son"], characters[0].Aliases);
        Assert.Equal("F", characters[1].Gender);
    }

    [Fact]
    public void Bad_spans_and_types_name_the_file_and_record()
    {
        var spans = Assert.Throws<Galley.Source.InputException>(() => SpeakerCsv.Quotations("quoteID,quoteByteSpans,speaker,quoteType\nQ0,[[5]],A,Explicit\n", "q.csv"));
        Assert.Contains("q.csv: record 2:", spans.Message);
        var type = Assert.Throws<Galley.Source.InputException>(() => SpeakerCsv.Quotations("quoteID,quoteByteSpans,speaker,quoteType\nQ0,\"[[1, 5]]\",A,Spoken\n", "q.csv"));
        Assert.Contains("unknown quoteType", type.Message);
    }

    [Theory]
    [InlineData("Mr. Brandt", "Gerhard Brandt")]     // an alias
    [InlineData("mr brandt", "Gerhard Brandt")]      // case and full stops do not matter
    [InlineData("Gerhard", "Gerhard Brandt")]
    [InlineData("Ilse Brandt", "Mrs. Brandt")]       // contains the alias Ilse
    [InlineData("Mrs. Ilse", "Mrs. Brandt")]          // contains Ilse, and no name of anyone else
    [InlineData("Brandt", null)]                      // within Mr. Brandt and Mrs. Brandt: ambiguous
    [InlineData("Mr.", null)]                         // a title alone names no one
    [InlineData("Tomasz", null)]
    [InlineData("Gerhart", "Gerhard Brandt")]         // no name fits exactly: one letter off in a long word (a gold typo)
    [InlineData("Mrs. Ilsa", null)]                   // a short word (Ilse) is never read as a typo
    public void A_speaker_name_maps_to_one_gold_character(string name, string? expected)
    {
        var names = new SpeakerNames(SpeakerCsv.Characters(Characters, "c.csv"));
        Assert.Equal(expected, names.Resolve(name));
    }

    [Theory]
    [InlineData("Gerhard Brandt", "Gerhard Brandt")]
    [InlineData("Gerhard", "Gerhard Brandt")]          // the corpus sometimes gives an alias as the speaker
    [InlineData("Ilse", "Mrs. Brandt")]
    [InlineData("Tomasz", "Tomasz")]                   // no character: kept as written, so it matches no one
    public void A_gold_speaker_given_by_alias_is_its_character(string speaker, string expected)
    {
        var names = new SpeakerNames(SpeakerCsv.Characters(Characters, "c.csv"));
        Assert.Equal(expected, names.GoldCharacter(speaker));
    }

    [Fact]
    public void Each_gold_quotation_is_matched_to_the_line_that_overlaps_it_most()
    {
        var novel = new SpeakerNovel("kitchen", Novel, SpeakerCsv.Quotations(Quotations, "q.csv"), SpeakerCsv.Characters(Characters, "c.csv"));
        DialogueLine Line(TextSpan span, string? speaker) => new(span, Novel.Substring(span.Start, span.Length), speaker, null, Attribution.Tag, 0);
        var dialogue = new[]
        {
            Line(Inner("Is the kettle on?"), "Brandt"),           // ambiguous: wrong
            Line(Inner("It is,"), "Mr. Brandt"),                  // the shorter part of Q1
            Line(Inner("and the bread is cut."), "Ilse"),         // the longer part decides: right
        };
        var score = SpeakerEvaluation.Score(novel, dialogue);
        Assert.Equal([SpeakerOutcome.Wrong, SpeakerOutcome.Correct, SpeakerOutcome.NotFound], score.Matches.Select(m => m.Outcome));
        Assert.Equal(new SpeakerTally(3, 2, 1, 0), score.Total);
        Assert.Equal(new SpeakerTally(1, 1, 1, 0), score.Of(QuoteType.Anaphoric));
        Assert.Equal(1.0 / 3, score.Total.Accuracy, 6);
    }

    [Fact]
    public void Eval_speakers_runs_the_story_report_on_each_novel_folder()
    {
        var root = Path.GetDirectoryName(CliRunner.TempFile("unused", ""))!;
        var folder = Path.Combine(root, "kitchen");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, SpeakerNovel.TextFile), Novel);
        File.WriteAllText(Path.Combine(folder, SpeakerNovel.QuotationFile), Quotations);
        File.WriteAllText(Path.Combine(folder, SpeakerNovel.CharacterFile), Characters);
        var (exit, output, error) = CliRunner.Run("eval", "speakers", root);
        Assert.True(exit == 0, error);
        Assert.Contains("| kitchen | 3 | 100.0 |", output);
        var (_, json, _) = CliRunner.Run("eval", "speakers", folder, "--format", "json");
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        Assert.Equal(3, doc.RootElement.GetProperty("pooled").GetProperty("quotations").GetInt32());
        Assert.Equal(1, doc.RootElement.GetProperty("pooled").GetProperty("byType").GetProperty("explicit").GetProperty("quotations").GetInt32());
    }
}
