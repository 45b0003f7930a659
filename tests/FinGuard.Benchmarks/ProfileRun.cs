using System.IO;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FinGuard.Benchmarks;

/// <summary>
/// <c>--profile CORPUS [--iterations N]</c>: the shipped analyzer (<c>FinGuardAnalyzer</c>) over fresh compilations of
/// one corpus, N times after a warm-up, and nothing else, so that a CPU trace of this process
/// (<c>dotnet-trace collect -- dotnet FinGuard.Benchmarks.dll --profile dense:50000</c>, then
/// <c>dotnet-trace report TRACE topN --inclusive</c>) shows where FinGuard's time goes without the other packs' frames.
/// Single-threaded analysis, as in the wall-clock mode.
/// </summary>
internal static class ProfileRun
{
    public static async Task<int> RunAsync(CorpusSpec spec, int iterations, string? document = null)
    {
        (List<SyntaxTree> trees, int lines, ImmutableArray<MetadataReference> refs) = WallClock.LoadCorpus(spec, CorpusReferences.Create());
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: false);
        var analyzerOptions = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false);

        // With --document: the editor's case, one open document's semantic diagnostics in a fresh compilation.
        SyntaxTree? open = document == null ? null : trees.Single(t => t.FilePath.Replace('\\', '/').EndsWith("/" + document.TrimStart('/'), StringComparison.Ordinal));
        CSharpCompilation? loaded = null;
        for (int i = 0; i <= iterations; i++)
        {
            var watch = Stopwatch.StartNew();
            // The editor after an edit: a new tree for the open document, every other tree kept.
            SyntaxTree? edited = open == null ? null : CSharpSyntaxTree.ParseText(open.GetText(), (CSharpParseOptions)open.Options, open.FilePath);
            // (derived from the loaded project's compilation, as the IDE does, so referenced assemblies stay bound)
            loaded ??= CSharpCompilation.Create("Corpus", trees, refs, options);
            // A build parses anew: fresh trees, so that per-tree caches start cold as in the wall-clock mode.
            CSharpCompilation compilation = edited == null
                ? CSharpCompilation.Create("Corpus", trees.Select(t => CSharpSyntaxTree.ParseText(t.GetText(), (CSharpParseOptions)t.Options, t.FilePath)), refs, options)
                : loaded.ReplaceSyntaxTree(open!, edited);
            // FINGUARD_PROFILE_PACK=separate profiles the rule analyzers loaded one by one instead of the shipped host, to
            // compare the two shapes' frames.
            ImmutableArray<DiagnosticAnalyzer> pack = Environment.GetEnvironmentVariable("FINGUARD_PROFILE_PACK") == "separate" ? AnalyzerPacks.FinGuardAnalyzers : AnalyzerPacks.FinGuardHost;
            CompilationWithAnalyzers withAnalyzers = compilation.WithAnalyzers(pack, analyzerOptions);
            ImmutableArray<Diagnostic> diagnostics = open == null
                ? await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None)
                : await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(edited!), null, CancellationToken.None);
            Console.Error.WriteLine($"{spec.Label} ({lines:N0} lines) run {i} ({(i == 0 ? "warm-up" : "measured")}): {diagnostics.Length} diagnostics, {watch.Elapsed.TotalSeconds:0.00} s");
            if (i == 0)
            {
                Console.Error.WriteLine("  " + string.Join(", ", diagnostics.GroupBy(d => d.Id + " " + d.Severity).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}")));

                // FINGUARD_PROFILE_FINDINGS=FILE: every finding (ID, place, message, properties), sorted, to compare two
                // builds' findings line by line after a change that must not change any.
                if (Environment.GetEnvironmentVariable("FINGUARD_PROFILE_FINDINGS") is { Length: > 0 } findingsFile)
                {
                    File.WriteAllLines(findingsFile, diagnostics
                        .Select(d => $"{d.Id} {d.Location.SourceTree?.FilePath}:{d.Location.SourceSpan} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)} [{string.Join(";", d.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value))}]")
                        .OrderBy(line => line, StringComparer.Ordinal));
                }
            }
        }

        return 0;
    }
}
