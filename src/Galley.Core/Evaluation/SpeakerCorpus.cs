using System.Text;
using Galley.Source;
using Galley.Text;

namespace Galley.Evaluation;

/// <summary>How a gold quotation names its speaker: a tag with the name (Explicit), a pronoun or description
/// (Anaphoric), or nothing (Implicit); Unknown where the annotation leaves it out ("nan").</summary>
public enum QuoteType { Explicit, Anaphoric, Implicit, Unknown }

/// <summary>One annotated quotation: its parts (a quotation interrupted by a tag has several spans, each the text
/// between its quotation marks), its speaker's main name and how the text names that speaker.</summary>
public sealed record GoldQuotation(string Id, IReadOnlyList<TextSpan> Spans, string Speaker, QuoteType Type);

/// <summary>One annotated character: the main name and every other name the text calls them by.</summary>
public sealed record GoldCharacter(string MainName, IReadOnlyList<string> Aliases, string Gender);

/// <summary>A novel with its speaker annotations, in the layout of the Project Dialogism Novel Corpus:
/// <c>novel_text.txt</c>, <c>quotation_info.csv</c> (quoteByteSpans, speaker, quoteType) and
/// <c>character_info.csv</c> (Main Name, Aliases as a Python set literal, Gender).</summary>
public sealed record SpeakerNovel(string Name, string Text, IReadOnlyList<GoldQuotation> Quotations, IReadOnlyList<GoldCharacter> Characters)
{
    public const string TextFile = "novel_text.txt", QuotationFile = "quotation_info.csv", CharacterFile = "character_info.csv";

    /// <summary>The novels in <paramref name="folder"/>: the folder itself when it holds a novel, otherwise each
    /// subfolder that does, in name order.</summary>
    public static List<SpeakerNovel> Load(string folder)
    {
        if (!Directory.Exists(folder)) throw new InputException($"{folder}: no such folder.");
        if (File.Exists(Path.Combine(folder, TextFile))) return [LoadOne(folder)];
        var novels = Directory.GetDirectories(folder).Where(d => File.Exists(Path.Combine(d, TextFile)))
            .OrderBy(d => d, StringComparer.Ordinal).Select(LoadOne).ToList();
        if (novels.Count == 0) throw new InputException($"{folder}: holds no {TextFile}, nor any folder that does.");
        return novels;
    }

    private static SpeakerNovel LoadOne(string folder)
    {
        string Read(string file)
        {
            string path = Path.Combine(folder, file);
            if (!File.Exists(path)) throw new InputException($"{path}: no such file.");
            return SourceText.FromFile(path).Text;
        }
        string name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));
        return new SpeakerNovel(name, Read(TextFile),
            SpeakerCsv.Quotations(Read(QuotationFile), Path.Combine(folder, QuotationFile)),
            SpeakerCsv.Characters(Read(CharacterFile), Path.Combine(folder, CharacterFile)));
    }
}

/// <summary>Reads the corpus's two CSV files: RFC 4180 fields (quoted fields may hold commas, doubled quotes and line
/// breaks), with spans written as <c>[[start, end], …]</c> and aliases as a Python set of string literals.</summary>
public static class SpeakerCsv
{
    public static List<GoldQuotation> Quotations(string csv, string sourceName)
    {
        var rows = Rows(csv);
        var columns = Header(rows, sourceName, "quoteID", "quoteByteSpans", "speaker", "quoteType");
        var result = new List<GoldQuotation>();
        for (int r = 1; r < rows.Count; r++)
        {
            var row = rows[r];
            if (row.Count == 1 && row[0].Length == 0) continue;
            string Field(string column) => columns[column] < row.Count ? row[columns[column]] : throw Bad(sourceName, r, $"no {column} field");
            var type = Field("quoteType").Trim() switch
            {
                "Explicit" => QuoteType.Explicit,
                "Anaphoric" => QuoteType.Anaphoric,
                "Implicit" => QuoteType.Implicit,
                "" or "nan" => QuoteType.Unknown,
                var other => throw Bad(sourceName, r, $"unknown quoteType \u201c{other}\u201d"),
            };
            result.Add(new GoldQuotation(Field("quoteID"), Spans(Field("quoteByteSpans"), sourceName, r), Field("speaker").Trim(), type));
        }
        return result;
    }

    public static List<GoldCharacter> Characters(string csv, string sourceName)
    {
        var rows = Rows(csv);
        var columns = Header(rows, sourceName, "Main Name", "Aliases", "Gender");
        var result = new List<GoldCharacter>();
        for (int r = 1; r < rows.Count; r++)
        {
            var row = rows[r];
            if (row.Count == 1 && row[0].Length == 0) continue;
            if (row.Count < columns.Values.Max() + 1) throw Bad(sourceName, r, "too few fields");
            result.Add(new GoldCharacter(row[columns["Main Name"]].Trim(), StringLiterals(row[columns["Aliases"]], sourceName, r), row[columns["Gender"]].Trim()));
        }
        return result;
    }

    /// <summary>The records of a CSV text, each a list of fields.</summary>
    public static List<List<string>> Rows(string csv)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < csv.Length; i++)
        {
            char c = csv[i];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < csv.Length && csv[i + 1] == '"') { field.Append('"'); i++; }
                else quoted = false;
                continue;
            }
            switch (c)
            {
                case '"': quoted = true; break;
                case ',': row.Add(field.ToString()); field.Clear(); break;
                case '\r': break;
                case '\n': row.Add(field.ToString()); field.Clear(); rows.Add(row); row = new(); break;
                default: field.Append(c); break;
            }
        }
        if (field.Length > 0 || row.Count > 0) { row.Add(field.ToString()); rows.Add(row); }
        return rows;
    }

    private static Dictionary<string, int> Header(List<List<string>> rows, string sourceName, params string[] needed)
    {
        if (rows.Count == 0) throw new InputException($"{sourceName}: empty.");
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < rows[0].Count; i++) columns.TryAdd(rows[0][i].Trim(), i);
        foreach (var column in needed)
            if (!columns.ContainsKey(column)) throw new InputException($"{sourceName}: the header has no {column} column.");
        return columns;
    }

    /// <summary>"[[12, 40], [52, 80]]" → the spans 12..40 and 52..80.</summary>
    public static List<TextSpan> Spans(string text, string sourceName, int row)
    {
        var numbers = new List<int>();
        int value = -1;
        foreach (char c in text + " ")
        {
            if (char.IsAsciiDigit(c)) value = (value < 0 ? 0 : value * 10) + (c - '0');
            else
            {
                if (value >= 0) numbers.Add(value);
                value = -1;
                if (c is not ('[' or ']' or ',' or ' ')) throw Bad(sourceName, row, $"unexpected \u201c{c}\u201d in spans \u201c{text}\u201d");
            }
        }
        if (numbers.Count == 0 || numbers.Count % 2 != 0) throw Bad(sourceName, row, $"spans \u201c{text}\u201d are not [start, end] pairs");
        var spans = new List<TextSpan>();
        for (int i = 0; i < numbers.Count; i += 2)
        {
            if (numbers[i + 1] < numbers[i]) throw Bad(sourceName, row, $"span [{numbers[i]}, {numbers[i + 1]}] ends before it starts");
            spans.Add(TextSpan.FromBounds(numbers[i], numbers[i + 1]));
        }
        return spans;
    }

    /// <summary>The string literals of a Python set or list: "{'Emma', \"Miss O'Hara\"}" → Emma, Miss O'Hara.</summary>
    public static List<string> StringLiterals(string text, string sourceName, int row)
    {
        var result = new List<string>();
        for (int i = 0; i < text.Length; i++)
        {
            char open = text[i];
            if (open is not ('\'' or '"')) continue;
            var literal = new StringBuilder();
            int j = i + 1;
            for (; j < text.Length && text[j] != open; j++)
            {
                if (text[j] == '\\' && j + 1 < text.Length) j++;
                literal.Append(text[j]);
            }
            if (j >= text.Length) throw Bad(sourceName, row, $"unclosed string in \u201c{text}\u201d");
            result.Add(literal.ToString());
            i = j;
        }
        return result;
    }

    private static InputException Bad(string sourceName, int row, string what) => new($"{sourceName}: record {row + 1}: {what}.");
}
