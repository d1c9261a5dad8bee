using Galley.Evaluation;
using Galley.Source;

namespace Galley.Tests.Evaluation;

public class HarperJsonTests
{
    [Fact]
    public void Lints_become_flags_with_their_first_suggestion_as_fix()
    {
        string[] lines =
        [
            """{"start":4,"end":9,"text":"loose","kind":"WordChoice","message":"Did you mean lose?","suggestions":["lose","loss"]}""",
            "",
            """{"start":0,"end":3,"text":"She","kind":"Readability","message":"Long sentence.","suggestions":[]}""",
        ];
        var flags = HarperJson.Parse(lines, 20, "h.jsonl");
        Assert.Equal(2, flags.Count);
        Assert.Equal("real-word", flags[0].Category);
        Assert.Equal("lose", Assert.Single(flags[0].Fix).NewText);
        Assert.Equal((4, 9), (flags[0].Span.Start, flags[0].Span.End));
        Assert.Equal("style", flags[1].Category);
        Assert.Empty(flags[1].Fix);
    }

    [Fact]
    public void Suggestion_kinds_say_when_a_suggestion_inserts_after_the_span()
    {
        string[] lines =
        [
            """{"start":4,"end":9,"kind":"Style","message":"Oxford comma.","suggestions":[","],"suggestion_kinds":["insert-after"]}""",
            """{"start":10,"end":14,"kind":"Repetition","message":"Doubled.","suggestions":[""],"suggestion_kinds":["remove"]}""",
        ];
        var flags = HarperJson.Parse(lines, 20, "h.jsonl");
        var insert = Assert.Single(flags[0].Fix);
        Assert.Equal((9, 9, ","), (insert.Span.Start, insert.Span.End, insert.NewText));
        var remove = Assert.Single(flags[1].Fix);
        Assert.Equal((10, 14, ""), (remove.Span.Start, remove.Span.End, remove.NewText));
    }

    [Theory]
    [InlineData("not json", "h.jsonl:1")]
    [InlineData("""{"start":5,"end":50,"kind":"Spelling"}""", "h.jsonl:1")]
    [InlineData("""{"end":5,"kind":"Spelling"}""", "h.jsonl:1")]
    public void Bad_lines_are_input_errors(string line, string where)
    {
        var e = Assert.Throws<InputException>(() => HarperJson.Parse([line], 20, "h.jsonl"));
        Assert.StartsWith(where, e.Message);
    }
}
