using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Text;

namespace FinGuard.Benchmarks;

/// <summary>
/// The runtime's garbage-collection events of one analysis (<c>--retained</c>): collections by generation and reason,
/// and the types of the large objects allocated (the runtime's allocation ticks of the large object heap, about one
/// per 100 KB). Large objects count against the budget of full collections, so a cache that grows in big arrays can
/// start full collections of a heap that holds a whole compilation.
/// </summary>
internal sealed class GcEvents : EventListener
{
    private const int GcStart = 1;
    private const int AllocationTick = 10;

    private readonly ConcurrentDictionary<string, int> _collections = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _largeTypes = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
    private volatile bool _recording;

    public void Start()
    {
        _collections.Clear();
        _largeTypes.Clear();
        _recording = true;
    }

    public void Stop() => _recording = false;

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            // GC keyword (0x1), verbose: GCStart and AllocationTick.
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!_recording || e.Payload == null || e.PayloadNames == null)
        {
            return;
        }

        if (e.EventId == GcStart)
        {
            string key = $"gen{Get(e, "Depth")} {Reason(Get(e, "Reason"))}";
            _collections.AddOrUpdate(key, 1, (_, n) => n + 1);
        }
        else if (e.EventId == AllocationTick && Convert.ToInt32(Get(e, "AllocationKind") ?? 0) == 1)
        {
            string type = Get(e, "TypeName")?.ToString() ?? "?";
            long amount = Convert.ToInt64(Get(e, "AllocationAmount64") ?? Get(e, "AllocationAmount") ?? 0L);
            _largeTypes.AddOrUpdate(type, amount, (_, n) => n + amount);
        }
    }

    public string Summary()
    {
        var b = new StringBuilder();
        b.Append("collections: ").Append(string.Join(", ", _collections.OrderBy(c => c.Key).Select(c => $"{c.Key} x{c.Value}")));
        b.Append("; large-object allocation ticks: ").Append(string.Join(", ", _largeTypes.OrderByDescending(t => t.Value).Take(8).Select(t => $"{t.Key} {t.Value / 1048576.0:0.0} MB")));
        return b.ToString();
    }

    private static object? Get(EventWrittenEventArgs e, string name)
    {
        int index = e.PayloadNames!.IndexOf(name);
        return index >= 0 ? e.Payload![index] : null;
    }

    private static string Reason(object? reason) => Convert.ToInt32(reason ?? -1) switch
    {
        0 => "AllocSmall",
        1 => "Induced",
        2 => "LowMemory",
        3 => "Empty",
        4 => "AllocLarge",
        5 => "OutOfSpaceSOH",
        6 => "OutOfSpaceLOH",
        7 => "InducedNotForced",
        8 => "Internal",
        9 => "InducedLowMemory",
        int other => "reason" + other,
    };
}
