using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;

namespace FinGuard.Benchmarks;

/// <summary>
/// What a build pays for FinGuard: per corpus and iteration, on fresh compilations of the same trees, interleaved
/// (the order rotates each iteration) and each after a full garbage collection:
/// <list type="bullet">
/// <item>compile alone (bind and emit, what csc does without analyzers);</item>
/// <item>compile plus a do-nothing "floor" analyzer that registers the same kinds of callbacks as FinGuard (so the
/// analyzer driver's own cost — compilation events, semantic models, IOperation trees — is not charged to FinGuard);</item>
/// <item>compile plus FinGuard, and plus each peer pack.</item>
/// </list>
/// FinGuard's net cost in one iteration is (FinGuard − floor) / compile; the table reports the median of the
/// per-iteration ratios with their range, for wall clock and for the process's CPU time (which a busy machine
/// disturbs less than wall clock). Single-threaded analysis, like the telemetry rows of the main benchmark.
/// </summary>
internal static class WallClock
{
    public static async Task<string> RunAsync(WallClockOptions options)
    {
        ImmutableArray<MetadataReference> references = CorpusReferences.Create();
        // --shipped-only: the shipped host is the one FinGuard configuration, with no replay control, so that a run of the
        // same length fits three times as many iterations (the per-iteration spread on two shared cores is wider than the
        // 0.15 target; only more iterations narrow the median).
        var packs = new List<AnalyzerPack> { options.ShippedOnly ? new AnalyzerPack("FinGuard", AnalyzerPacks.FinGuardHost, ImmutableDictionary<string, ReportDiagnostic>.Empty) : AnalyzerPacks.FinGuard() };
        if (options.Hosted && !options.ShippedOnly)
        {
            // The same rules hosted by one analyzer: what the compiler loads (FinGuardAnalyzer).
            packs.Add(new AnalyzerPack("FinGuard hosted (1 analyzer)", AnalyzerPacks.FinGuardHost, ImmutableDictionary<string, ReportDiagnostic>.Empty));
        }

        if (options.Peers && !options.ShippedOnly)
        {
            packs.AddRange(AnalyzerPacks.Peers().Where(p => p.Name.Contains("CA rules", StringComparison.Ordinal)));
        }

        var report = new StringBuilder();
        report.Append($"Wall-clock cost measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores, .NET {Environment.Version}, Roslyn {typeof(CSharpCompilation).Assembly.GetName().Version}; load average at start {LoadAverage()}.\n");
        report.Append($"Each row: median of {options.Iterations} per-iteration ratios [min–max]; net = (compile + pack) − (compile + floor analyzer), divided by compile.\n\n");
        report.Append("| Corpus | Lines | Findings | Compile (median) | Floor / compile | FinGuard net / compile (wall) | FinGuard net / compile (CPU) | Driver per finding: replayed findings net / compile (wall) | FinGuard telemetry / compile | FinGuard net allocation (MB; compile allocates) |");
        foreach (AnalyzerPack peer in packs.Skip(1))
        {
            report.Append(' ').Append(peer.Name).Append(" net / compile (wall); net allocation |");
        }

        report.Append("\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (AnalyzerPack unused in packs.Skip(1))
        {
            report.Append("---:|");
        }

        report.Append('\n');
        var perAnalyzerReport = new StringBuilder();
        foreach (CorpusSpec spec in options.Corpora)
        {
            (List<SyntaxTree> trees, int lines, ImmutableArray<MetadataReference> refs) = Load(spec, references);
            CSharpCompilationOptions compilationOptions = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: false, optimizationLevel: OptimizationLevel.Release)
                .WithSyntaxTreeOptionsProvider(new NoEditorConfigOptions());
            // Fresh syntax trees for every measured compilation, parsed before the clock starts: a build parses its
            // sources anew, so caches that FinGuard keeps per syntax tree (for the editor, where unchanged trees survive
            // an edit) must start cold here, or every configuration after the first would inherit them.
            CSharpCompilation Fresh() => CSharpCompilation.Create("Corpus", trees.Select(Reparse), refs, compilationOptions);
            Diagnostic[] errors = Fresh().GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
            Log($"{spec}: {trees.Count} files, {lines} lines, {errors.Length} compiler errors {string.Join("; ", errors.Take(3))}");

            AnalyzerPack floor = FloorPack(AnalyzerPacks.FinGuardAnalyzers, Fresh());
            var configurations = new List<AnalyzerPack?> { null, floor };
            configurations.AddRange(packs);

            // The floor plus FinGuard's findings replayed (same files and spans, a dummy ID): what the driver pays per
            // reported diagnostic (queueing and the [SuppressMessage] check, which binds the member around each finding
            // again), which any analyzer reporting the same findings pays. Splits FinGuard's net cost into its own
            // analysis and the driver's handling of its findings.
            AnalyzerPack? replay = options.ShippedOnly ? null : ReplayPack(floor, await FindingsAsync(Fresh(), packs.Last(p => p.Name.StartsWith("FinGuard", StringComparison.Ordinal))));
            if (replay != null)
            {
                configurations.Add(replay);
            }

            if (options.SplitFloor)
            {
                // One do-nothing analyzer per FinGuard analyzer, each with that analyzer's registrations: how much of
                // the net cost is the driver's per-analyzer bookkeeping rather than work in FinGuard's callbacks.
                configurations.Add(new AnalyzerPack(
                    "floor per analyzer",
                    AnalyzerPacks.FinGuardAnalyzers.SelectMany(a => FloorPack(ImmutableArray.Create(a), Fresh()).Analyzers).ToImmutableArray(),
                    ImmutableDictionary<string, ReportDiagnostic>.Empty));
            }

            // Warm-up: JIT the compiler, the driver and every pack on this corpus once, unmeasured.
            foreach (AnalyzerPack? pack in configurations)
            {
                await MeasureAsync(Fresh(), pack);
            }

            var samples = new Dictionary<string, List<Sample>>();
            for (int iteration = 0; iteration < options.Iterations; iteration++)
            {
                for (int k = 0; k < configurations.Count; k++)
                {
                    AnalyzerPack? pack = configurations[(k + iteration) % configurations.Count];
                    Sample sample = await MeasureAsync(Fresh(), pack);
                    string name = pack?.Name ?? "compile";
                    if (!samples.TryGetValue(name, out List<Sample>? list))
                    {
                        samples[name] = list = new List<Sample>();
                    }

                    list.Add(sample);
                }

                Log($"{spec}: iteration {iteration + 1}: " + string.Join(", ", samples.Select(s => $"{s.Key} {s.Value[^1].Wall.TotalSeconds:0.00}s cpu {s.Value[^1].Cpu.TotalSeconds:0.00}s {s.Value[^1].Allocated / 1048576.0:0.0}MB gen2 {s.Value[^1].Gen2} gc {s.Value[^1].GcPause.TotalSeconds:0.00}s")));
            }

            List<Sample> compile = samples["compile"];
            List<Sample> floorSamples = samples[floor.Name];
            List<Sample> finGuard = samples["FinGuard"];
            TimeSpan telemetry = await TelemetryAsync(Fresh(), packs[0]);
            double medianCompile = Median(compile.Select(c => c.Wall.TotalSeconds));
            report.Append($"| {spec.Label} | {lines:N0} | {finGuard[0].Findings:N0} | {medianCompile:0.00} s | {Ratios(floorSamples, compile, null, s => s.Wall)} | **{Ratios(finGuard, compile, floorSamples, s => s.Wall, interval: true)}** | {Ratios(finGuard, compile, floorSamples, s => s.Cpu)} | {(replay == null ? "—" : Ratios(samples[replay.Name], compile, floorSamples, s => s.Wall))} | {telemetry.TotalSeconds / medianCompile:0.000} | {NetAllocatedMb(finGuard, floorSamples)} ({Median(compile.Select(c => (double)c.Allocated)) / 1048576:0}) |");
            foreach (AnalyzerPack peer in packs.Skip(1))
            {
                report.Append($" {Ratios(samples[peer.Name], compile, floorSamples, s => s.Wall)}; {NetAllocatedMb(samples[peer.Name], floorSamples)} MB |");
            }

            report.Append('\n');
            if (options.PerAnalyzer)
            {
                perAnalyzerReport.Append($"\nPer analyzer on {spec.Label} (each alone, net of the floor, median of {options.Iterations} [min–max], wall clock; and net allocation, which machine load does not disturb):\n\n| Analyzer | Net / compile | Net allocation (MB) |\n|---|---:|---:|\n");
                var rows = new List<(string Name, double Median, string Text)>();
                foreach (DiagnosticAnalyzer analyzer in AnalyzerPacks.FinGuardAnalyzers)
                {
                    var alone = new AnalyzerPack(analyzer.GetType().Name, ImmutableArray.Create(analyzer), ImmutableDictionary<string, ReportDiagnostic>.Empty);
                    AnalyzerPack aloneFloor = FloorPack(ImmutableArray.Create(analyzer), Fresh());
                    await MeasureAsync(Fresh(), alone);
                    var mine = new List<Sample>();
                    var theirFloor = new List<Sample>();
                    var compileAgain = new List<Sample>();
                    for (int iteration = 0; iteration < options.Iterations; iteration++)
                    {
                        compileAgain.Add(await MeasureAsync(Fresh(), null));
                        theirFloor.Add(await MeasureAsync(Fresh(), aloneFloor));
                        mine.Add(await MeasureAsync(Fresh(), alone));
                    }

                    double median = Median(Enumerable.Range(0, mine.Count).Select(i => (mine[i].Wall - theirFloor[i].Wall).TotalSeconds / compileAgain[i].Wall.TotalSeconds));
                    rows.Add((alone.Name, median, Ratios(mine, compileAgain, theirFloor, s => s.Wall) + " | " + NetAllocatedMb(mine, theirFloor)));
                    Log($"{spec}: {alone.Name}: {rows[^1].Text}");
                }

                foreach ((string name, double _, string text) in rows.OrderByDescending(r => r.Median))
                {
                    perAnalyzerReport.Append($"| {name} | {text} |\n");
                }
            }

            trees = null!;
            GC.Collect();
        }

        report.Append(perAnalyzerReport);
        foreach ((string directory, string file) in options.Documents)
        {
            report.Append(await DocumentAsync(directory, file, Math.Max(options.Iterations, 5), references));
        }

        return report.ToString();
    }

    /// <summary>
    /// What the editor pays after a keystroke in one open document: on a fresh compilation of the whole folder (an edit
    /// makes a new compilation; compilation-start work runs again), the semantic analyzer diagnostics of that document
    /// only, with FinGuard and with the floor analyzer, interleaved; the median of the per-iteration differences.
    /// </summary>
    private static async Task<string> DocumentAsync(string directory, string file, int iterations, ImmutableArray<MetadataReference> references)
    {
        (List<SyntaxTree> trees, int lines, ImmutableArray<MetadataReference> refs) = Load(new CorpusSpec("real", 0, directory), references);
        string wanted = file.Replace('\\', '/');
        SyntaxTree document = trees.Single(t => t.FilePath.Replace('\\', '/').EndsWith("/" + wanted.TrimStart('/'), StringComparison.Ordinal));
        int documentLines = CorpusGenerator.CountLines(document.GetText().ToString());
        CSharpCompilationOptions compilationOptions = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: false)
            .WithSyntaxTreeOptionsProvider(new NoEditorConfigOptions());
        // After an edit the editor has a new tree for the open document and keeps every other tree: per-tree caches
        // stay warm for the others and start cold for the edited one.
        // The IDE derives the compilation after an edit from the previous one (ReplaceSyntaxTree), which keeps the
        // referenced assemblies' symbols: binding the references is paid once per project load, not per keystroke.
        CSharpCompilation loaded = CSharpCompilation.Create("Corpus", trees, refs, compilationOptions);
        _ = loaded.Assembly;
        SyntaxTree edited = document;
        CSharpCompilation Fresh()
        {
            edited = Reparse(document);
            return loaded.ReplaceSyntaxTree(document, edited);
        }

        AnalyzerPack floor = FloorPack(AnalyzerPacks.FinGuardAnalyzers, Fresh());
        // What the editor loads: the one hosting analyzer the package ships.
        var finGuard = new AnalyzerPack("FinGuard hosted (1 analyzer)", AnalyzerPacks.FinGuardHost, ImmutableDictionary<string, ReportDiagnostic>.Empty);

        async Task<(double Wall, double Cpu, int Findings)> OnceAsync(AnalyzerPack pack)
        {
            CSharpCompilation compilation = Fresh();
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            Process self = Process.GetCurrentProcess();
            TimeSpan cpuBefore = self.TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            var analyzerOptions = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false);
            CompilationWithAnalyzers withAnalyzers = compilation.WithAnalyzers(pack.Analyzers, analyzerOptions);
            ImmutableArray<Diagnostic> diagnostics = await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(edited), null, CancellationToken.None);
            wall.Stop();
            self.Refresh();
            return (wall.Elapsed.TotalMilliseconds, (self.TotalProcessorTime - cpuBefore).TotalMilliseconds, diagnostics.Length);
        }

        await OnceAsync(floor);
        await OnceAsync(finGuard);
        var net = new List<double>();
        var netCpu = new List<double>();
        var floorWall = new List<double>();
        int findings = 0;
        for (int i = 0; i < iterations; i++)
        {
            bool floorFirst = i % 2 == 0;
            var first = await OnceAsync(floorFirst ? floor : finGuard);
            var second = await OnceAsync(floorFirst ? finGuard : floor);
            var (f, g) = floorFirst ? (first, second) : (second, first);
            net.Add(g.Wall - f.Wall);
            netCpu.Add(g.Cpu - f.Cpu);
            floorWall.Add(f.Wall);
            findings = g.Findings;
            Log($"document {wanted}: iteration {i + 1}: floor {f.Wall:0} ms, FinGuard {g.Wall:0} ms");
        }

        return string.Format(CultureInfo.InvariantCulture,
            "\nOne open document (editor, after an edit): {0} ({1:N0} lines) in a compilation of {2:N0} lines ({3}), FinGuard findings {4}; "
            + "floor {5:0} ms; **FinGuard beyond the floor: {6:0} ms** wall [{7:0}–{8:0}], {9:0} ms CPU (median of {10}).\n",
            wanted, documentLines, lines, System.IO.Path.GetFileName(directory.TrimEnd('/', '\\')), findings, Median(floorWall), Median(net), net.Min(), net.Max(), Median(netCpu), iterations);
    }

    /// <summary>Median allocation beyond the floor, in MB: deterministic enough to compare changes on a busy machine.</summary>
    private static string NetAllocatedMb(List<Sample> pack, List<Sample> floor)
        => string.Format(CultureInfo.InvariantCulture, "{0:0.0}", Median(Enumerable.Range(0, pack.Count).Select(i => (double)(pack[i].Allocated - floor[i].Allocated))) / 1048576);

    /// <summary>Per-iteration ratios (pack − floor) / compile: "median [min–max]".</summary>
    private static string Ratios(List<Sample> pack, List<Sample> compile, List<Sample>? floor, Func<Sample, TimeSpan> measure, bool interval = false)
    {
        var ratios = new List<double>();
        for (int i = 0; i < pack.Count; i++)
        {
            double net = measure(pack[i]).TotalSeconds - (floor == null ? measure(compile[i]).TotalSeconds : measure(floor[i]).TotalSeconds);
            ratios.Add(net / measure(compile[i]).TotalSeconds);
        }

        string text = string.Format(CultureInfo.InvariantCulture, "{0:0.000} [{1:0.000}–{2:0.000}]", Median(ratios), ratios.Min(), ratios.Max());
        if (interval)
        {
            (double low, double high) = MedianInterval(ratios);
            text += string.Format(CultureInfo.InvariantCulture, "; median's 90 % interval {0:0.000}–{1:0.000}", low, high);
        }

        return text;
    }

    // How far the median itself can be trusted: single iterations on two shared cores spread wider than the targets, so
    // the table gives a bootstrap interval of the median (4,000 resamples of the per-iteration ratios, fixed seed, the
    // 5th and 95th percentiles). A target is shown when the interval's upper end is under it.
    private static (double Low, double High) MedianInterval(List<double> ratios)
    {
        var random = new Random(20261203);
        var medians = new List<double>(4000);
        var resample = new List<double>(ratios.Count);
        for (int i = 0; i < 4000; i++)
        {
            resample.Clear();
            for (int k = 0; k < ratios.Count; k++)
            {
                resample.Add(ratios[random.Next(ratios.Count)]);
            }

            medians.Add(Median(resample));
        }

        medians.Sort();
        return (medians[200], medians[3799]);
    }

    /// <summary>
    /// One build's work: with a pack, the analyzer driver runs over the whole compilation (which binds every method
    /// body) and then the same compilation is emitted; without one, the compilation is emitted alone.
    /// </summary>
    private static async Task<Sample> MeasureAsync(CSharpCompilation compilation, AnalyzerPack? pack)
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        Process self = Process.GetCurrentProcess();
        TimeSpan cpuBefore = self.TotalProcessorTime;
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        int gen2Before = GC.CollectionCount(2);
        TimeSpan pauseBefore = GC.GetTotalPauseDuration();
        var wall = Stopwatch.StartNew();
        int findings = 0;
        Compilation toEmit = compilation;
        if (pack != null)
        {
            CSharpCompilation c = pack.DiagnosticOptions.IsEmpty ? compilation : compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(pack.DiagnosticOptions));
            var analyzerOptions = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false);
            CompilationWithAnalyzers withAnalyzers = c.WithAnalyzers(pack.Analyzers, analyzerOptions);
            ImmutableArray<Diagnostic> diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
            findings = diagnostics.Length;
            toEmit = withAnalyzers.Compilation;
        }

        using (var stream = new MemoryStream())
        {
            EmitResult unused = toEmit.Emit(stream);
        }

        wall.Stop();
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        self.Refresh();
        return new Sample(wall.Elapsed, self.TotalProcessorTime - cpuBefore, findings, allocated, GC.CollectionCount(2) - gen2Before, GC.GetTotalPauseDuration() - pauseBefore);
    }

    private static async Task<TimeSpan> TelemetryAsync(CSharpCompilation compilation, AnalyzerPack pack)
    {
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false);
        CompilationWithAnalyzers withAnalyzers = compilation.WithAnalyzers(pack.Analyzers, options);
        await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        TimeSpan sum = TimeSpan.Zero;
        foreach (DiagnosticAnalyzer analyzer in pack.Analyzers)
        {
            sum += (await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None)).ExecutionTime;
        }

        return sum;
    }

    internal static (List<SyntaxTree> Trees, int Lines, ImmutableArray<MetadataReference> References) LoadCorpus(CorpusSpec spec, ImmutableArray<MetadataReference> references)
        => Load(spec, references);

    private static (List<SyntaxTree> Trees, int Lines, ImmutableArray<MetadataReference> References) Load(CorpusSpec spec, ImmutableArray<MetadataReference> references)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = new List<SyntaxTree>();
        int lines = 0;
        if (spec.Kind == "real")
        {
            // Real code as an editor sees it before restore: every .cs file of the folder, framework references only.
            foreach (string file in Directory.EnumerateFiles(spec.Path!, "*.cs", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
            {
                string normalized = file.Replace('\\', '/');
                if (normalized.Contains("/bin/", StringComparison.Ordinal) || normalized.Contains("/obj/", StringComparison.Ordinal))
                {
                    continue;
                }

                string text = File.ReadAllText(file);
                lines += CorpusGenerator.CountLines(text);
                trees.Add(CSharpSyntaxTree.ParseText(text, parseOptions, file));
            }

            return (trees, lines, references);
        }

        List<(string Path, string Text)> files = spec.Kind == "dense"
            ? new DenseCorpusGenerator(20261201).Generate(spec.Lines)
            : new CorpusGenerator(20261125).Generate(spec.Lines);
        foreach ((string path, string text) in files)
        {
            lines += CorpusGenerator.CountLines(text);
            trees.Add(CSharpSyntaxTree.ParseText(text, parseOptions, "/corpus/" + path));
        }

        return (trees, lines, references);
    }

    private static SyntaxTree Reparse(SyntaxTree tree)
        => CSharpSyntaxTree.ParseText(tree.GetText(), (CSharpParseOptions)tree.Options, tree.FilePath);

    /// <summary>Where <paramref name="pack"/> reports, by file: the spans the replay floor reports again.</summary>
    private static async Task<Dictionary<string, TextSpan[]>> FindingsAsync(CSharpCompilation compilation, AnalyzerPack pack)
    {
        var analyzerOptions = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false);
        ImmutableArray<Diagnostic> diagnostics = await compilation.WithAnalyzers(pack.Analyzers, analyzerOptions).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        return diagnostics.Where(d => d.Location.IsInSource)
            .GroupBy(d => d.Location.SourceTree!.FilePath, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(d => d.Location.SourceSpan).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The floor plus one analyzer that reports <paramref name="findings"/> again from a syntax tree action.</summary>
    private static AnalyzerPack ReplayPack(AnalyzerPack floor, Dictionary<string, TextSpan[]> findings)
        => new AnalyzerPack("floor + replayed findings", floor.Analyzers.Add(new ReplayAnalyzer(findings)), ImmutableDictionary<string, ReportDiagnostic>.Empty);

    /// <summary>Reports recorded spans with a dummy descriptor: the driver's per-diagnostic work, without analysis.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class ReplayAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Replayed = new DiagnosticDescriptor("REPLAY01", "replayed", "replayed finding", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);
        private readonly Dictionary<string, TextSpan[]> _findings;

        public ReplayAnalyzer(Dictionary<string, TextSpan[]> findings)
        {
            _findings = findings;
        }

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Replayed);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterSyntaxTreeAction(tree =>
            {
                if (_findings.TryGetValue(tree.Tree.FilePath, out TextSpan[]? spans))
                {
                    foreach (TextSpan span in spans)
                    {
                        tree.ReportDiagnostic(Diagnostic.Create(Replayed, Location.Create(tree.Tree, span)));
                    }
                }
            });
        }
    }

    /// <summary>
    /// <c>--retained SPEC</c>: the heap that survives analysis while the build still holds the compilation and the
    /// findings (before emit), with the floor and with the shipped host, after a full collection. What outlives a
    /// callback is promoted and can start full collections of a heap that holds a whole compilation; those collections
    /// are most of the spread between iterations of the wall-clock mode (its per-iteration log shows them).
    /// </summary>
    public static async Task<string> RetainedAsync(CorpusSpec spec)
    {
        (List<SyntaxTree> trees, int lines, ImmutableArray<MetadataReference> refs) = Load(spec, CorpusReferences.Create());
        CSharpCompilationOptions compilationOptions = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: false, optimizationLevel: OptimizationLevel.Release)
            .WithSyntaxTreeOptionsProvider(new NoEditorConfigOptions());
        CSharpCompilation Fresh() => CSharpCompilation.Create("Corpus", trees.Select(Reparse), refs, compilationOptions);
        AnalyzerPack floor = FloorPack(AnalyzerPacks.FinGuardAnalyzers, Fresh());
        var host = new AnalyzerPack("FinGuard hosted (1 analyzer)", AnalyzerPacks.FinGuardHost, ImmutableDictionary<string, ReportDiagnostic>.Empty);
        var report = new StringBuilder($"Heap retained after analysis on {spec.Label} ({lines:N0} lines), compilation and findings held, after a full collection:\n\n| Pack | Findings | In use (MB, GC.GetTotalMemory) | Heap minus fragmentation (MB, last collection) | Gen2 collections during analysis |\n|---|---:|---:|---:|---:|\n");
        using var events = new GcEvents();
        var eventSummaries = new StringBuilder();
        for (int run = 0; run < 2; run++)
        {
            foreach (AnalyzerPack pack in new[] { floor, host })
            {
                CSharpCompilation compilation = Fresh();
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
                GC.WaitForPendingFinalizers();
                events.Start();
                int gen2 = GC.CollectionCount(2);
                var analyzerOptions = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false);
                CompilationWithAnalyzers withAnalyzers = compilation.WithAnalyzers(pack.Analyzers, analyzerOptions);
                ImmutableArray<Diagnostic> diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
                gen2 = GC.CollectionCount(2) - gen2;
                events.Stop();
                if (run == 1)
                {
                    eventSummaries.Append($"\n{pack.Name}: {events.Summary()}\n");
                }
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
                GC.WaitForPendingFinalizers();
                long retained = GC.GetTotalMemory(forceFullCollection: true);
                GCMemoryInfo info = GC.GetGCMemoryInfo(GCKind.Any);
                if (run == 1)
                {
                    report.Append($"| {pack.Name} | {diagnostics.Length:N0} | {retained / 1048576.0:0.0} | {(info.HeapSizeBytes - info.FragmentedBytes) / 1048576.0:0.0} | {gen2} |\n");
                    if (Environment.GetEnvironmentVariable("FINGUARD_RETAINED_PAUSE") is { Length: > 0 } seconds)
                    {
                        // Time to take a heap dump of this state (dotnet-gcdump collect -p PID).
                        Console.Error.WriteLine($"{pack.Name}: pid {Environment.ProcessId}, pausing {seconds} s");
                        await Task.Delay(TimeSpan.FromSeconds(int.Parse(seconds, CultureInfo.InvariantCulture)));
                    }
                }

                GC.KeepAlive(withAnalyzers);
                GC.KeepAlive(compilation);
            }
        }

        return report.Append(eventSummaries).ToString();
    }

    /// <summary>A pack of one do-nothing analyzer that registers what <paramref name="analyzers"/> register.</summary>
    private static AnalyzerPack FloorPack(ImmutableArray<DiagnosticAnalyzer> analyzers, Compilation compilation)
    {
        var registrations = new Registrations();
        foreach (DiagnosticAnalyzer analyzer in analyzers)
        {
            var context = new RecordingAnalysisContext(registrations);
            analyzer.Initialize(context);
            foreach (Action<CompilationStartAnalysisContext> start in context.StartActions)
            {
                try
                {
                    start(new RecordingCompilationStartContext(registrations, compilation));
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    // A start action that needs a real driver context: what it registered so far is recorded.
                }
            }
        }

        return new AnalyzerPack("floor", ImmutableArray.Create<DiagnosticAnalyzer>(new FloorAnalyzer(registrations)), ImmutableDictionary<string, ReportDiagnostic>.Empty);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count == 0 ? 0 : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string LoadAverage()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (IOException)
        {
            return "n/a";
        }
    }

    private static void Log(string message) => Console.Error.WriteLine($"[{DateTime.UtcNow:HH:mm:ss}] {message}");

    // Gen2 collections and the time the runtime was paused for collections during the run: a run that happens to get one
    // more full collection of a heap holding a whole compilation is seconds slower, which is most of the spread between
    // iterations on a quiet machine (logged per iteration so the spread can be explained).
    private sealed record Sample(TimeSpan Wall, TimeSpan Cpu, int Findings, long Allocated, int Gen2 = 0, TimeSpan GcPause = default);

    /// <summary>The kinds of callbacks a set of analyzers registers.</summary>
    internal sealed class Registrations
    {
        public HashSet<SymbolKind> Symbols { get; } = new HashSet<SymbolKind>();

        public HashSet<SymbolKind> SymbolStarts { get; } = new HashSet<SymbolKind>();

        public HashSet<OperationKind> Operations { get; } = new HashSet<OperationKind>();

        public HashSet<SyntaxKind> SyntaxNodes { get; } = new HashSet<SyntaxKind>();

        public bool SemanticModel { get; set; }

        public bool SyntaxTree { get; set; }

        public bool CodeBlock { get; set; }

        public bool CodeBlockStart { get; set; }

        public bool OperationBlock { get; set; }

        public bool OperationBlockStart { get; set; }

        public bool CompilationEnd { get; set; }

        public bool AdditionalFile { get; set; }

        public void Add(ImmutableArray<SymbolKind> kinds) => Symbols.UnionWith(kinds);

        public void Add(ImmutableArray<OperationKind> kinds) => Operations.UnionWith(kinds);

        public void AddSyntax<TLanguageKindEnum>(ImmutableArray<TLanguageKindEnum> kinds)
            where TLanguageKindEnum : struct
        {
            foreach (TLanguageKindEnum kind in kinds)
            {
                if (kind is SyntaxKind syntaxKind)
                {
                    SyntaxNodes.Add(syntaxKind);
                }
            }
        }
    }

    private sealed class RecordingAnalysisContext : AnalysisContext
    {
        private readonly Registrations _r;

        public RecordingAnalysisContext(Registrations registrations)
        {
            _r = registrations;
        }

        public List<Action<CompilationStartAnalysisContext>> StartActions { get; } = new List<Action<CompilationStartAnalysisContext>>();

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) => StartActions.Add(action);

        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => _r.CompilationEnd = true;

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => _r.SemanticModel = true;

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => _r.Add(symbolKinds);

        public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) => _r.SymbolStarts.Add(symbolKind);

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => _r.CodeBlockStart = true;

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => _r.CodeBlock = true;

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => _r.SyntaxTree = true;

        public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) => _r.AdditionalFile = true;

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => _r.AddSyntax(syntaxKinds);

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => _r.OperationBlockStart = true;

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => _r.OperationBlock = true;

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => _r.Add(operationKinds);

        public override void EnableConcurrentExecution()
        {
        }

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode)
        {
        }
    }

    private sealed class RecordingCompilationStartContext : CompilationStartAnalysisContext
    {
        private readonly Registrations _r;

        public RecordingCompilationStartContext(Registrations registrations, Compilation compilation)
            : base(compilation, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), CancellationToken.None)
        {
            _r = registrations;
        }

        public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => _r.CompilationEnd = true;

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => _r.SemanticModel = true;

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => _r.Add(symbolKinds);

        public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) => _r.SymbolStarts.Add(symbolKind);

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => _r.CodeBlockStart = true;

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => _r.CodeBlock = true;

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => _r.SyntaxTree = true;

        public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) => _r.AdditionalFile = true;

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => _r.AddSyntax(syntaxKinds);

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => _r.OperationBlockStart = true;

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => _r.OperationBlock = true;

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => _r.Add(operationKinds);
    }

    /// <summary>
    /// Registers the recorded kinds with empty callbacks: what the driver pays to serve them (events, semantic
    /// models, IOperation trees, dispatch) without any analyzer work.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class FloorAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Never = new DiagnosticDescriptor("FLOOR01", "floor", "floor", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);
        private readonly Registrations _r;

        public FloorAnalyzer(Registrations registrations)
        {
            _r = registrations;
        }

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Never);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                if (_r.Symbols.Count > 0)
                {
                    start.RegisterSymbolAction(static _ => { }, _r.Symbols.ToImmutableArray());
                }

                foreach (SymbolKind kind in _r.SymbolStarts)
                {
                    start.RegisterSymbolStartAction(static s => s.RegisterSymbolEndAction(static _ => { }), kind);
                }

                if (_r.Operations.Count > 0)
                {
                    start.RegisterOperationAction(static _ => { }, _r.Operations.ToImmutableArray());
                }

                if (_r.SyntaxNodes.Count > 0)
                {
                    start.RegisterSyntaxNodeAction(static _ => { }, _r.SyntaxNodes.ToImmutableArray());
                }

                if (_r.SemanticModel)
                {
                    start.RegisterSemanticModelAction(static _ => { });
                }

                if (_r.SyntaxTree)
                {
                    start.RegisterSyntaxTreeAction(static _ => { });
                }

                if (_r.CodeBlock)
                {
                    start.RegisterCodeBlockAction(static _ => { });
                }

                if (_r.CodeBlockStart)
                {
                    start.RegisterCodeBlockStartAction<SyntaxKind>(static _ => { });
                }

                if (_r.OperationBlock)
                {
                    start.RegisterOperationBlockAction(static _ => { });
                }

                if (_r.OperationBlockStart)
                {
                    start.RegisterOperationBlockStartAction(static _ => { });
                }

                if (_r.CompilationEnd)
                {
                    start.RegisterCompilationEndAction(static _ => { });
                }
            });
        }
    }
}

internal sealed record CorpusSpec(string Kind, int Lines, string? Path)
{
    public string Label => Kind switch
    {
        "real" => "real: " + System.IO.Path.GetFileName(Path!.TrimEnd('/', '\\')),
        "dense" => $"payment-dense {Lines / 1000}k",
        _ => $"generated {Lines / 1000}k",
    };

    /// <summary><c>generated:200000</c>, <c>dense:50000</c> or <c>real:/path/to/sources</c>.</summary>
    public static CorpusSpec Parse(string text)
    {
        int colon = text.IndexOf(':');
        string kind = colon < 0 ? text : text.Substring(0, colon);
        string value = colon < 0 ? "" : text.Substring(colon + 1);
        return kind switch
        {
            "real" => new CorpusSpec("real", 0, value),
            "dense" or "generated" => new CorpusSpec(kind, value.Length == 0 ? 50_000 : int.Parse(value, CultureInfo.InvariantCulture), null),
            _ => throw new ArgumentException("corpus must be generated:N, dense:N or real:DIR, not " + text),
        };
    }

    public override string ToString() => Label;
}

internal sealed class WallClockOptions
{
    public List<CorpusSpec> Corpora { get; } = new List<CorpusSpec>();

    public int Iterations { get; set; } = 5;

    public bool Peers { get; set; } = true;

    public bool PerAnalyzer { get; set; }

    /// <summary><c>--split-floor</c>: also measure one floor analyzer per FinGuard analyzer (logged per iteration).</summary>
    public bool SplitFloor { get; set; }

    public bool Hosted { get; set; }

    /// <summary><c>--shipped-only</c>: compile, floor and the shipped host only (no rules loaded one by one, no replay, no peers).</summary>
    public bool ShippedOnly { get; set; }

    /// <summary><c>--document DIR:PATH</c>: one open document (PATH relative to DIR) in the compilation of DIR.</summary>
    public List<(string Directory, string File)> Documents { get; } = new List<(string, string)>();
}
