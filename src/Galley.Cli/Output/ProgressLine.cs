using System.Diagnostics;

namespace Galley.Cli.Output;

/// <summary>"checked 120/600 files" on one terminal line, rewritten in place (at most ten times a second, so a fast run
/// does not spend its time drawing) and erased at the end, so what remains on the screen is only the report.
/// Thread-safe: files finish on all cores.</summary>
internal sealed class ProgressLine(TextWriter terminal, int total, string verb = "checked") : IDisposable
{
    private static readonly long Interval = Stopwatch.Frequency / 10;
    private readonly Lock _lock = new();
    private long _lastDrawn = -Interval;
    private int _done;
    private bool _drawn;

    public void Done()
    {
        lock (_lock)
        {
            _done++;
            long now = Stopwatch.GetTimestamp();
            if (now - _lastDrawn < Interval && _done < total) return;
            _lastDrawn = now;
            terminal.Write($"\r{verb} {_done}/{total} files");
            terminal.Flush();
            _drawn = true;
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            if (!_drawn) return;
            terminal.Write("\r\u001b[2K");   // back to the line's start and erase it
            terminal.Flush();
        }
    }
}
