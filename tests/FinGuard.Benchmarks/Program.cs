using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Emit;

namespace FinGuard.Benchmarks;

/// <summary>
/// FinGuard's benchmark: generates a payments codebase, measures compile time without analyzers, every FinGuard
/// analyzer's execution time (Roslyn's telemetry), the same for the peer packs, peak memory, single-document (IDE)
/// latency and scaling, and prints a Markdown table. <c>--robustness N</c> instead runs N damaged inputs through
/// every analyzer and code fix. See docs/benchmarks.md.
/// </summary>
public static class Program
{
    private const int Seed = 20261125;

    public static async Task<int> Main(string[] args)
    {
        if (args.Contains("--real-code"))
        {
            return await RealCode.RealCodeRun.RunAsync(args);
        }

        var options = Options.Parse(args);
        if (options.Help)
        {
            Console.WriteLine(Options.Usage);
            return 0;
        }

        if (options.Robustness > 0)
        {
            return await RobustnessRun.RunAsync(options.Robustness, Seed);
        }

        if (options.Profile != null)
        {
            return await ProfileRun.RunAsync(options.Profile, options.WallClock?.Iterations ?? 5, options.WallClock?.Documents.Select(d => d.File).FirstOrDefault());
        }

        if (options.Retained != null)
        {
            Console.WriteLine(await WallClock.RetainedAsync(options.Retained));
            return 0;
        }

        if (options.CallbackAllocations != null)
        {
            Console.WriteLine(await CallbackAllocations.RunAsync(options.CallbackAllocations));
            return 0;
        }

        if (options.WallClock != null)
        {
            if (options.WallClock.Corpora.Count == 0 && options.WallClock.Documents.Count == 0)
            {
                options.WallClock.Corpora.AddRange(new[] { "generated:50000", "generated:200000", "dense:50000", "dense:200000" }.Select(CorpusSpec.Parse));
            }

            string table = await WallClock.RunAsync(options.WallClock);
            Console.WriteLine();
            Console.WriteLine(table);
            if (options.Output != null)
            {
                string file = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(options.Output))!, "wallclock.md");
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllText(file, table);
                Console.Error.WriteLine("table written to " + file);
            }

            return 0;
        }

        string markdown = await new Benchmark(options).RunAsync();
        Console.WriteLine();
        Console.WriteLine(markdown);
        if (options.Output != null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.Output))!);
            File.WriteAllText(options.Output, markdown);
            Console.Error.WriteLine("table written to " + options.Output);
        }

        return 0;
    }

    public static string RepoRoot => typeof(Program).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "RepoRoot").Value!;
}

internal sealed class Options
{
    public const string Usage = @"FinGuard benchmark
  --lines N          size of the reported corpus in lines (default 200000, about 1,000 files)
  --scaling LIST     comma-separated sizes for the scaling rows (default 50000,200000; add 800000 or use --full-scaling)
  --full-scaling     scaling at 50000,200000,800000 (800k is opt-in: several more minutes on 2 cores, not measured here)
  --repeats N        single-document repeats for IDE latency (default 30)
  --runs N           fresh analysis runs per pack, best one reported, like the compile's best of two (default 3;
                     packs slower than 5 s per run get one)
  --no-peers         FinGuard only (quick check while developing)
  --out FILE         also write the Markdown table to FILE (default artifacts/benchmarks/latest.md)
  --robustness N     instead of benchmarking, feed N damaged inputs to every analyzer and code fix
  --wallclock        instead: what a build pays (compile, compile + floor analyzer, compile + FinGuard, + peers),
                     interleaved fresh compilations, median of per-iteration net ratios (see docs/benchmarks.md)
    --corpus SPEC    with --wallclock, repeatable: generated:N, dense:N (payment-dense) or real:DIR (all .cs files
                     of DIR, no package references); default generated:50000,generated:200000,dense:50000,dense:200000
    --iterations N   with --wallclock: iterations per corpus (default 5)
    --per-analyzer   with --wallclock: also each FinGuard analyzer alone, net of its own floor
    --profile SPEC   instead: only the shipped analyzer over SPEC (with --document DIR:PATH: that document's semantic
                     diagnostics only, as the editor asks), --iterations times after a warm-up, for a CPU trace
                     (dotnet-trace collect -- dotnet FinGuard.Benchmarks.dll --profile dense:50000)
    --retained SPEC  instead: the heap that survives analysis (compilation and findings held) with the floor and with
                     the shipped host, after a full collection: what FinGuard keeps alive
    --callback-allocations SPEC  instead: bytes allocated inside each FinGuard callback kind on one corpus (exact)
    --hosted         with --wallclock: also the rule analyzers hosted by one analyzer (FinGuardAnalyzer, the shape the package ships)
    --shipped-only   with --wallclock: compile, floor and the shipped host only (FinGuardAnalyzer), no replay or peers:
                     three measured compilations per iteration, so more iterations fit the same time
    --split-floor    with --wallclock: also one floor analyzer per FinGuard analyzer (the driver's per-analyzer cost)
    --document DIR:PATH  with --wallclock, repeatable: the editor's cost of one open document (PATH, relative to DIR)
                     in the compilation of every .cs file of DIR, FinGuard beyond the floor, in ms
  --real-code        instead of benchmarking, score the packed FinGuard on labelled public repositories
                     (--real-code --help lists its options; docs/benchmarks.md, ""Real-code evaluation"")";

    public int Lines { get; private set; } = 200_000;

    public int[] Scaling { get; private set; } = { 50_000, 200_000 };

    public int Repeats { get; private set; } = 30;

    public int Runs { get; private set; } = 3;

    public bool Peers { get; private set; } = true;

    public string? Output { get; private set; } = Path.Combine(Program.RepoRoot, "artifacts", "benchmarks", "latest.md");

    public int Robustness { get; private set; }

    public WallClockOptions? WallClock { get; private set; }

    public CorpusSpec? CallbackAllocations { get; private set; }

    public CorpusSpec? Retained { get; private set; }

    public CorpusSpec? Profile { get; private set; }

    public bool Help { get; private set; }

    public static Options Parse(string[] args)
    {
        var o = new Options();
        for (int i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException("missing value after " + args[i]);
            switch (args[i])
            {
                case "--lines":
                    o.Lines = int.Parse(Next(), CultureInfo.InvariantCulture);
                    break;
                case "--scaling":
                    o.Scaling = Next().Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
                    break;
                case "--full-scaling":
                    o.Scaling = new[] { 50_000, 200_000, 800_000 };
                    break;
                case "--repeats":
                    o.Repeats = int.Parse(Next(), CultureInfo.InvariantCulture);
                    break;
                case "--runs":
                    o.Runs = Math.Max(1, int.Parse(Next(), CultureInfo.InvariantCulture));
                    break;
                case "--no-peers":
                    o.Peers = false;
                    break;
                case "--out":
                    o.Output = Next();
                    break;
                case "--robustness":
                    o.Robustness = int.Parse(Next(), CultureInfo.InvariantCulture);
                    break;
                case "--wallclock":
                    o.WallClock ??= new WallClockOptions();
                    break;
                case "--corpus":
                    (o.WallClock ??= new WallClockOptions()).Corpora.Add(CorpusSpec.Parse(Next()));
                    break;
                case "--iterations":
                    (o.WallClock ??= new WallClockOptions()).Iterations = Math.Max(1, int.Parse(Next(), CultureInfo.InvariantCulture));
                    break;
                case "--document":
                    {
                        string spec = Next();
                        int split = spec.LastIndexOf(':');
                        if (split <= 0)
                        {
                            throw new ArgumentException("--document takes DIR:PATH (PATH relative to DIR), not " + spec);
                        }

                        (o.WallClock ??= new WallClockOptions()).Documents.Add((spec.Substring(0, split), spec.Substring(split + 1)));
                        break;
                    }

                case "--callback-allocations":
                    o.CallbackAllocations = CorpusSpec.Parse(Next());
                    break;
                case "--retained":
                    o.Retained = CorpusSpec.Parse(Next());
                    break;
                case "--profile":
                    o.Profile = CorpusSpec.Parse(Next());
                    break;
                case "--hosted":
                    (o.WallClock ??= new WallClockOptions()).Hosted = true;
                    break;
                case "--shipped-only":
                    (o.WallClock ??= new WallClockOptions()).ShippedOnly = true;
                    break;
                case "--split-floor":
                    (o.WallClock ??= new WallClockOptions()).SplitFloor = true;
                    break;
                case "--per-analyzer":
                    (o.WallClock ??= new WallClockOptions()).PerAnalyzer = true;
                    break;
                case "-h":
                case "--help":
                    o.Help = true;
                    break;
                default:
                    throw new ArgumentException("unknown option " + args[i] + "\n" + Usage);
            }
        }

        if (o.WallClock != null)
        {
            o.WallClock.Peers = o.Peers;
        }

        return o;
    }
}

/// <summary>What csc passes when there is no .editorconfig: some packs (Sonar) expect a provider to be present.</summary>
internal sealed class NoEditorConfigOptions : SyntaxTreeOptionsProvider
{
    public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.Unknown;

    public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
    {
        severity = ReportDiagnostic.Default;
        return false;
    }

    public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
    {
        severity = ReportDiagnostic.Default;
        return false;
    }
}

internal sealed record CompileResult(int Files, int Lines, CSharpCompilation Compilation, TimeSpan Parse, TimeSpan Emit, int Errors, string FirstErrors);

internal sealed record PackResult(string Name, int AnalyzerCount, TimeSpan Telemetry, TimeSpan Wall, int Diagnostics, int Crashes, string FirstCrash, List<(string Analyzer, TimeSpan Time)> PerAnalyzer);

internal sealed class Benchmark
{
    private readonly Options _options;
    private readonly ImmutableArray<MetadataReference> _references = CorpusReferences.Create();
    private readonly CorpusGenerator _generator = new CorpusGenerator(20261125);
    private readonly string _loadAtStart = LoadAverage();

    public Benchmark(Options options)
    {
        _options = options;
    }

    public async Task<string> RunAsync()
    {
        var total = Stopwatch.StartNew();
        var packs = new List<AnalyzerPack> { AnalyzerPacks.FinGuard() };
        if (_options.Peers)
        {
            packs.AddRange(AnalyzerPacks.Peers());
        }

        foreach (AnalyzerPack pack in packs)
        {
            Log($"{pack.Name}: {pack.Analyzers.Length} analyzers");
        }

        // Warm-up: JIT the compiler and every pack on a small corpus so the measured runs compare steady states.
        CompileResult warm = Compile(10_000);
        foreach (AnalyzerPack pack in packs)
        {
            await AnalyzeAsync(warm.Compilation, pack);
        }

        Log("warm-up done");

        CompileResult main = Compile(_options.Lines);
        Log($"corpus: {main.Files} files, {main.Lines} lines, parse {Sec(main.Parse)}, emit {Sec(main.Emit)}, {main.Errors} compiler errors {main.FirstErrors}");
        var results = new List<PackResult>();
        foreach (AnalyzerPack pack in packs)
        {
            PackResult result = await BestOfRunsAsync(main.Compilation, pack);
            results.Add(result);
            Log($"{pack.Name}: telemetry {Sec(result.Telemetry)}, wall {Sec(result.Wall)}, {result.Diagnostics} diagnostics, {result.Crashes} analyzer exceptions {result.FirstCrash}");
        }

        (List<double> ideWall, List<double> ideAnalyzer, int ideLines) = await IdeLatencyAsync(main.Compilation);
        Log($"IDE: median {Median(ideWall):0.0} ms, max {ideWall.Max():0.0} ms");

        var scaling = new List<(CompileResult Compile, PackResult FinGuard)>();
        foreach (int size in _options.Scaling)
        {
            if (size == _options.Lines)
            {
                scaling.Add((main, results[0]));
                continue;
            }

            CompileResult c = Compile(size);
            PackResult r = await BestOfRunsAsync(c.Compilation, packs[0]);
            scaling.Add((c, r));
            Log($"scaling {c.Lines} lines: compile {Sec(c.Parse + c.Emit)}, FinGuard {Sec(r.Telemetry)}");
            c = null!;
            GC.Collect();
        }

        long peak = Process.GetCurrentProcess().PeakWorkingSet64;
        return Render(main, results, ideWall, ideAnalyzer, ideLines, scaling.OrderBy(s => s.Compile.Lines).ToList(), peak, total.Elapsed);
    }

    private CompileResult Compile(int lines)
    {
        List<(string Path, string Text)> files = _generator.Generate(lines);
        int lineCount = files.Sum(f => CorpusGenerator.CountLines(f.Text));
        var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp12);
        GC.Collect();
        var sw = Stopwatch.StartNew();
        var trees = new List<SyntaxTree>(files.Count);
        foreach ((string path, string text) in files)
        {
            trees.Add(CSharpSyntaxTree.ParseText(text, parseOptions, "/corpus/" + path));
        }

        TimeSpan parse = sw.Elapsed;
        var compilation = CSharpCompilation.Create(
            "PaymentsCorpus",
            trees,
            _references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: false, optimizationLevel: OptimizationLevel.Release)
                .WithSyntaxTreeOptionsProvider(new NoEditorConfigOptions()));

        // Compile time without analyzers: bind and emit everything (what csc does), single-threaded like the
        // telemetry. Best of two fresh compilations, so a burst of load on a shared machine does not inflate it
        // (which would flatter every analyzer's ratio).
        EmitResult emit = null!;
        TimeSpan emitTime = TimeSpan.MaxValue;
        for (int attempt = 0; attempt < 2; attempt++)
        {
            CSharpCompilation attemptCompilation = attempt == 0 ? compilation : CSharpCompilation.Create("PaymentsCorpus", trees, _references, compilation.Options);
            GC.Collect();
            sw.Restart();
            using (var stream = new MemoryStream())
            {
                emit = attemptCompilation.Emit(stream);
            }

            emitTime = sw.Elapsed < emitTime ? sw.Elapsed : emitTime;
        }

        Diagnostic[] errors = emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        string first = errors.Length == 0 ? "" : "e.g. " + string.Join("; ", errors.Take(3).Select(e => e.ToString()));

        // The analyzer runs start from a fresh compilation with the same trees, so each pack pays for its own binding.
        CSharpCompilation fresh = CSharpCompilation.Create("PaymentsCorpus", trees, _references, compilation.Options);
        return new CompileResult(files.Count, lineCount, fresh, parse, emitTime, errors.Length, first);
    }

    /// <summary>
    /// The pack's best of several fresh runs (each on a new compilation of the same trees, so each pays for its own
    /// binding). Telemetry is wall time around callbacks: a garbage collection that the compiler's binding triggers
    /// but that starts inside an analyzer callback (0.1-0.3 s at 200k lines) lands on that analyzer's row, and the
    /// first analysis of a large corpus still runs partly unoptimised code. The best run is the pack's own cost, as the
    /// compile row is the best of two. Packs slower than 5 s per run (the peers' large packs) get a single run.
    /// </summary>
    private async Task<PackResult> BestOfRunsAsync(CSharpCompilation compilation, AnalyzerPack pack)
    {
        PackResult best = await AnalyzeAsync(compilation, pack);
        Log($"{pack.Name}: run 1: telemetry {Sec(best.Telemetry)}");
        for (int run = 1; run < _options.Runs && best.Telemetry < TimeSpan.FromSeconds(5); run++)
        {
            CSharpCompilation fresh = CSharpCompilation.Create(compilation.AssemblyName, compilation.SyntaxTrees, compilation.References, compilation.Options);
            PackResult next = await AnalyzeAsync(fresh, pack);
            Log($"{pack.Name}: run {run + 1}: telemetry {Sec(next.Telemetry)}");
            if (next.Telemetry < best.Telemetry)
            {
                best = next;
            }
        }

        return best;
    }

    private static async Task<PackResult> AnalyzeAsync(CSharpCompilation compilation, AnalyzerPack pack)
    {
        CSharpCompilation c = pack.DiagnosticOptions.IsEmpty ? compilation : compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(pack.DiagnosticOptions));
        int crashes = 0;
        string firstCrash = "";
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            (exception, analyzer, _) =>
            {
                if (Interlocked.Increment(ref crashes) == 1)
                {
                    firstCrash = $"({analyzer.GetType().Name}: {exception.GetType().Name}: {exception.Message} {FirstFrames(exception)})";
                }
            },
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: true,
            reportSuppressedDiagnostics: false);
        GC.Collect();
        var sw = Stopwatch.StartNew();
        CompilationWithAnalyzers withAnalyzers = c.WithAnalyzers(pack.Analyzers, options);
        ImmutableArray<Diagnostic> diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        TimeSpan wall = sw.Elapsed;
        var perAnalyzer = new List<(string, TimeSpan)>();
        TimeSpan sum = TimeSpan.Zero;
        foreach (DiagnosticAnalyzer analyzer in pack.Analyzers)
        {
            Microsoft.CodeAnalysis.Diagnostics.Telemetry.AnalyzerTelemetryInfo info = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
            perAnalyzer.Add((analyzer.GetType().Name, info.ExecutionTime));
            sum += info.ExecutionTime;
        }

        return new PackResult(pack.Name, pack.Analyzers.Length, sum, wall, diagnostics.Count(d => d.Id != "AD0001"), crashes + diagnostics.Count(d => d.Id == "AD0001"), firstCrash, perAnalyzer);
    }

    /// <summary>What an editor asks after a keystroke: the semantic analyzer diagnostics of one open ~1,000-line document.</summary>
    private async Task<(List<double> Wall, List<double> Analyzer, int Lines)> IdeLatencyAsync(CSharpCompilation corpus)
    {
        string text = _generator.LargeDocument(1000);
        SyntaxTree tree = CSharpSyntaxTree.ParseText(text, (CSharpParseOptions)corpus.SyntaxTrees[0].Options, "/corpus/Open/LargeLedgerService.cs");
        CSharpCompilation compilation = corpus.AddSyntaxTrees(tree);
        var wall = new List<double>();
        var analyzerTime = new List<double>();
        for (int i = 0; i <= _options.Repeats; i++)
        {
            var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: true, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false);
            var sw = Stopwatch.StartNew();
            CompilationWithAnalyzers withAnalyzers = compilation.WithAnalyzers(AnalyzerPacks.FinGuardAnalyzers, options);
            SemanticModel model = withAnalyzers.Compilation.GetSemanticModel(tree);
            await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(model, null, CancellationToken.None);
            double ms = sw.Elapsed.TotalMilliseconds;
            TimeSpan sum = TimeSpan.Zero;
            foreach (DiagnosticAnalyzer analyzer in AnalyzerPacks.FinGuardAnalyzers)
            {
                sum += (await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None)).ExecutionTime;
            }

            if (i > 0)
            {
                wall.Add(ms); // run 0 is the warm-up (first binding of the document's declarations)
                analyzerTime.Add(sum.TotalMilliseconds);
            }
        }

        return (wall, analyzerTime, CorpusGenerator.CountLines(text));
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

    private string Render(CompileResult main, List<PackResult> results, List<double> ideWall, List<double> ideAnalyzer, int ideLines, List<(CompileResult Compile, PackResult FinGuard)> scaling, long peak, TimeSpan elapsed)
    {
        TimeSpan compile = main.Parse + main.Emit;
        string Ratio(TimeSpan t) => (t.TotalSeconds / compile.TotalSeconds * 100).ToString("0.00", CultureInfo.InvariantCulture) + " %";
        var b = new StringBuilder();
        string cpu = CpuName();
        b.Append($"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores ({cpu}), {TotalMemoryGiB()} GiB RAM, {RuntimeInformation.OSDescription.Trim()}, .NET {Environment.Version}, Roslyn {typeof(CSharpCompilation).Assembly.GetName().Version}; full run {elapsed.TotalMinutes:0.0} min.\n");
        b.Append($"Load average (1 min) at start / end: {_loadAtStart} / {LoadAverage()} (other work on the machine inflates every row alike).\n");
        b.Append($"Corpus: {main.Files} generated files, {main.Lines:N0} lines (seed 20261125), {main.Errors} compiler errors. Times are single-threaded; analyzer times are Roslyn's execution telemetry (sum of callback time), best of {_options.Runs} fresh runs per pack (one for packs over 5 s a run).\n\n");
        b.Append("| Measure | Time | vs. compile |\n|---|---:|---:|\n");
        b.Append($"| Compile without analyzers (parse {Sec(main.Parse)} + bind/emit {Sec(main.Emit)}) | {Sec(compile)} | 100 % |\n");
        foreach (PackResult r in results)
        {
            string name = r.Name == "FinGuard" ? $"**FinGuard total** ({r.AnalyzerCount} analyzers, {r.Diagnostics} findings)" : $"{r.Name} ({r.AnalyzerCount} analyzers, {r.Diagnostics} findings)";
            b.Append($"| {name} | {Sec(r.Telemetry)} | {Ratio(r.Telemetry)} |\n");
            if (r.Name == "FinGuard")
            {
                foreach ((string analyzer, TimeSpan time) in r.PerAnalyzer.OrderByDescending(p => p.Time))
                {
                    b.Append($"| &nbsp;&nbsp;{analyzer} | {Sec(time)} | {Ratio(time)} |\n");
                }
            }
        }

        b.Append($"| Peak memory (working set, whole run) | {peak / (1024.0 * 1024 * 1024):0.00} GiB | |\n");
        b.Append($"| IDE: one {ideLines}-line document, FinGuard semantic diagnostics (median / max of {ideWall.Count}) | {Median(ideWall):0.0} ms / {ideWall.Max():0.0} ms | analyzer callbacks {Median(ideAnalyzer):0.0} ms / {ideAnalyzer.Max():0.0} ms |\n");
        int crashes = results.Sum(r => r.Crashes);
        b.Append($"| Analyzer exceptions (AD0001), all packs | {crashes} | |\n\n");

        b.Append("Scaling (FinGuard total vs. compile, same generator):\n\n| Lines | Files | Compile | FinGuard | Ratio |\n|---:|---:|---:|---:|---:|\n");
        foreach ((CompileResult c, PackResult r) in scaling)
        {
            TimeSpan ct = c.Parse + c.Emit;
            b.Append($"| {c.Lines:N0} | {c.Files:N0} | {Sec(ct)} | {Sec(r.Telemetry)} | {(r.Telemetry.TotalSeconds / ct.TotalSeconds * 100).ToString("0.00", CultureInfo.InvariantCulture)} % |\n");
        }

        return b.ToString();
    }

    private static string FirstFrames(Exception exception)
        => string.Join(" / ", (exception.StackTrace ?? "").Split('\n').Take(3).Select(l => l.Trim()));

    private static string Sec(TimeSpan t) => t.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture) + " s";

    private static double Median(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count == 0 ? 0 : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string CpuName()
    {
        try
        {
            string? line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            return line == null ? RuntimeInformation.ProcessArchitecture.ToString() : line.Substring(line.IndexOf(':') + 1).Trim();
        }
        catch (IOException)
        {
            return RuntimeInformation.ProcessArchitecture.ToString();
        }
    }

    private static string TotalMemoryGiB()
        => (GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024)).ToString("0", CultureInfo.InvariantCulture);

    private static void Log(string message) => Console.Error.WriteLine($"[{DateTime.UtcNow:HH:mm:ss}] {message}");
}
