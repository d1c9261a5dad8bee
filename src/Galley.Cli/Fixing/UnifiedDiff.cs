using System.Text;

namespace Galley.Cli.Fixing;

/// <summary>A unified diff of two texts by lines (Myers' O(ND) algorithm, fast when few lines change, as with fixes),
/// with three lines of context, as diff -u and git print it.</summary>
internal static class UnifiedDiff
{
    private const int Context = 3;

    public static string Create(string before, string after, string fromLabel, string toLabel)
    {
        var a = SplitLines(before);
        var b = SplitLines(after);
        var script = Script(a, b);
        if (script.All(op => op.Kind == ' ')) return "";
        var output = new StringBuilder();
        output.Append("--- ").Append(fromLabel).Append('\n');
        output.Append("+++ ").Append(toLabel).Append('\n');
        int index = 0;
        while (index < script.Count)
        {
            int change = script.FindIndex(index, op => op.Kind != ' ');
            if (change < 0) break;
            int start = Math.Max(index, change - Context);
            int end = change;
            // Extend the hunk while the next change is within two contexts of the last one.
            while (true)
            {
                while (end < script.Count && script[end].Kind != ' ') end++;
                int next = script.FindIndex(end, op => op.Kind != ' ');
                if (next < 0 || next - end > 2 * Context) break;
                end = next;
            }
            int stop = Math.Min(script.Count, end + Context);
            WriteHunk(output, script, start, stop);
            index = stop;
        }
        return output.ToString();
    }

    private static void WriteHunk(StringBuilder output, List<(char Kind, string Line, int A, int B)> script, int start, int stop)
    {
        int aStart = script[start].A, bStart = script[start].B;
        int aCount = 0, bCount = 0;
        for (int i = start; i < stop; i++)
        {
            if (script[i].Kind != '+') aCount++;
            if (script[i].Kind != '-') bCount++;
        }
        output.Append($"@@ -{Range(aStart, aCount)} +{Range(bStart, bCount)} @@\n");
        for (int i = start; i < stop; i++)
        {
            output.Append(script[i].Kind).Append(script[i].Line.TrimEnd('\r', '\n')).Append('\n');
            if (!script[i].Line.EndsWith('\n') && script[i].Line.Length > 0) output.Append("\\ No newline at end of file\n");
        }
    }

    /// <summary>Unified diff ranges are 1-based; an empty range names the line before it.</summary>
    private static string Range(int zeroBasedStart, int count) => count == 1 ? $"{zeroBasedStart + 1}" : $"{(count == 0 ? zeroBasedStart : zeroBasedStart + 1)},{count}";

    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
            if (text[i] == '\n') { lines.Add(text[start..(i + 1)]); start = i + 1; }
        if (start < text.Length) lines.Add(text[start..]);
        return lines;
    }

    /// <summary>The edit script: each entry is a kept (' '), removed ('-') or added ('+') line with the line numbers (0-based) it stands at.</summary>
    private static List<(char Kind, string Line, int A, int B)> Script(List<string> a, List<string> b)
    {
        int n = a.Count, m = b.Count, max = n + m;
        int offset = max + 1; // v[offset + k] holds the furthest x on diagonal k
        var v = new int[2 * max + 3];
        var trace = new List<int[]>();
        int found = -1;
        for (int d = 0; d <= max && found < 0; d++)
        {
            // Only diagonals -d..d matter at step d: keeping just those keeps memory O(D²), not O(D·(N+M)).
            trace.Add(v.AsSpan(offset - d - 1, 2 * d + 3).ToArray());
            for (int k = -d; k <= d; k += 2)
            {
                int x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a[x] == b[y]) { x++; y++; }
                v[offset + k] = x;
                if (x >= n && y >= m) { found = d; break; }
            }
        }
        var script = new List<(char, string, int, int)>();
        int cx = n, cy = m;
        for (int d = found; d > 0; d--)
        {
            var prev = trace[d];
            int origin = d + 1; // prev[origin + k] holds diagonal k
            int k = cx - cy;
            int prevK = k == -d || (k != d && prev[origin + k - 1] < prev[origin + k + 1]) ? k + 1 : k - 1;
            int prevX = prev[origin + prevK], prevY = prevX - prevK;
            while (cx > prevX && cy > prevY) { cx--; cy--; script.Add((' ', a[cx], cx, cy)); }
            if (cx == prevX) { cy--; script.Add(('+', b[cy], cx, cy)); }
            else { cx--; script.Add(('-', a[cx], cx, cy)); }
        }
        while (cx > 0 && cy > 0) { cx--; cy--; script.Add((' ', a[cx], cx, cy)); }
        script.Reverse();
        return script;
    }
}
