using System.Globalization;
using Galley.Source;

namespace Galley.Evaluation;

/// <summary>One sentence of an M2 file: its tokens and each annotator's edits over token positions.</summary>
public sealed record M2Sentence(int Line, IReadOnlyList<string> Tokens, IReadOnlyDictionary<string, IReadOnlyList<GoldEdit<string>>> Annotators);

/// <summary>An M2 file's sentences, and what was wrong but could be read.</summary>
public sealed record M2File(IReadOnlyList<M2Sentence> Sentences, IReadOnlyList<string> Warnings);

/// <summary>Reads M2 (the CoNLL-2014 / BEA-2019 format): an <c>S</c> line of space-separated tokens, then
/// <c>A start end|||type|||correction|||REQUIRED|||-NONE-|||annotator</c> lines; blank lines between sentences.
/// A <c>noop</c> edit (or -1 -1) says the annotator changed nothing; a <c>-NONE-</c> correction (an error the
/// annotator could not correct) is skipped, as it cannot be matched by an edit. A sentence with no A lines has one
/// annotator with no edits. An edit reaching past the last token (a slip in published data, where the annotators'
/// tokenization differs from the S line's) is clamped to the sentence's end and reported as a warning.</summary>
public static class M2Reader
{
    public static M2File Parse(IEnumerable<string> lines, string sourceName)
    {
        var sentences = new List<M2Sentence>();
        var warnings = new List<string>();
        string[]? tokens = null;
        int sentenceLine = 0;
        Dictionary<string, List<GoldEdit<string>>> annotators = new();
        void Finish()
        {
            if (tokens is null) return;
            if (annotators.Count == 0) annotators["0"] = [];
            sentences.Add(new M2Sentence(sentenceLine, tokens,
                annotators.ToDictionary(a => a.Key, a => (IReadOnlyList<GoldEdit<string>>)a.Value)));
            tokens = null;
            annotators = new();
        }

        int number = 0;
        foreach (var raw in lines)
        {
            number++;
            string line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0) { Finish(); continue; }
            string where = $"{sourceName}:{number}";
            if (line.StartsWith("S ", StringComparison.Ordinal) || line == "S")
            {
                Finish();
                tokens = line.Length > 2 ? line[2..].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
                sentenceLine = number;
            }
            else if (line.StartsWith("A ", StringComparison.Ordinal))
            {
                if (tokens is null) throw new InputException($"{where}: an A line must follow an S line.");
                ReadEdit(line, tokens, annotators, where, warnings);
            }
            else throw new InputException($"{where}: expected a line starting with 'S ' or 'A ', found \u201c{Shorten(line)}\u201d.");
        }
        Finish();
        return new M2File(sentences, warnings);
    }

    private static void ReadEdit(string line, string[] tokens, Dictionary<string, List<GoldEdit<string>>> annotators, string where, List<string> warnings)
    {
        var fields = line[2..].Split("|||");
        if (fields.Length < 3)
            throw new InputException($"{where}: an A line reads 'A start end|||type|||correction|||REQUIRED|||-NONE-|||annotator'; found \u201c{Shorten(line)}\u201d.");
        var range = fields[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (range.Length != 2 || !int.TryParse(range[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int start)
            || !int.TryParse(range[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int end))
            throw new InputException($"{where}: edit positions must be two whole numbers, found \u201c{fields[0]}\u201d.");
        string type = fields[1], correction = fields[2];
        string annotator = fields.Length >= 6 ? fields[5].Trim() : "0";
        if (!annotators.TryGetValue(annotator, out var edits)) annotators[annotator] = edits = [];
        if (type == "noop" || (start == -1 && end == -1)) return;
        if (start < 0 || end < start)
            throw new InputException($"{where}: edit range {start} {end} is not a range of token positions.");
        if (end > tokens.Length)
        {
            warnings.Add($"{where}: edit range {start} {end} reaches past the sentence's {tokens.Length} tokens; clamped to its end.");
            start = Math.Min(start, tokens.Length);
            end = tokens.Length;
        }
        if (correction == "-NONE-") return;
        var replacement = correction.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string original = string.Join(' ', tokens[start..end]);
        edits.Add(new GoldEdit<string>(new UnitEdit<string>(start, end, replacement), EvalCategories.FromM2Type(type),
            $"{start} {end} \u201c{original}\u201d → \u201c{correction}\u201d [{type}]"));
    }

    private static string Shorten(string line) => line.Length <= 60 ? line : line[..60] + "…";
}
