using System.IO;
using FinGuard.Build.Baseline;
using FinGuard.Build.Policy;

namespace FinGuard.Build.Tests.Unit;

/// <summary>Damaged inputs at every length: always FG9xxx diagnostics, never an exception.</summary>
public class RobustnessTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "finguard-robust-" + Guid.NewGuid().ToString("N").Substring(0, 8));

    public RobustnessTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Every_truncation_and_corruption_of_the_sample_policy_is_a_diagnostic_not_a_crash()
    {
        string sample = File.ReadAllText(Path.Combine(RepoPaths.Root, "samples", "finguard.json"));
        string path = Path.Combine(_directory, "finguard.json");
        var diagnostics = new List<GateDiagnostic>();
        Assert.NotNull(GatePolicy.Load(WriteAndReturn(path, sample), diagnostics));
        Assert.Empty(diagnostics);
        for (int length = 0; length < sample.TrimEnd().Length; length++)
        {
            diagnostics.Clear();
            Assert.Null(GatePolicy.Load(WriteAndReturn(path, sample.Substring(0, length)), diagnostics));
            Assert.All(diagnostics, d => Assert.StartsWith("FG90", d.Code));
            Assert.NotEmpty(diagnostics);
        }

        foreach (char junk in new[] { '"', '{', '}', '[', ']', ',', ':', '\\', '\n', '*', '/' })
        {
            for (int position = 0; position < sample.Length; position += 7)
            {
                diagnostics.Clear();
                GatePolicy.Load(WriteAndReturn(path, sample.Substring(0, position) + junk + sample.Substring(position + 1)), diagnostics);
                Assert.All(diagnostics, d => Assert.StartsWith("FG90", d.Code));
            }
        }
    }

    [Fact]
    public void Every_truncation_of_a_baseline_is_an_FG9011_error()
    {
        string path = Path.Combine(_directory, "finguard.baseline.json");
        const string baseline = "{\n  \"version\": 2,\n  \"findings\": [\n    { \"rule\": \"FG1001\", \"file\": \"A.cs\", \"symbol\": \"App.A\", \"fingerprint\": \"00ff\", \"count\": 2 }\n  ]\n}\n";
        for (int length = 0; length < baseline.Length - 2; length++)
        {
            var diagnostics = new List<GateDiagnostic>();
            Assert.Null(BaselineFile.Load(WriteAndReturn(path, baseline.Substring(0, length)), diagnostics));
            Assert.Equal("FG9011", Assert.Single(diagnostics).Code);
        }
    }

    [Fact]
    public void Every_truncation_of_a_compiler_log_is_FG9002_through_the_task()
    {
        string log = GateTaskTests.CompilerLog(new[] { ("FG1001", "warning", Path.Combine(_directory, "A.cs"), 5, 19, 10, false) });
        string path = Path.Combine(_directory, "log.sarif");
        for (int length = 0; length < log.Length - 2; length += 3)
        {
            File.WriteAllText(path, log.Substring(0, length));
            var engine = new FakeBuildEngine();
            bool success = new FinGuardGate { BuildEngine = engine, ErrorLog = path, ProjectName = "App", ProjectDirectory = _directory }.Execute();
            Assert.False(success);
            Assert.Contains("error FG9002: FinGuard cannot read the compiler log", Assert.Single(engine.Errors));
        }
    }

    private static string WriteAndReturn(string path, string content)
    {
        File.WriteAllText(path, content);
        return path;
    }
}
