using Galley.Diagnostics;
using Galley.Evaluation;
using Galley.Source;
using Galley.Text;

namespace Galley.Tests.Evaluation;

public class M2Tests
{
    private const string TwoSentences = """
        S He go to scool yesturday .
        A 1 2|||R:VERB:TENSE|||went|||REQUIRED|||-NONE-|||0
        A 3 4|||R:SPELL|||school|||REQUIRED|||-NONE-|||0
        A 4 5|||R:SPELL|||yesterday|||REQUIRED|||-NONE-|||0
        A 1 2|||R:VERB:SVA|||goes|||REQUIRED|||-NONE-|||1
        A 3 4|||R:SPELL|||school|||REQUIRED|||-NONE-|||1
        A 4 5|||R:SPELL|||yesterday|||REQUIRED|||-NONE-|||1

        S Its a nice day .
        A 0 1|||R:CONTR|||It 's|||REQUIRED|||-NONE-|||0
        A -1 -1|||noop|||-NONE-|||REQUIRED|||-NONE-|||1
        """;

    private static M2Document Document(string m2) => new(M2Reader.Parse(m2.Split('\n'), "t.m2").Sentences);

    /// <summary>A flag replacing the n-th occurrence of <paramref name="wrong"/> in the joined text.</summary>
    private static TextFlag Replace(string text, string wrong, string right, string category = "spelling")
    {
        int start = text.IndexOf(wrong, StringComparison.Ordinal);
        var span = new TextSpan(start, wrong.Length);
        return new TextFlag(span, [new TextEdit(span, right)], category, "T", "test");
    }

    [Fact]
    public void Reader_keeps_tokens_annotators_and_noop()
    {
        var sentences = M2Reader.Parse(TwoSentences.Split('\n'), "t.m2").Sentences;
        Assert.Equal(2, sentences.Count);
        Assert.Equal(["He", "go", "to", "scool", "yesturday", "."], sentences[0].Tokens);
        Assert.Equal(3, sentences[0].Annotators["1"].Count);
        Assert.Equal("agreement", sentences[0].Annotators["1"][0].Category);
        Assert.Equal(["goes"], sentences[0].Annotators["1"][0].Edit.Replacement);
        Assert.Empty(sentences[1].Annotators["1"]);
        Assert.Equal(["It", "'s"], sentences[1].Annotators["0"][0].Edit.Replacement);
        Assert.Equal("apostrophes", sentences[1].Annotators["0"][0].Category);
    }

    [Fact]
    public void Scores_against_the_best_annotator_per_sentence()
    {
        var doc = Document(TwoSentences);
        Assert.Equal("He go to scool yesturday.\n\nIts a nice day.", doc.Text);
        var flags = new[]
        {
            Replace(doc.Text, "He", "She"),            // matches no edit of either annotator
            Replace(doc.Text, "go", "goes", "agreement"),
            Replace(doc.Text, "scool", "school"),
            Replace(doc.Text, "yesturday", "yesterday"),
            Replace(doc.Text, "Its", "It's", "apostrophes"), // retokenized to "It 's"
        };
        var (scores, sentences) = M2Evaluation.Score(doc, flags);

        // Sentence 1, annotator 0: 2 of 4 fixes right, 2 of 3 edits: F0.5 = 1.25·.5·.667/(.125+.667) = .526.
        //             annotator 1: 3 of 4 right, 3 of 3 edits: F0.5 = 1.25·.75·1/(.1875+1) = .789 → annotator 1.
        Assert.Equal("1", sentences[0].Annotator);
        // Sentence 2 on the running totals (3 right of 4 fixes, 3 edits):
        //   annotator 0 (It 's): 4/5 right, 4/4 edits: F0.5 = 1.25·.8/(.2+1) = .833;
        //   annotator 1 (noop):  3/5 right, 3/3 edits: F0.5 = 1.25·.6/(.15+1) = .652 → annotator 0.
        Assert.Equal("0", sentences[1].Annotator);

        var total = scores.Total;
        Assert.Equal((4, 4, 5, 4), (total.Gold, total.GoldCorrected, total.Fixes, total.FixesCorrect));
        Assert.Equal(0.8, total.CorrectionPrecision.Value, 6);
        Assert.Equal(1.0, total.CorrectionRecall.Value, 6);
        Assert.Equal(0.833333, total.CorrectionF, 5);
        Assert.Equal(4, total.FlagsDetecting); // "He" → "She" detects nothing
        Assert.Equal(2, scores.ByCategory["spelling"].Gold);
        Assert.Equal(3, scores.ByCategory["spelling"].Flags);
        Assert.Equal(2, scores.ByCategory["spelling"].FixesCorrect);
    }

    [Fact]
    public void Dialogue_fix_across_tokens_becomes_one_token_edit()
    {
        var doc = Document("""
            S " Stay . " He said .
            A 2 3|||R:PUNCT|||,|||REQUIRED|||-NONE-|||0
            A 4 5|||R:ORTH|||he|||REQUIRED|||-NONE-|||0
            """);
        Assert.Equal("\"Stay.\" He said.", doc.Text);
        var flag = Replace(doc.Text, ".\" He", ",\" he", "dialogue");
        var tokenFlags = M2Evaluation.ToTokenFlags([flag], doc.Texts[0], 0, doc.Text);
        var edit = Assert.Single(tokenFlags[0].Fix);
        Assert.Equal((2, 5), (edit.Start, edit.End));
        Assert.Equal([",", "\"", "he"], edit.Replacement);
        var (scores, _) = M2Evaluation.Score(doc, [flag]);
        Assert.Equal((2, 2, 1, 1), (scores.Total.Gold, scores.Total.GoldCorrected, scores.Total.Fixes, scores.Total.FixesCorrect));
    }

    [Theory]
    // An insertion that abuts a word joins it before tokenizing: "Clark" + "'s" is the token insertion "'s".
    [InlineData("S Clark head hurt .", "Clark", "Clark's", 1, 1, "'s")]
    // A comma inserted between a word and a closing quote is a token insertion between them.
    [InlineData("S \" No \" I said .", "No", "No,", 2, 2, ",")]
    // Replacing a whole word replaces its token.
    [InlineData("S I could of gone .", "of", "have", 2, 3, "have")]
    public void Character_fixes_become_minimal_token_edits(string m2, string wrong, string right, int start, int end, string tokens)
    {
        var doc = Document(m2);
        var flag = Replace(doc.Text, wrong, right);
        var edit = Assert.Single(M2Evaluation.ToTokenFlags([flag], doc.Texts[0], 0, doc.Text)[0].Fix);
        Assert.Equal((start, end), (edit.Start, edit.End));
        Assert.Equal(tokens.Split(' '), edit.Replacement);
    }

    [Fact]
    public void Hypothesis_sentences_become_one_edit_per_run_of_changed_tokens()
    {
        string[] source = ["He", "go", "to", "scool", "yesturday", "."];
        var flags = M2Evaluation.HypothesisFlags(source, ["He", "went", "to", "school", "yesterday", "today", "."]);
        Assert.Equal(2, flags.Count);
        Assert.Equal((1, 2, "went"), (flags[0].Fix[0].Start, flags[0].Fix[0].End, string.Join(' ', flags[0].Fix[0].Replacement)));
        Assert.Equal((3, 5, "school yesterday today"), (flags[1].Fix[0].Start, flags[1].Fix[0].End, string.Join(' ', flags[1].Fix[0].Replacement)));
        Assert.Empty(M2Evaluation.HypothesisFlags(source, source));
    }

    [Fact]
    public void Corrected_sentences_are_scored_and_annotators_can_be_left_out()
    {
        var sentences = M2Reader.Parse(TwoSentences.Split('\n'), "t.m2").Sentences;
        IReadOnlyList<SystemFlag<string>>[] flags =
        [
            M2Evaluation.HypothesisFlags(sentences[0].Tokens, "He went to school yesterday .".Split(' ')),
            M2Evaluation.HypothesisFlags(sentences[1].Tokens, "It 's a nice day .".Split(' ')),
        ];
        // Against every annotator: sentence 1 matches annotator 0 exactly (went; "school yesterday" as one edit making
        // two gold edits), sentence 2 annotator 0: 2 of 2 fixes right, 4 of 4 gold edits made: P = R = F0.5 = 1.
        var (all, _) = M2Evaluation.Score(sentences, flags);
        Assert.Equal((4, 4, 3, 3), (all.Total.Gold, all.Total.GoldCorrected, all.Total.Fixes, all.Total.FixesCorrect));
        // Without annotator 0: sentence 1 against annotator 1 (goes): "went" is wrong, "school yesterday" right: 1/2
        // fixes, 2/3 edits; sentence 2 against annotator 1's noop: its fix is wrong. P = 1/3, R = 2/3,
        // F0.5 = 1.25·(1/3)·(2/3) / (.25·(1/3) + 2/3) = .27778/.75 = .37037.
        var (others, results) = M2Evaluation.Score(sentences, flags, new HashSet<string> { "0" });
        Assert.All(results, r => Assert.Equal("1", r.Annotator));
        Assert.Equal(0.37037, others.Total.CorrectionF, 5);
    }

    [Fact]
    public void Case_only_fixes_are_set_aside_only_when_the_gold_has_no_case_only_edit()
    {
        var caseBlind = M2Reader.Parse("S i go to scool .\nA 3 4|||R:SPELL|||school|||REQUIRED|||-NONE-|||0".Split('\n'), "t.m2").Sentences;
        var withCase = M2Reader.Parse("S i go to scool .\nA 0 1|||R:ORTH|||I|||REQUIRED|||-NONE-|||0".Split('\n'), "t.m2").Sentences;
        Assert.False(M2Evaluation.GoldHasCaseOnlyEdits(caseBlind));
        Assert.True(M2Evaluation.GoldHasCaseOnlyEdits(withCase));

        IReadOnlyList<SystemFlag<string>>[] flags = [M2Evaluation.HypothesisFlags(caseBlind[0].Tokens, "I go to school .".Split(' '))];
        var (kept, setAside) = M2Evaluation.WithoutCaseOnlyFlags(caseBlind, flags);
        Assert.Equal(1, setAside);
        var flag = Assert.Single(kept[0]);
        Assert.Equal(["school"], flag.Fix[0].Replacement);
        // A flag with no fix, or a fix that changes more than case (i → we), is kept.
        IReadOnlyList<SystemFlag<string>>[] others =
        [
            [new SystemFlag<string>(0, 1, [], "capitalization", "no fix"), .. M2Evaluation.HypothesisFlags(caseBlind[0].Tokens, "We go to scool .".Split(' '))],
        ];
        Assert.Equal(0, M2Evaluation.WithoutCaseOnlyFlags(caseBlind, others).SetAside);
    }

    [Fact]
    public void A_fix_that_changes_no_token_leaves_a_flag_without_fix()
    {
        var doc = Document("S It is fine .");
        var span = new TextSpan(2, 1);
        var flags = M2Evaluation.ToTokenFlags([new TextFlag(span, [new TextEdit(span, "  ")], "sentences", "T", "spacing")], doc.Texts[0], 0, doc.Text);
        Assert.Empty(flags[0].Fix);
    }

    [Fact]
    public void Detokenizer_glues_punctuation_and_clitics_and_keeps_token_ranges()
    {
        string[] tokens = ["\"", "I", "do", "n't", "know", ",", "\"", "she", "said", "(", "quietly", ")", "."];
        var d = Detokenizer.Detokenize(tokens);
        Assert.Equal("\"I don't know,\" she said (quietly).", d.Text);
        for (int i = 0; i < tokens.Length; i++) Assert.Equal(tokens[i], d.Text[d.Starts[i]..d.Ends[i]]);
        Assert.Equal(tokens, Detokenizer.Tokenize(d.Text));
    }

    [Fact]
    public void Detokenized_jfleg_sentences_tokenize_back_to_their_tokens()
    {
        if (RepositoryPaths.Shared is not { } shared || !File.Exists(Path.Combine(shared, "eval", "jfleg-dev.m2"))) return;
        var sentences = M2Reader.Parse(File.ReadLines(Path.Combine(shared, "eval", "jfleg-dev.m2")), "jfleg-dev.m2").Sentences;
        int same = sentences.Count(s => Detokenizer.Tokenize(Detokenizer.Detokenize(s.Tokens).Text).SequenceEqual(s.Tokens));
        Assert.True(same >= sentences.Count * 0.95, $"{same} of {sentences.Count} round-trip");
    }

    [Theory]
    [InlineData("A 0 1|||R:SPELL|||x|||REQUIRED|||-NONE-|||0", "t.m2:1", "must follow an S line")]
    [InlineData("S A b .\nA zero 1|||R:SPELL|||x|||REQUIRED|||-NONE-|||0", "t.m2:2", "two whole numbers")]
    [InlineData("S A b .\nA 2 1|||R:SPELL|||x|||REQUIRED|||-NONE-|||0", "t.m2:2", "not a range")]
    [InlineData("S A b .\nA 0 1 R:SPELL x", "t.m2:2", "A line reads")]
    [InlineData("S A b .\nX something", "t.m2:2", "expected a line starting with 'S ' or 'A '")]
    public void Malformed_lines_are_input_errors(string m2, string where, string message)
    {
        var e = Assert.Throws<InputException>(() => M2Reader.Parse(m2.Split('\n'), "t.m2"));
        Assert.StartsWith(where, e.Message);
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void Edits_past_the_last_token_are_clamped_with_a_warning()
    {
        var file = M2Reader.Parse("S A b\nA 3 3|||M:PUNCT|||.|||REQUIRED|||-NONE-|||0".Split('\n'), "t.m2");
        var edit = file.Sentences[0].Annotators["0"][0].Edit;
        Assert.Equal((2, 2), (edit.Start, edit.End));
        Assert.Contains("t.m2:2", Assert.Single(file.Warnings));
    }
}
