using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit.Abstractions;

namespace FinGuard.Analyzers.Tests.Infrastructure;

[CollectionDefinition(nameof(CostBudgetCollection), DisableParallelization = true)]
public sealed class CostBudgetCollection
{
}

/// <summary>
/// The CI-safe guard of issue 26: nothing here is timed. On the labelled corpus (every family folder, one compilation
/// each) it counts how often the analyzer driver calls each FinGuard analyzer back, and how many bytes the whole pack
/// allocates beyond a do-nothing analyzer that asks the driver for the same operation and symbol callbacks. Both are
/// deterministic for a given corpus and Roslyn, and both grow when someone registers a broader callback, repeats
/// compilation-wide work per node, or builds strings for diagnostics that are never reported. The budget is committed in
/// <c>cost-budget.txt</c>; a change that needs more must raise it in the same commit, where a reviewer sees it
/// (set <c>FINGUARD_UPDATE_COST_BUDGET=1</c> to rewrite the file from the measured figures). Wall-clock figures are the
/// benchmark's job (docs/benchmarks.md).
/// </summary>
[Collection(nameof(CostBudgetCollection))]
public sealed class CostBudgetTests
{
    // Allocation counts move by a few percent with the runtime's own background work (tiered JIT, thread pool).
    private const double AllocationTolerance = 1.25;
    private const long AllocationSlackBytes = 4L * 1024 * 1024;

    private readonly ITestOutputHelper _output;

    public CostBudgetTests(ITestOutputHelper output)
    {
        _output = output;
    }

    private static string BudgetPath => Path.Combine(RepoPaths.Root, "tests", "FinGuard.Analyzers.Tests", "Infrastructure", "cost-budget.txt");

    [Fact]
    public async Task FinGuard_stays_within_its_committed_callback_and_allocation_budget_on_the_labelled_corpus()
    {
        List<Compilation> compilations = await CorpusCompilationsAsync();
        var measured = new SortedDictionary<string, long>(StringComparer.Ordinal);

        // One run with every analyzer wrapped (each wrapper counts its own callbacks); it also warms up the JIT and
        // FinGuard's static tables for the allocation runs below.
        CountingAnalyzer[] counting = FinGuardComponents.Analyzers.Select(a => new CountingAnalyzer(a)).ToArray();
        foreach (Compilation compilation in compilations)
        {
            await RunAsync(compilation, ImmutableArray.Create<DiagnosticAnalyzer>(counting));
        }

        foreach (CountingAnalyzer analyzer in counting)
        {
            measured["callbacks." + analyzer.Name] = analyzer.Callbacks;
        }

        // The smaller of two runs each: what is left is the pack's own allocation beyond the driver's.
        await AllocatedAsync(compilations, ImmutableArray.Create<DiagnosticAnalyzer>(new FloorAnalyzer()));
        long pack = long.MaxValue;
        long floor = long.MaxValue;
        for (int i = 0; i < 2; i++)
        {
            pack = Math.Min(pack, await AllocatedAsync(compilations, FinGuardComponents.Analyzers));
            floor = Math.Min(floor, await AllocatedAsync(compilations, ImmutableArray.Create<DiagnosticAnalyzer>(new FloorAnalyzer())));
        }

        measured["allocated-bytes-net-of-floor"] = Math.Max(0, pack - floor);

        string table = string.Join("\n", measured.Select(m => m.Key + " " + m.Value.ToString(CultureInfo.InvariantCulture)));
        _output.WriteLine(table);
        if (Environment.GetEnvironmentVariable("FINGUARD_UPDATE_COST_BUDGET") == "1")
        {
            File.WriteAllText(BudgetPath, Header + table + "\n");
            return;
        }

        Dictionary<string, long> budget = File.ReadAllLines(BudgetPath)
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split(' '))
            .ToDictionary(p => p[0], p => long.Parse(p[1], CultureInfo.InvariantCulture), StringComparer.Ordinal);
        var over = new List<string>();
        foreach (KeyValuePair<string, long> m in measured)
        {
            Assert.True(budget.TryGetValue(m.Key, out long allowed), m.Key + " has no budget in cost-budget.txt (run with FINGUARD_UPDATE_COST_BUDGET=1 and commit the file)");
            long limit = m.Key.StartsWith("allocated", StringComparison.Ordinal)
                ? (long)(allowed * AllocationTolerance) + AllocationSlackBytes
                : allowed;
            if (m.Value > limit)
            {
                over.Add($"{m.Key}: {m.Value} > budget {allowed}");
            }
        }

        Assert.True(over.Count == 0, "FinGuard does more work than its committed budget (tests/FinGuard.Analyzers.Tests/Infrastructure/cost-budget.txt): "
            + string.Join("; ", over) + ". Find the cause (docs/benchmarks.md, \"Cutting cost\"); raise the budget only with a reason in the commit.");
    }

    private const string Header =
        "# FinGuard's work budget on the labelled corpus (CostBudgetTests; issue 26). Counts, not times: callbacks per analyzer\n"
        + "# (exact), and bytes the whole pack allocates beyond a do-nothing analyzer with the same callback kinds (25 % + 4 MiB slack).\n"
        + "# Rewrite with FINGUARD_UPDATE_COST_BUDGET=1 dotnet test --filter CostBudgetTests, and say why in the commit.\n";

    private static async Task<List<Compilation>> CorpusCompilationsAsync()
    {
        string root = CorpusTests.CorpusRoot;
        string[] stubs = Directory.Exists(Path.Combine(root, "Stubs"))
            ? Directory.GetFiles(Path.Combine(root, "Stubs"), "*.cs", SearchOption.AllDirectories)
            : Array.Empty<string>();
        var compilations = new List<Compilation>();
        foreach (string folder in Directory.GetDirectories(root).Where(d => Path.GetFileName(d) != "Stubs").OrderBy(d => d, StringComparer.Ordinal))
        {
            string[] files = Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal).ToArray();
            compilations.Add(await TestCompilation.CreateAsync(files.Concat(stubs).Select(f => (f, File.ReadAllText(f))).ToArray()));
        }

        return compilations;
    }

    private static async Task<long> AllocatedAsync(List<Compilation> compilations, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        // Fresh compilations of the same trees, so no run reuses another's bound trees.
        var fresh = compilations.Select(c => c.RemoveAllSyntaxTrees().AddSyntaxTrees(c.SyntaxTrees)).ToList();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        long before = GC.GetTotalAllocatedBytes(precise: true);
        foreach (Compilation compilation in fresh)
        {
            await RunAsync(compilation, analyzers);
        }

        return GC.GetTotalAllocatedBytes(precise: true) - before;
    }

    private static Task<ImmutableArray<Diagnostic>> RunAsync(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers)
        => compilation.WithAnalyzers(
                analyzers,
                new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false))
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);

    /// <summary>Asks the driver for every operation and member callback FinGuard uses, and does nothing with them.</summary>
    private sealed class FloorAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Never = new DiagnosticDescriptor("FLOOR01", "floor", "floor", "Test", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Never);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(start =>
            {
                start.RegisterOperationAction(_ => { }, ((OperationKind[])Enum.GetValues(typeof(OperationKind))).Where(k => k != OperationKind.None).Distinct().ToArray());
                start.RegisterOperationBlockAction(_ => { });
                start.RegisterSymbolAction(_ => { }, SymbolKind.NamedType, SymbolKind.Method, SymbolKind.Property, SymbolKind.Field, SymbolKind.Parameter);
                start.RegisterCompilationEndAction(_ => { });
            });
        }
    }

    /// <summary>
    /// Wraps an analyzer and counts the callbacks the driver makes into it (compilation start and end, symbol,
    /// operation, operation block, syntax node and tree, additional file). Callbacks registered inside nested start
    /// actions (operation block start, symbol start) are counted as their start action only.
    /// </summary>
    private sealed class CountingAnalyzer : DiagnosticAnalyzer, ICallbackWrapper
    {
        private readonly DiagnosticAnalyzer _inner;
        private long _callbacks;

        public CountingAnalyzer(DiagnosticAnalyzer inner)
        {
            _inner = inner;
        }

        public long Callbacks => Interlocked.Read(ref _callbacks);

        public string Name => _inner.GetType().Name;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => _inner.SupportedDiagnostics;

        public override void Initialize(AnalysisContext context) => _inner.Initialize(new ForwardingAnalysisContext(context, this));

        public Action<T> Wrap<T>(Action<T> action, string kind) => arg =>
        {
            Interlocked.Increment(ref _callbacks);
            action(arg);
        };
    }
}
