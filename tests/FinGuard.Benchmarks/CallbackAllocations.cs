using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using FinGuard.Tests;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FinGuard.Benchmarks;

/// <summary>
/// Where FinGuard allocates (<c>--callback-allocations CORPUS</c>): every FinGuard callback wrapped, the bytes its
/// thread allocates inside it (binding it triggers included) summed per analyzer and callback kind, over one
/// single-threaded analysis of a fresh compilation after a warm-up. Exact and independent of machine load, so it
/// points at the allocation that makes collections start inside callbacks (docs/benchmarks.md).
/// </summary>
internal static class CallbackAllocations
{
    public static async Task<string> RunAsync(CorpusSpec spec)
    {
        ImmutableArray<MetadataReference> references = CorpusReferences.Create();
        (List<SyntaxTree> trees, int lines, ImmutableArray<MetadataReference> refs) = WallClock.LoadCorpus(spec, references);
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: false);
        var totals = new ConcurrentDictionary<string, long[]>(StringComparer.Ordinal);
        ImmutableArray<DiagnosticAnalyzer> wrapped = AnalyzerPacks.FinGuardAnalyzers.Select(a => (DiagnosticAnalyzer)new Measured(a, totals)).ToImmutableArray();
        for (int run = 0; run < 2; run++)
        {
            totals.Clear();
            CSharpCompilation compilation = CSharpCompilation.Create("Corpus", trees, refs, options);
            await compilation.WithAnalyzers(wrapped, new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false))
                .GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        }

        var b = new StringBuilder();
        b.Append($"Allocation inside FinGuard callbacks on {spec.Label} ({lines:N0} lines), second of two runs:\n\n| Analyzer / callback | Calls | MB | ms |\n|---|---:|---:|---:|\n");
        foreach (KeyValuePair<string, long[]> row in totals.OrderByDescending(t => t.Value[1]))
        {
            b.Append(string.Format(CultureInfo.InvariantCulture, "| {0} | {1:N0} | {2:0.00} | {3:0.0} |\n", row.Key, row.Value[0], row.Value[1] / 1048576.0, row.Value[2] * 1000.0 / System.Diagnostics.Stopwatch.Frequency));
        }

        b.Append(string.Format(CultureInfo.InvariantCulture, "| total | {0:N0} | {1:0.00} | {2:0.0} |\n", totals.Values.Sum(v => v[0]), totals.Values.Sum(v => v[1]) / 1048576.0, totals.Values.Sum(v => v[2]) * 1000.0 / System.Diagnostics.Stopwatch.Frequency));
        return b.ToString();
    }

    private sealed class Measured : DiagnosticAnalyzer, ICallbackWrapper
    {
        private readonly DiagnosticAnalyzer _inner;
        private readonly ConcurrentDictionary<string, long[]> _totals;

        public Measured(DiagnosticAnalyzer inner, ConcurrentDictionary<string, long[]> totals)
        {
            _inner = inner;
            _totals = totals;
        }

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => _inner.SupportedDiagnostics;

        public override void Initialize(AnalysisContext context) => _inner.Initialize(new ForwardingAnalysisContext(context, this));

        public Action<T> Wrap<T>(Action<T> action, string kind)
        {
            return arg =>
            {
                long[] row = _totals.GetOrAdd(_inner.GetType().Name + " / " + kind, _ => new long[3]);
                long before = GC.GetAllocatedBytesForCurrentThread();
                long started = System.Diagnostics.Stopwatch.GetTimestamp();
                try
                {
                    action(arg);
                }
                finally
                {
                    Interlocked.Increment(ref row[0]);
                    Interlocked.Add(ref row[1], GC.GetAllocatedBytesForCurrentThread() - before);
                    Interlocked.Add(ref row[2], System.Diagnostics.Stopwatch.GetTimestamp() - started);
                }
            };
        }
    }
}
