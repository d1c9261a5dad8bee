using System.Diagnostics.Tracing;

namespace Galley.Benchmarks;

/// <summary>Which types a piece of code allocates, from the runtime's allocation samples (an event about every
/// 100 KB allocated, naming the type of the object that crossed the mark). A closure's type names the method that
/// made it (Rule+&lt;&gt;c__DisplayClass5_0), so this points at the code to change.</summary>
internal sealed class AllocationSampler : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly Dictionary<string, long> _bytesByType = new();
    private volatile bool _recording;

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, GcKeyword);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!_recording || e.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null) return;
        int typeAt = e.PayloadNames!.IndexOf("TypeName"), amountAt = e.PayloadNames.IndexOf("AllocationAmount64");
        if (typeAt < 0) return;
        long amount = amountAt >= 0 ? Convert.ToInt64(e.Payload[amountAt]) : 100_000;
        var type = e.Payload[typeAt] as string ?? "?";
        lock (_bytesByType) _bytesByType[type] = _bytesByType.GetValueOrDefault(type) + amount;
    }

    /// <summary>The sampled bytes by type while <paramref name="action"/> ran, largest first.</summary>
    public List<(string Type, long Bytes)> Sample(Action action)
    {
        lock (_bytesByType) _bytesByType.Clear();
        _recording = true;
        action();
        _recording = false;
        Thread.Sleep(500);   // events arrive on another thread
        lock (_bytesByType) return _bytesByType.OrderByDescending(p => p.Value).Select(p => (p.Key, p.Value)).ToList();
    }
}
