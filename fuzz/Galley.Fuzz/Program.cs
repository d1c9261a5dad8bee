using Galley.Checking;
using Galley.Fixes;
using Galley.Formats;
using Galley.Source;
using SharpFuzz;

namespace Galley.Fuzz;

/// <summary>Fuzz targets, one per input path a writer's file can take. A clean refusal (InputException) is the
/// expected answer to bad bytes; any other exception, a hang or a crash is a finding.</summary>
public static class Program
{
    private static readonly Dictionary<string, Action<byte[]>> Targets = new()
    {
        // Bytes → decoder → manuscript model → every default rule.
        ["text"] = bytes =>
        {
            string text;
            try { text = TextDecoder.Decode(bytes, "fuzz"); }
            catch (InputException) { return; }
            var result = Checker.Check(text);
            foreach (var d in result.Diagnostics)
                if (d.Span.Start < 0 || d.Span.End > text.Length) throw new InvalidOperationException($"{d.RuleId} span {d.Span} outside the text");
        },
        ["md"] = bytes => ReadFixAndReread("draft.md", bytes),
        ["html"] = bytes => ReadFixAndReread("draft.html", bytes),
        ["docx"] = bytes => ReadFixAndReread("draft.docx", bytes),
        ["epub"] = bytes => ReadFixAndReread("draft.epub", bytes),
    };

    /// <summary>A file in a format: read it, check its prose, write the safe fixes back, and read the result again.
    /// Every place a finding maps to must exist, and a written file must read back.</summary>
    private static void ReadFixAndReread(string name, byte[] bytes)
    {
        var format = ManuscriptFormats.For(name);
        FormattedSource source;
        try { source = format.Read(name, bytes); }
        catch (InputException) { return; }
        var diagnostics = Checker.Check(source.Text).Diagnostics;
        foreach (var d in diagnostics) source.Locate(d.Span.Start);
        // As galley fix does: only fixes whose edits map into the file (not onto synthesized breaks).
        var fixable = diagnostics.Where(d => d.HasSafeFix && d.Fixes[0].Edits.All(source.Map.CanMap));
        var applied = FixEngine.Apply(source.Text, fixable).Applied;
        byte[] written;
        try { written = source.Apply(applied.SelectMany(d => d.Fixes[0].Edits)); }
        catch (InputException) { return; }   // a damaged entry met only while copying the package: refused cleanly
        format.Read(name, written);
    }

    public static int Main(string[] args)
    {
        // Replays one input outside AFL, so a finding's exception and stack can be read: TARGET --repro FILE.
        if (args.Length == 3 && args[1] == "--repro" && Targets.TryGetValue(args[0], out var replay))
        {
            replay(File.ReadAllBytes(args[2]));
            Console.WriteLine("no failure");
            return 0;
        }
        if (args.Length != 1 || !Targets.TryGetValue(args[0], out var target))
        {
            Console.Error.WriteLine($"usage: Galley.Fuzz TARGET   (targets: {string.Join(", ", Targets.Keys)})");
            return 2;
        }
        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            target(buffer.ToArray());
        });
        return 0;
    }
}
