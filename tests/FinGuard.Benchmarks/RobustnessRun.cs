using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using FinGuard.Analyzers.Tests.Infrastructure;
using FinGuard.Generators;
using Microsoft.CodeAnalysis;

namespace FinGuard.Benchmarks;

/// <summary>
/// The large robustness run (<c>--robustness N</c>): N damaged copies of the labelled corpus and sample sources
/// (the same generator as the unit tests' bounded run), each analyzed by every FinGuard analyzer, and every
/// registered code fix applied to its first diagnostics. Exit code 1 when any analyzer or fix threw.
/// </summary>
internal static class RobustnessRun
{
    private const int DiagnosticsFixedPerVariant = 3;

    public static async Task<int> RunAsync(int count, int seed)
    {
        var sw = Stopwatch.StartNew();
        List<string> files = SourceFiles().ToList();
        string corpus = Path.Combine(Program.RepoRoot, "tests", "FinGuard.Analyzers.Tests", "Corpus");
        List<(string Path, string Text)> stubs = files.Where(f => f.Contains(Path.DirectorySeparatorChar + "Stubs" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Select(f => (f, File.ReadAllText(f))).ToList();
        ImmutableArray<MetadataReference> references = CorpusReferences.Create();
        ImmutableArray<ISourceGenerator> generators = ImmutableArray.Create(new HelperGenerator().AsSourceGenerator());
        var random = new Random(seed);
        var damage = files.Select(f => SourceDamage.Damage(File.ReadAllText(f), random).GetEnumerator()).ToList();

        int variants = 0, diagnostics = 0, fixes = 0;
        var crashes = new List<string>();
        for (int i = 0; i < count; i++)
        {
            int index = i % files.Count;
            if (!damage[index].MoveNext())
            {
                continue; // empty file
            }

            string text = damage[index].Current;
            var sources = new List<(string, string)> { (files[index], text) };
            sources.AddRange(stubs.Where(s => s.Path != files[index] && files[index].StartsWith(corpus, StringComparison.Ordinal)));
            Project project = CodeFixRunner.CreateProject(sources, references);
            CodeFixRunner.Report report = await CodeFixRunner.RunAsync(project, AnalyzerPacks.FinGuardAnalyzers, AnalyzerPacks.FinGuardCodeFixes, generators, DiagnosticsFixedPerVariant, fixAll: i % 10 == 0);
            variants++;
            diagnostics += report.Diagnostics;
            fixes += report.Fixes.Count;
            crashes.AddRange(report.AnalyzerCrashes.Select(c => $"analyzer on a damaged {Path.GetFileName(files[index])}: {c}"));
            crashes.AddRange(report.ProviderCrashes.Select(c => $"code fix provider on a damaged {Path.GetFileName(files[index])}: {c}"));
            crashes.AddRange(report.Fixes.Where(f => f.Exception != null).Select(f => $"code fix action on a damaged {Path.GetFileName(files[index])}: {f}"));
            if ((i + 1) % 1000 == 0)
            {
                Console.Error.WriteLine($"[{DateTime.UtcNow:HH:mm:ss}] {i + 1}/{count} damaged inputs, {crashes.Count} crashes");
            }
        }

        Console.WriteLine($"Robustness: {variants} damaged inputs from {files.Count} source files, {AnalyzerPacks.FinGuardAnalyzers.Length} analyzers, {AnalyzerPacks.FinGuardCodeFixes.Length} code fixes: " +
            $"{diagnostics} diagnostics, {fixes} fix actions applied, {crashes.Count} exceptions, {sw.Elapsed.TotalMinutes:0.0} min");
        foreach (string crash in crashes.Distinct().Take(20))
        {
            Console.WriteLine("  " + crash);
        }

        return crashes.Count == 0 ? 0 : 1;
    }

    /// <summary>The labelled corpus (stubs included) and the samples, as in RobustnessTests.</summary>
    private static IEnumerable<string> SourceFiles()
    {
        foreach (string folder in new[] { Path.Combine(Program.RepoRoot, "tests", "FinGuard.Analyzers.Tests", "Corpus"), Path.Combine(Program.RepoRoot, "samples") })
        {
            if (!Directory.Exists(folder))
            {
                continue;
            }

            foreach (string file in Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
            {
                string sep = Path.DirectorySeparatorChar.ToString();
                if (!file.Contains(sep + "obj" + sep, StringComparison.Ordinal) && !file.Contains(sep + "bin" + sep, StringComparison.Ordinal))
                {
                    yield return file;
                }
            }
        }
    }
}
