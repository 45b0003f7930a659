using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using FinGuard.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace FinGuard.Analyzers.Tests;

/// <summary>
/// Precision and recall per rule over the labelled corpus (see Corpus/README.md). A rule below 0.95 precision
/// or 0.90 recall fails the test run; the table is printed in the test output.
/// </summary>
public class CorpusTests
{
    private const double MinPrecision = 0.95;
    private const double MinRecall = 0.90;
    private static readonly Regex Expect = new Regex(@"//\s*expect:\s*(?<ids>FG\d{4}(\s*,\s*FG\d{4})*)", RegexOptions.Compiled);

    private readonly ITestOutputHelper _output;

    public CorpusTests(ITestOutputHelper output)
    {
        _output = output;
    }

    public static string CorpusRoot => Path.Combine(RepoPaths.Root, "tests", "FinGuard.Analyzers.Tests", "Corpus");

    [Fact]
    public async Task Every_rule_meets_the_precision_and_recall_floor()
    {
        var scores = await ScoreAsync();
        _output.WriteLine(RenderTable(scores));
        foreach (var (rule, score) in scores)
        {
            Assert.True(score.Precision >= MinPrecision, $"{rule}: precision {score.Precision:0.00} below {MinPrecision}; false positives: {string.Join("; ", score.FalsePositives)}");
            Assert.True(score.Recall >= MinRecall, $"{rule}: recall {score.Recall:0.00} below {MinRecall}; missed: {string.Join("; ", score.FalseNegatives)}");
        }
    }

    internal static async Task<SortedDictionary<string, Score>> ScoreAsync()
    {
        var scores = new SortedDictionary<string, Score>(StringComparer.Ordinal);
        var stubs = Directory.Exists(Path.Combine(CorpusRoot, "Stubs"))
            ? Directory.GetFiles(Path.Combine(CorpusRoot, "Stubs"), "*.cs", SearchOption.AllDirectories)
            : Array.Empty<string>();
        foreach (string folder in Directory.GetDirectories(CorpusRoot).Where(d => Path.GetFileName(d) != "Stubs").OrderBy(d => d, StringComparer.Ordinal))
        {
            string[] files = Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal).ToArray();
            var compilation = await TestCompilation.CreateAsync(files.Concat(stubs).Select(f => (f, File.ReadAllText(f))).ToArray());
            var diagnostics = (await TestCompilation.AnalyzeAsync(compilation)).Where(d => d.Id.StartsWith("FG", StringComparison.Ordinal)).ToList();
            Assert.DoesNotContain(await TestCompilation.AnalyzeAsync(compilation), d => d.Id == "AD0001");

            // A corpus that does not compile measures the rules on error recovery, not on real code.
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));

            var expected = new HashSet<(string File, int Line, string Rule)>();
            foreach (string file in files)
            {
                string[] lines = File.ReadAllLines(file);
                for (int i = 0; i < lines.Length; i++)
                {
                    Match match = Expect.Match(lines[i]);
                    if (match.Success)
                    {
                        foreach (string id in match.Groups["ids"].Value.Split(',').Select(s => s.Trim()))
                        {
                            expected.Add((file, i + 1, id));
                        }
                    }
                }
            }

            var actual = new HashSet<(string File, int Line, string Rule)>(diagnostics
                .Where(d => d.Location.IsInSource && files.Contains(d.Location.SourceTree!.FilePath))
                .Select(d => (d.Location.SourceTree!.FilePath, d.Location.GetLineSpan().StartLinePosition.Line + 1, d.Id)));

            foreach (var item in actual.Union(expected))
            {
                Score score = scores.TryGetValue(item.Rule, out Score? s) ? s : scores[item.Rule] = new Score();
                string where = $"{Path.GetFileName(item.File)}:{item.Line}";
                if (actual.Contains(item) && expected.Contains(item))
                {
                    score.TruePositives++;
                }
                else if (actual.Contains(item))
                {
                    score.FalsePositives.Add(where);
                }
                else
                {
                    score.FalseNegatives.Add(where);
                }
            }
        }

        return scores;
    }

    internal static string RenderTable(SortedDictionary<string, Score> scores)
    {
        var builder = new StringBuilder("| Rule | TP | FP | FN | Precision | Recall |\n|---|---|---|---|---|---|\n");
        foreach (var (rule, s) in scores)
        {
            builder.Append($"| {rule} | {s.TruePositives} | {s.FalsePositives.Count} | {s.FalseNegatives.Count} | {s.Precision:0.00} | {s.Recall:0.00} |\n");
        }

        return builder.ToString();
    }

    internal sealed class Score
    {
        public int TruePositives { get; set; }

        public List<string> FalsePositives { get; } = new List<string>();

        public List<string> FalseNegatives { get; } = new List<string>();

        public double Precision => TruePositives + FalsePositives.Count == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives.Count);

        public double Recall => TruePositives + FalseNegatives.Count == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives.Count);
    }
}
