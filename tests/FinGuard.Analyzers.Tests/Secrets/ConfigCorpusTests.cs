using System.Collections.Immutable;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using FinGuard.Analyzers.Secrets;
using FinGuard.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit.Abstractions;

namespace FinGuard.Analyzers.Tests.Secrets;

/// <summary>
/// Precision and recall of FG4003 over labelled configuration files (Corpus/Secrets/Config: JSON lines marked
/// <c>// expect: FG4003</c>, XML lines <c>&lt;!-- expect: FG4003 --&gt;</c>), with the same floors as
/// <see cref="CorpusTests"/>, which compiles only C# and cannot see configuration files.
/// </summary>
public class ConfigCorpusTests
{
    private static readonly Regex Expect = new Regex(@"(//|<!--)\s*expect:\s*FG4003", RegexOptions.Compiled);

    private readonly ITestOutputHelper _output;

    public ConfigCorpusTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public async Task FG4003_meets_the_precision_and_recall_floor()
    {
        string folder = Path.Combine(CorpusTests.CorpusRoot, "Secrets", "Config");
        string[] files = Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => CommittedSecretAnalyzer.KindOf(f) != CommittedSecretAnalyzer.ConfigFileKind.None)
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToArray();
        Assert.NotEmpty(files);

        var expected = new HashSet<(string, int)>();
        foreach (string file in files)
        {
            string[] lines = File.ReadAllLines(file);
            for (int i = 0; i < lines.Length; i++)
            {
                if (Expect.IsMatch(lines[i]))
                {
                    expected.Add((file, i + 1));
                }
            }
        }

        var compilation = await TestCompilation.CreateAsync(("Program.cs", "public class Program { }"));
        var options = new AnalyzerOptions(files.Select(f => (AdditionalText)new FileText(f)).ToImmutableArray());
        var diagnostics = await compilation.WithAnalyzers(
                ImmutableArray.Create<DiagnosticAnalyzer>(new CommittedSecretAnalyzer()),
                new CompilationWithAnalyzersOptions(options, null, concurrentAnalysis: true, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false))
            .GetAllDiagnosticsAsync(CancellationToken.None);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        var actual = new HashSet<(string, int)>(diagnostics
            .Where(d => d.Id == "FG4003")
            .Select(d => (d.Location.GetLineSpan().Path, d.Location.GetLineSpan().StartLinePosition.Line + 1)));

        int truePositives = actual.Count(expected.Contains);
        var falsePositives = actual.Where(a => !expected.Contains(a)).Select(Where).ToList();
        var falseNegatives = expected.Where(e => !actual.Contains(e)).Select(Where).ToList();
        double precision = actual.Count == 0 ? 1 : (double)truePositives / actual.Count;
        double recall = expected.Count == 0 ? 1 : (double)truePositives / expected.Count;
        _output.WriteLine("| Rule | TP | FP | FN | Precision | Recall |\n|---|---|---|---|---|---|");
        _output.WriteLine($"| FG4003 | {truePositives} | {falsePositives.Count} | {falseNegatives.Count} | {precision:0.00} | {recall:0.00} |");
        Assert.True(precision >= 0.95, "FG4003 false positives: " + string.Join("; ", falsePositives));
        Assert.True(recall >= 0.90, "FG4003 missed: " + string.Join("; ", falseNegatives));
    }

    private static string Where((string File, int Line) item) => Path.GetFileName(item.File) + ":" + item.Line;

    private sealed class FileText : AdditionalText
    {
        public FileText(string path) => Path = path;

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default)
        {
            using var stream = File.OpenRead(Path);
            return SourceText.From(stream, Encoding.UTF8);
        }
    }
}
