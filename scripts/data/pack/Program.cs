using Galley.Lexicon;

// usage: Galley.DataPack DATA_DIR OUT_DIR NAME=FILE:KEY_COLUMNS:VALUE... — writes OUT_DIR/NAME.pack for each (Galley.Core.csproj
// lists them). A row is a non-empty line not starting with #, split at tabs (as DataFiles.ForEachRow reads it); its key
// is the first KEY_COLUMNS columns, tab-joined. VALUE says what each packed row holds:
//   text       the rest of the row (tab-joined), empty when there is none
//   number     the next column as a number (rows without one are left out, as the loaders did)
//   lowercase  an index of a word list: each distinct lowercase key, in ordinal order, with its forms (tab-joined)
//   sounds     an index of a word list: each SoundKey of the lowercase keys of 5 letters or more, with those keys
//   trie       the lowercase keys some dialect may suggest as a WordTrie (a word is its row in the lowercase index)
if (args.Length < 3)
{
    Console.Error.WriteLine("usage: Galley.DataPack DATA_DIR OUT_DIR NAME=FILE:KEY_COLUMNS:VALUE...");
    return 2;
}
foreach (var spec in args[2..])
{
    var (name, parts) = (spec[..spec.IndexOf('=')], spec[(spec.IndexOf('=') + 1)..].Split(':'));
    int keyColumns = int.Parse(parts[1]);
    string value = parts[2];
    var rows = new List<(string Key, string Text, int Number)>();
    foreach (var raw in File.ReadAllText(Path.Combine(args[0], parts[0])).Split('\n'))
    {
        var line = raw.EndsWith('\r') ? raw[..^1] : raw;
        if (line.Length == 0 || line[0] == '#') continue;
        var columns = line.Split('\t');
        string key = string.Join('\t', columns.Take(keyColumns));
        if (value != "number") rows.Add((key, string.Join('\t', columns.Skip(keyColumns)), 0));
        else if (columns.Length > keyColumns && int.TryParse(columns[keyColumns], out int n)) rows.Add((key, "", n));
    }
    var output = Path.Combine(args[1], name + ".pack");
    Directory.CreateDirectory(Path.GetDirectoryName(output)!);
    var lowercase = rows.GroupBy(r => r.Key.ToLowerInvariant()).OrderBy(g => g.Key, StringComparer.Ordinal);
    switch (value)
    {
        case "text" or "number":
            break;
        case "lowercase":
            rows = lowercase.Select(g => (g.Key, string.Join('\t', g.Select(r => r.Key)), 0)).ToList();
            break;
        case "sounds":
            rows = lowercase.Where(g => g.Key.Length >= 5).GroupBy(g => SoundKey.Of(g.Key)).OrderBy(s => s.Key, StringComparer.Ordinal)
                .Select(s => (s.Key, string.Join('\t', s.Select(g => g.Key)), 0)).ToList();
            break;
        case "trie":
            // Only words some dialect may suggest (a form of two letters or more, neither rare nor never-suggested):
            // the others could never be a result, and a smaller trie is a quicker search.
            var sorted = lowercase.Select(g => g.Key).ToList();
            var rowOf = sorted.Select((key, row) => (key, row)).ToDictionary(p => p.key, p => p.row);
            var suggestible = lowercase.Where(g => g.Key.Length > 1 && g.Any(r => WordFlagLetters.MaySuggest(WordFlagLetters.Parse(r.Text)))).Select(g => g.Key).ToList();
            File.WriteAllBytes(output, WordTrie.Pack(suggestible, suggestible.Select(w => rowOf[w]).ToList()));
            continue;
        default:
            Console.Error.WriteLine($"Galley.DataPack: unknown value kind {value}");
            return 2;
    }
    File.WriteAllBytes(output, PackedTable.Pack(rows, value == "number"));
}
return 0;
