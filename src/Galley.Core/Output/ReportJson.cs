using System.Text.Encodings.Web;
using System.Text.Json;
using Galley.Lexicon;
using Galley.Source;
using Galley.Story;
using Galley.Text;

namespace Galley.Output;

/// <summary>The story report as JSON: {"file", "words", "narrator", "tense", "spelling", "scenes", "characters", "dialogue",
/// "tenseDrifts", "style", "arc"}. Offsets are UTF-16 code units into the decoded text, as in galley check.
/// Shared by `galley report --format json` and the web editor's /api/report.</summary>
public static class ReportJson
{
    public static void Write(TextWriter output, SourceText source, StoryReport report)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            WriteReport(json, source, report);
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static string Name(Enum value) => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    public static void WriteReport(Utf8JsonWriter json, SourceText source, StoryReport report)
    {
        json.WriteStartObject();
        json.WriteString("file", source.Path);
        json.WriteNumber("words", report.Words);
        json.WriteStartObject("narrator");
        json.WriteString("person", Name(report.Narrator.Person));
        json.WriteString("name", report.Narrator.Name);
        json.WriteString("nameSource", report.Narrator.NameSource);
        json.WriteEndObject();
        json.WriteString("tense", Name(report.Tense.Dominant));
        json.WriteStartObject("spelling");
        json.WriteString("dialect", report.Spelling.Dialect?.Name());
        json.WriteNumber("americanSpellings", report.Spelling.AmericanSpellings);
        json.WriteNumber("britishSpellings", report.Spelling.BritishSpellings);
        json.WriteEndObject();
        json.WriteStartArray("scenes");
        foreach (var s in report.Scenes)
        {
            json.WriteStartObject();
            WriteSpan(json, s.Span);
            json.WriteString("person", Name(s.Person));
            json.WriteString("narrator", s.Narrator);
            json.WriteString("heading", s.Heading);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("characters");
        foreach (var c in report.Characters)
        {
            json.WriteStartObject();
            json.WriteString("name", c.Name);
            json.WriteStartArray("aliases");
            foreach (var a in c.Aliases) json.WriteStringValue(a);
            json.WriteEndArray();
            json.WriteString("kind", Name(c.Kind));
            json.WriteString("gender", Name(c.Gender));
            json.WriteNumber("mentions", c.Mentions);
            json.WriteNumber("lines", c.Lines);
            json.WriteNumber("spokenWords", c.SpokenWords);
            if (c.FirstMention >= 0) json.WriteNumber("firstMention", c.FirstMention); else json.WriteNull("firstMention");
            json.WriteStartArray("spread");
            foreach (var n in c.Spread) json.WriteNumberValue(n);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("dialogue");
        foreach (var d in report.Dialogue)
        {
            json.WriteStartObject();
            WriteSpan(json, d.Span);
            json.WriteString("text", d.Text);
            json.WriteString("speaker", d.Speaker);
            json.WriteString("addressee", d.Addressee);
            json.WriteString("attribution", Name(d.How));
            json.WriteNumber("confidence", d.Confidence);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("tenseDrifts");
        foreach (var d in report.Tense.Drifts)
        {
            json.WriteStartObject();
            WriteSpan(json, d.Span);
            json.WriteString("text", d.Text);
            json.WriteString("kind", Name(d.Kind));
            json.WriteString("tense", Name(d.Found));
            json.WriteStartArray("verbs");
            foreach (var v in d.Verbs) { json.WriteStartObject(); WriteSpan(json, v); json.WriteEndObject(); }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        WriteStyle(json, report.Style);
        json.WriteStartArray("arc");
        foreach (var a in report.Arc)
        {
            json.WriteStartObject();
            json.WriteNumber("paragraph", a.Paragraph);
            WriteSpan(json, a.Span);
            json.WriteNumber("score", a.Score);
            json.WriteNumber("smoothed", a.Smoothed);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteStyle(Utf8JsonWriter json, StyleReport style)
    {
        json.WriteStartObject("style");
        json.WriteNumber("meanSentenceLength", style.MeanSentenceLength);
        json.WriteNumber("sentenceLengthDeviation", style.SentenceLengthDeviation);
        json.WriteNumber("meanParagraphLength", style.MeanParagraphLength);
        json.WriteNumber("longestParagraph", style.LongestParagraph);
        json.WriteNumber("dialogueShare", style.DialogueShare);
        json.WriteNumber("fleschKincaidGrade", style.FleschKincaidGrade);
        json.WriteNumber("readingEase", style.ReadingEase);
        json.WriteStartArray("sentenceLengths");
        foreach (var n in style.SentenceLengths) json.WriteNumberValue(n);
        json.WriteEndArray();
        json.WriteStartArray("overusedWords");
        foreach (var w in style.OverusedWords)
        {
            json.WriteStartObject();
            json.WriteString("word", w.Word);
            json.WriteNumber("count", w.Count);
            json.WriteNumber("timesUsual", w.Ratio);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        WritePhrases(json, "repeatedPhrases", style.RepeatedPhrases);
        WritePhrases(json, "filterWords", style.FilterWords);
        WritePhrases(json, "cliches", style.Cliches);
        json.WriteStartArray("echoes");
        foreach (var e in style.Echoes)
        {
            json.WriteStartObject();
            json.WriteString("word", e.Word);
            json.WriteNumber("start", e.First.Start);
            json.WriteNumber("end", e.Second.End);
            json.WriteNumber("firstStart", e.First.Start);
            json.WriteNumber("secondStart", e.Second.Start);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("tagAdverbs");
        foreach (var a in style.TagAdverbs)
        {
            json.WriteStartObject();
            WriteSpan(json, a.Span);
            json.WriteString("adverb", a.Adverb);
            json.WriteString("verb", a.Verb);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WritePhrases(Utf8JsonWriter json, string name, IReadOnlyList<PhraseUse> phrases)
    {
        json.WriteStartArray(name);
        foreach (var p in phrases)
        {
            json.WriteStartObject();
            json.WriteString("phrase", p.Phrase);
            json.WriteNumber("count", p.Count);
            json.WriteStartArray("at");
            foreach (var s in p.Spans) { json.WriteStartObject(); WriteSpan(json, s); json.WriteEndObject(); }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteSpan(Utf8JsonWriter json, TextSpan span)
    {
        json.WriteNumber("start", span.Start);
        json.WriteNumber("end", span.End);
    }
}
