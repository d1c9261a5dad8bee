using Galley.Checking;
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
    };

    public static int Main(string[] args)
    {
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
