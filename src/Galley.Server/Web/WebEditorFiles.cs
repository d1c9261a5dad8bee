using System.Text.Json;
using Galley.Checking;
using Galley.Formats;
using Galley.Source;
using Microsoft.AspNetCore.Http;

namespace Galley.Server.Web;

/// <summary>The two requests that go beyond the text a page sends: opening a .docx, .epub or .html file with Galley's
/// format readers, and adding a word to the personal dictionary.</summary>
public static partial class WebEditor
{
    /// <summary>POST /api/open?name=FILE with the file's bytes as the body: reads it with the format reader its name
    /// calls for and answers {"file", "format", "text"} with the prose a check reads (no file is written or kept).</summary>
    private static Task<IResult> Open(HttpContext http) => Handle(http, ReadUpload, upload =>
    {
        var formatted = ManuscriptFormats.For(upload.Name).Read(upload.Name, upload.Bytes);
        return Json(w =>
        {
            w.WriteStartObject();
            w.WriteString("file", upload.Name);
            w.WriteString("format", formatted.Format);
            w.WriteString("text", formatted.Text);
            w.WriteEndObject();
        });
    });

    private sealed record Upload(string Name, byte[] Bytes);

    private static async Task<Upload> ReadUpload(HttpRequest request, CancellationToken cancel)
    {
        var name = Path.GetFileName(request.Query["name"].ToString());
        if (name.Length == 0) throw new InputException("Name the file: POST /api/open?name=chapter.docx.");
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancel);
        return new Upload(name, buffer.ToArray());
    }

    /// <summary>POST /api/words with JSON {"word"}: adds the word to .galley/words.txt in the server's folder, as
    /// `galley words add` does, and answers {"added", "file"}. JSON only, so a page elsewhere cannot send it without
    /// the browser asking first (which this server never allows).</summary>
    private static Task<IResult> AddWord(HttpContext http, WordsFolder words) => Handle(http, ReadWord, word =>
    {
        var added = words.Add(word);
        return Json(w =>
        {
            w.WriteStartObject();
            w.WriteBoolean("added", added);
            w.WriteString("file", words.File);
            w.WriteEndObject();
        });
    });

    private static async Task<string> ReadWord(HttpRequest request, CancellationToken cancel)
    {
        if (request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) != true)
            throw new InputException("Send the word as JSON: {\"word\": \"Tobiah\"}.");
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancel);
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("word", out var word)
                || word.ValueKind != JsonValueKind.String)
                throw new InputException("The JSON must be an object with a \"word\" string.");
            return WordsFolder.Validate(word.GetString()!);
        }
        catch (JsonException e) { throw new InputException("The request is not valid JSON: " + e.Message); }
    }
}

/// <summary>The folder `galley serve` keeps its personal dictionary in: read for every check (it is small and may
/// change by `galley words add` meanwhile), written by "add to dictionary".</summary>
internal sealed class WordsFolder(string folder)
{
    private const int MaxWordLength = 64;
    private readonly Lock _writing = new();

    public string File => Path.Combine(folder, PersonalDictionary.RelativePath);

    public CheckOptions Options(CheckOptions options) => options with { PersonalWords = PersonalDictionary.For(Path.Combine(folder, "manuscript")) };

    public bool Add(string word)
    {
        lock (_writing) return PersonalDictionary.Add(folder, [word]).Count > 0;
    }

    /// <summary>One word as it is spelled: no spaces or line breaks (each line of the list is one word), not a comment.</summary>
    public static string Validate(string word)
    {
        word = word.Trim();
        if (word.Length is 0 or > MaxWordLength || word.StartsWith('#') || word.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
            throw new InputException($"\"word\" takes one word of up to {MaxWordLength} characters, without spaces.");
        return word;
    }
}
