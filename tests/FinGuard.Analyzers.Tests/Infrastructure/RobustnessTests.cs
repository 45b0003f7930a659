using System.IO;
using Microsoft.CodeAnalysis;

namespace FinGuard.Analyzers.Tests.Infrastructure;

/// <summary>
/// Analyzers must never crash (no AD0001), least of all on the half-typed code an IDE shows them.
/// Feeds every analyzer damaged versions of the corpus and sample sources: truncated at many points,
/// tokens deleted or duplicated, braces unbalanced. A bounded count here; the benchmark tool runs more.
/// </summary>
public class RobustnessTests
{
    private const int Seed = 20261125;
    private const int VariantsPerFile = 24;

    [Fact]
    public async Task Analyzers_survive_empty_and_trivial_files()
    {
        foreach (string source in new[] { "", " ", "class", "class C {", "public string CardNumber", "record R(string CardNumber", "namespace;", "#if X", "\"unterminated", "class C { string Pan => ; }" })
        {
            await AssertNoAnalyzerCrashAsync(source, "trivial");
        }
    }

    [Fact]
    public async Task Analyzers_survive_damaged_sources()
    {
        var random = new Random(Seed);
        int variants = 0;
        foreach (string path in SourceFiles())
        {
            string text = File.ReadAllText(path);
            foreach (string damaged in Damage(text, random).Take(VariantsPerFile))
            {
                await AssertNoAnalyzerCrashAsync(damaged, path);
                variants++;
            }
        }

        Assert.True(variants > 0);
    }

    internal static IEnumerable<string> SourceFiles()
    {
        foreach (string folder in new[] { Path.Combine(RepoPaths.Root, "tests", "FinGuard.Analyzers.Tests", "Corpus"), Path.Combine(RepoPaths.Root, "samples") })
        {
            if (!Directory.Exists(folder))
            {
                continue;
            }

            foreach (string file in Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
            {
                if (!file.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar) && !file.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar))
                {
                    yield return file;
                }
            }
        }
    }

    /// <summary>The damage generator, shared with the benchmark tool's large run (see <see cref="SourceDamage"/>).</summary>
    internal static IEnumerable<string> Damage(string text, Random random) => SourceDamage.Damage(text, random);

    private static async Task AssertNoAnalyzerCrashAsync(string source, string origin)
    {
        var compilation = await TestCompilation.CreateAsync(("Damaged.cs", source));
        var diagnostics = await TestCompilation.AnalyzeAsync(compilation);
        Diagnostic? crash = diagnostics.FirstOrDefault(d => d.Id == "AD0001");
        Assert.True(crash == null, $"analyzer crashed on a damaged copy of {origin}: {crash?.GetMessage()}\n---\n{source}");
    }
}
