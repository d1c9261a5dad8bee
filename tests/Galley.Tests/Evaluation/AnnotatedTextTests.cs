using Galley.Evaluation;
using Galley.Source;

namespace Galley.Tests.Evaluation;

public class AnnotatedTextTests
{
    [Fact]
    public void Plain_corrected_and_offsets_come_from_the_marks()
    {
        const string source = "\"Stay{.=>,|dialogue}\" he said.\nI almost laughed {a loud=>aloud|realword|confusion}.{=> Then|sentences}";
        var doc = AnnotatedText.Parse(source, "t.txt");
        Assert.Equal("\"Stay.\" he said.\nI almost laughed a loud.", doc.Plain);
        Assert.Equal("\"Stay,\" he said.\nI almost laughed aloud. Then", doc.Corrected);
        Assert.Equal(3, doc.Edits.Count);

        var comma = doc.Edits[0];
        Assert.Equal((5, 6), (comma.Start, comma.End));
        Assert.Equal(".", doc.Plain[comma.Start..comma.End]);
        Assert.Equal(("dialogue", 1), (comma.Category, comma.Line));

        var aloud = doc.Edits[1];
        Assert.Equal("a loud", doc.Plain[aloud.Start..aloud.End]);
        Assert.Equal(("real-word", "confusion", 2), (aloud.Category, aloud.Note, aloud.Line));

        var insertion = doc.Edits[2];
        Assert.Equal(doc.Plain.Length, insertion.Start);
        Assert.Equal(insertion.Start, insertion.End);
    }

    [Fact]
    public void Applying_the_gold_edits_to_the_plain_text_gives_the_corrected_text()
    {
        const string source = "{Clarks=>Clark's|apostrophes} head hit {the the=>the|sentences} wall{{ish}}. {He=>he|capitalization} said {=>so|other}";
        var doc = AnnotatedText.Parse(source, "t.txt");
        var applied = EditMatcher.Apply(doc.Plain.ToCharArray(), doc.Edits.Select(e => e.ToGold().Edit), 0, doc.Plain.Length)!;
        Assert.Equal(doc.Corrected, new string(applied.ToArray()));
        Assert.Contains("wall{ish}}", doc.Plain);
    }

    [Theory]
    [InlineData("A {broken mark.\nNext line.", "t.txt:1:3", "not closed")]
    [InlineData("Fine.\nA {broken|spelling} mark.", "t.txt:2:3", "no '=>'")]
    [InlineData("A {wrong=>right} mark.", "t.txt:1:3", "must read")]
    [InlineData("A {wrong=>right|grammarish} mark.", "t.txt:1:3", "unknown category 'grammarish'")]
    [InlineData("A {same=>same|spelling} mark.", "t.txt:1:3", "changes nothing")]
    public void Bad_marks_are_input_errors_with_a_position(string source, string where, string message)
    {
        var e = Assert.Throws<InputException>(() => AnnotatedText.Parse(source, "t.txt"));
        Assert.StartsWith(where, e.Message);
        Assert.Contains(message, e.Message);
    }
}
