using System.Collections.Immutable;
using System.IO;
using FinGuard.Generators;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace FinGuard.Analyzers.Tests.Infrastructure;

/// <summary>
/// Every registered code fix, on every FinGuard diagnostic of the labelled corpus: the provider and its actions
/// never throw, the fixed code compiles (with the helper generator, as in a build), no document is added, and the
/// fix clears the diagnostic; Fix All (solution scope) likewise. On damaged copies of the corpus and samples
/// (a bounded count; the benchmark tool's <c>--robustness N</c> runs more) nothing may throw.
/// New rules and fixes are covered automatically: analyzers and fixes are found by reflection.
/// </summary>
public class CodeFixRobustnessTests
{
    private const int Seed = 20261125;
    private const int DamagedVariantsPerFile = 6;
    private const int DiagnosticsFixedPerVariant = 3;

    private static readonly ImmutableArray<ISourceGenerator> Generators = ImmutableArray.Create(new HelperGenerator().AsSourceGenerator());

    private readonly ITestOutputHelper _output;

    public CodeFixRobustnessTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public async Task Every_fix_on_the_labelled_corpus_compiles_and_clears_its_diagnostic()
    {
        ImmutableArray<MetadataReference> references = await TestCompilation.ReferencesAsync();
        string corpus = CorpusTests.CorpusRoot;
        (string, string)[] stubs = Stubs(corpus);
        var failures = new List<string>();
        int diagnostics = 0, fixes = 0, compiled = 0, cleared = 0;
        foreach (string folder in Directory.GetDirectories(corpus).Where(d => Path.GetFileName(d) != "Stubs").OrderBy(d => d, StringComparer.Ordinal))
        {
            var sources = Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal)
                .Select(f => (f, File.ReadAllText(f))).Concat(stubs).ToList();
            Project project = CodeFixRunner.CreateProject(sources, references);
            CodeFixRunner.Report report = await CodeFixRunner.RunAsync(project, FinGuardComponents.Analyzers, FinGuardComponents.CodeFixes, Generators);
            diagnostics += report.Diagnostics;
            fixes += report.Fixes.Count;
            compiled += report.Fixes.Count(f => f.Compiles);
            cleared += report.Fixes.Count(f => f.Cleared);
            string family = Path.GetFileName(folder);
            failures.AddRange(report.AnalyzerCrashes.Select(c => $"{family}: analyzer exception: {c}"));
            failures.AddRange(report.ProviderCrashes.Select(c => $"{family}: code fix provider exception: {c}"));
            failures.AddRange(report.Fixes.Where(f => f.Exception != null || !f.Compiles || !f.Cleared).Select(f => $"{family}: {f}"));
        }

        _output.WriteLine($"labelled corpus: {diagnostics} diagnostics, {fixes} fix actions (incl. Fix All), {compiled} compile, {cleared} clear their diagnostic");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(fixes > 0, "no code fix was exercised on the corpus");
    }

    [Fact]
    public async Task Fixes_never_throw_on_damaged_sources()
    {
        ImmutableArray<MetadataReference> references = await TestCompilation.ReferencesAsync();
        string corpus = CorpusTests.CorpusRoot;
        (string Path, string Text)[] stubs = Stubs(corpus);
        var random = new Random(Seed);
        var failures = new List<string>();
        int variants = 0, diagnostics = 0, fixes = 0;
        foreach (string path in RobustnessTests.SourceFiles())
        {
            bool inCorpus = path.StartsWith(corpus, StringComparison.Ordinal);
            foreach (string damaged in SourceDamage.Damage(File.ReadAllText(path), random).Take(DamagedVariantsPerFile))
            {
                var sources = new List<(string, string)> { (path, damaged) };
                if (inCorpus)
                {
                    sources.AddRange(stubs.Where(s => s.Path != path));
                }

                Project project = CodeFixRunner.CreateProject(sources, references);
                CodeFixRunner.Report report = await CodeFixRunner.RunAsync(project, FinGuardComponents.Analyzers, FinGuardComponents.CodeFixes, Generators, DiagnosticsFixedPerVariant, fixAll: variants % 4 == 0);
                variants++;
                diagnostics += report.Diagnostics;
                fixes += report.Fixes.Count;
                string origin = $"a damaged copy of {Path.GetFileName(path)}";
                failures.AddRange(report.AnalyzerCrashes.Select(c => $"analyzer exception on {origin}: {c}"));
                failures.AddRange(report.ProviderCrashes.Select(c => $"code fix provider exception on {origin}: {c}\n---\n{damaged}"));
                // Damaged code need not compile after a fix; an action must still not throw.
                failures.AddRange(report.Fixes.Where(f => f.Exception != null).Select(f => $"code fix action exception on {origin}: {f}\n---\n{damaged}"));
            }
        }

        _output.WriteLine($"damaged inputs: {variants}, diagnostics: {diagnostics}, fix actions applied: {fixes}");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(5)));
        Assert.True(variants > 0);
    }

    private static (string Path, string Text)[] Stubs(string corpus)
    {
        string folder = Path.Combine(corpus, "Stubs");
        return Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal).Select(f => (f, File.ReadAllText(f))).ToArray()
            : Array.Empty<(string, string)>();
    }
}
