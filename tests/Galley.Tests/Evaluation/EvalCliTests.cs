using Galley.Evaluation;

namespace Galley.Tests.Evaluation;

public class EvalCliTests
{
    [Fact]
    public void Eval_fiction_scores_galley_by_category()
    {
        var path = CliRunner.TempFile("draft.txt", "The news would {devestate=>devastate|spelling} him.\n\nMara smiled and closed the door.\n");
        var (exit, output, error) = CliRunner.Run("eval", "fiction", path);
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Contains("1 marked errors; scoring galley", output);
        Assert.Contains("| spelling | 1 | 1 | 100.0 (1/1) | 100.0 (1/1) | 100.0 | 100.0 (1/1) | 100.0 (1/1) | 100.0 |", output);
        Assert.DoesNotContain("  false positive  ", output);
        Assert.Contains("11 words; 0 false positives, 0.00 per 1,000 words.", output);
    }

    [Fact]
    public void Unmarked_text_counts_every_flag_as_a_false_positive_per_thousand_words()
    {
        var path = CliRunner.TempFile("plain.txt", "The news would devestate him.\n\nShe closed the door quietly and sat down by the fire.\n");
        var (exit, output, _) = CliRunner.Run("eval", "fiction", path, "--summary-only");
        Assert.Equal(0, exit);
        // 16 words, 1 flag: 1000 · 1/16 = 62.5 per 1,000 words.
        Assert.Contains("16 words; 1 false positives, 62.50 per 1,000 words.", output);
        Assert.DoesNotContain("  false positive  ", output);
    }

    [Fact]
    public void Eval_fiction_scores_a_peer_and_lists_its_false_positives()
    {
        const string draft = "Wrenna laughed {a loud=>aloud|real-word}.";
        // Plain text: "Wrenna laughed a loud." — "Wrenna" is 0..6, "a loud" is 15..21.
        var peer = CliRunner.TempFile("peer.jsonl",
            """
            {"start":0,"end":6,"text":"Wrenna","kind":"Spelling","message":"Unknown word.","suggestions":["Wren"]}
            {"start":15,"end":21,"text":"a loud","kind":"WordChoice","message":"Did you mean aloud?","suggestions":["aloud"]}
            """);
        var path = CliRunner.TempFile("draft.txt", draft);
        var (exit, output, _) = CliRunner.Run("eval", "fiction", path, "--peer-json", peer);
        Assert.Equal(0, exit);
        Assert.Contains("| real-word | 1 | 1 | 100.0 (1/1) | 100.0 (1/1) | 100.0 |", output);
        Assert.Contains("| spelling | 0 | 1 | 0.0 (0/1) | – | – | 0.0 (0/1) | – | – |", output);
        Assert.Contains("| **all** | 1 | 2 | 50.0 (1/2) | 100.0 (1/1) | 55.6 |", output); // F0.5 = 1.25·.5·1/(.125+1)
        Assert.Contains($"false positive  {path}:1: harper:Spelling: \u201cWrenna\u201d → \u201cWren\u201d", output);
    }

    [Fact]
    public void Eval_fiction_runs_a_peer_command_on_the_plain_text()
    {
        if (OperatingSystem.IsWindows()) return;
        var path = CliRunner.TempFile("draft.txt", "It was {realy=>really|spelling} fine.");
        // The command prints a lint for the word at 7..12 of the plain text it is given ({file}).
        string command = "node -e \"const t=require('fs').readFileSync(process.argv[1],'utf8');const s=t.indexOf('realy');" +
                         "console.log(JSON.stringify({start:s,end:s+5,kind:'Spelling',message:'m',suggestions:['really']}))\" {file}";
        if (!CommandExists("node")) return;
        var (exit, output, error) = CliRunner.Run("eval", "fiction", path, "--peer-command", command);
        Assert.True(exit == 0, error);
        Assert.Contains("| spelling | 1 | 1 | 100.0 (1/1) | 100.0 (1/1) | 100.0 | 100.0 (1/1) | 100.0 (1/1) | 100.0 |", output);
    }

    [Fact]
    public void Eval_m2_scores_galley()
    {
        var path = CliRunner.TempFile("tiny.m2", "S The news would devestate him .\nA 3 4|||R:SPELL|||devastate|||REQUIRED|||-NONE-|||0\n\nS She closed the door .\n");
        var (exit, output, error) = CliRunner.Run("eval", "m2", path);
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Contains("tiny.m2: 2 sentences, 1 gold edits", output);
        Assert.Contains("| **all** | 1 | 1 | 100.0 (1/1) | 100.0 (1/1) | 100.0 | 100.0 (1/1) | 100.0 (1/1) | 100.0 |", output);
    }

    [Fact]
    public void Eval_m2_scores_corrected_sentences()
    {
        var m2 = CliRunner.TempFile("tiny.m2", "S The news would devestate him .\nA 3 4|||R:SPELL|||devastate|||REQUIRED|||-NONE-|||0\n");
        var good = CliRunner.TempFile("good.txt", "The news would devastate him .\n");
        var (exit, output, _) = CliRunner.Run("eval", "m2", m2, "--hypothesis", good);
        Assert.Equal(0, exit);
        Assert.Contains("| **all** | 1 | 1 | 100.0 (1/1) | 100.0 (1/1) | 100.0 | 100.0 (1/1) | 100.0 (1/1) | 100.0 |", output);
        var tooMany = CliRunner.TempFile("many.txt", "One .\nTwo .\n");
        var (badExit, _, error) = CliRunner.Run("eval", "m2", m2, "--hypothesis", tooMany);
        Assert.Equal(2, badExit);
        Assert.Contains("2 lines for 1 sentences", error);
    }

    [Fact]
    public void Eval_m2_sets_case_only_fixes_aside_when_the_gold_has_none()
    {
        var path = CliRunner.TempFile("case.m2", "S i think the news would devestate him .\nA 5 6|||R:SPELL|||devastate|||REQUIRED|||-NONE-|||0\n");
        var (exit, output, error) = CliRunner.Run("eval", "m2", path);
        Assert.True(exit == 0, error);
        Assert.Contains("Set aside, not scored: 1 flags whose fix changes only letter case", output);
        Assert.Contains("| **all** | 1 | 1 | 100.0 (1/1) | 100.0 (1/1) | 100.0 |", output);
        // Scored anyway, the restored capital counts as a false flag.
        var (_, scored, _) = CliRunner.Run("eval", "m2", path, "--score-case-only");
        Assert.DoesNotContain("Set aside", scored);
        Assert.Contains("| **all** | 1 | 2 | 50.0 (1/2) | 100.0 (1/1) |", scored);
    }

    [Fact]
    public void Malformed_m2_exits_two_with_the_line()
    {
        var path = CliRunner.TempFile("bad.m2", "S A b .\nA one two|||R:SPELL|||x|||REQUIRED|||-NONE-|||0\n");
        var (exit, output, error) = CliRunner.Run("eval", "m2", path);
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains($"{path}:2: edit positions must be two whole numbers", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void Malformed_fiction_mark_exits_two()
    {
        var path = CliRunner.TempFile("bad.txt", "Fine.\nA {mark=>fix|nonsense} here.");
        var (exit, _, error) = CliRunner.Run("eval", "fiction", path);
        Assert.Equal(2, exit);
        Assert.Contains($"{path}:2:3: unknown category 'nonsense'", error);
    }

    [Fact]
    public void Peer_json_and_peer_command_together_are_refused()
    {
        var path = CliRunner.TempFile("d.txt", "Fine.");
        var (exit, _, error) = CliRunner.Run("eval", "fiction", path, "--peer-json", "a.jsonl", "--peer-command", "cat");
        Assert.Equal(2, exit);
        Assert.Contains("not both", error);
    }

    private static bool CommandExists(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(d => File.Exists(Path.Combine(d, name)));
}

public class EvalCasesTests
{
    private const string Cases = """
        {"id": "a1", "kind": "positive", "category": "spelling", "lint": "Typo", "input": "The harbour was quiet untill dawn.", "expected": ["The harbour was quiet until dawn."]}
        {"id": "a2", "kind": "positive", "category": "spelling", "lint": "Typo", "input": "She said nothing at all.", "expected": ["She said nothing at all!"]}
        {"id": "n1", "kind": "negative", "category": "spelling", "lint": "Typo", "input": "The gulls circled the mast.", "clean": true}
        {"id": "n2", "kind": "negative", "category": "spelling", "lint": "Typo", "input": "He never beleived a word.", "clean": false}
        {"id": "c1", "kind": "count", "category": "grammar", "lint": "Other", "input": "Their is no time."}
        """;

    [Fact]
    public void Eval_cases_scores_found_corrected_and_false_alarms_by_category()
    {
        var path = CliRunner.TempFile("cases.jsonl", Cases);
        var (exit, output, error) = CliRunner.Run("eval", "cases", path, "--show-misses", "--show-false-alarms");
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Contains("cases.jsonl: 5 cases; scoring galley", output);
        // a1 is found and corrected; a2 (a sentence that is not wrong) is missed; n2 holds a real misspelling, so it
        // is an alarm on an unclean negative only.
        Assert.Contains("| spelling | 2 | 0.50 (1/2) | 0.50 (1/2) | – | 1 | 0.00 (0/1) | 0.50 (1/2) |", output);
        Assert.Contains("| grammar | 0 | – | – | 1.00 (1/1) | 0 | – | – |", output);
        Assert.Contains("missed         a2 [Typo]", output);
        Assert.Contains("false alarm    n2 [Typo] GL0001", output);
    }

    [Fact]
    public void Eval_cases_runs_a_peer_once_over_all_cases_and_gives_each_its_flags()
    {
        // The peer prints one lint at "untill" in the joined text (case a1 starts at 0): 22..28.
        var peer = CliRunner.TempFile("peer.sh", "printf '%s\\n' '{\"start\":22,\"end\":28,\"kind\":\"Spelling\",\"message\":\"m\",\"suggestions\":[\"until\"]}'\n");
        var path = CliRunner.TempFile("cases.jsonl", Cases);
        var (exit, output, _) = CliRunner.Run("eval", "cases", path, "--peer-command", $"sh {peer}");
        Assert.Equal(0, exit);
        Assert.Contains("| spelling | 2 | 0.50 (1/2) | 0.50 (1/2) | – | 1 | 0.00 (0/1) | 0.00 (0/2) |", output);
        Assert.Contains("| grammar | 0 | – | – | 0.00 (0/1) |", output);
    }

    [Fact]
    public void A_malformed_case_line_is_a_clear_error()
    {
        var path = CliRunner.TempFile("bad.jsonl", "{\"kind\": \"sideways\", \"input\": \"x\"}\n");
        var (exit, _, error) = CliRunner.Run("eval", "cases", path);
        Assert.Equal(2, exit);
        Assert.Contains("bad.jsonl:1: kind \u201csideways\u201d", error);
    }

    [Theory]
    [InlineData("She was board.", "She was bored.", 8, 13)]
    [InlineData("a apple", "an apple", 0, 1)]
    [InlineData("He went store.", "He went to the store.", 8, 8)]
    public void The_differing_words_are_widened_to_whole_words(string input, string expected, int start, int end)
    {
        var span = PeerCaseScoring.DifferingWords(input, expected);
        Assert.Equal((start, end), (span.Start, span.End));
    }
}
