using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using FinGuard.Build;
using Microsoft.Build.Framework;

// The gate's overhead on a build with 1,000 FinGuard findings: 50 source files with 20 findings each, a policy
// with an exclusion and five waivers (one covers 20 findings), and a baseline holding half of the findings.
// Each measured run is one FinGuardGate.Execute: read the compiler log, the policy and the baseline, fingerprint
// every finding (reading each source file once), decide, log 480 blocking errors, write both reports. Each result
// carries the finguard.symbol property the analyzers set (the symbol waivers match it).
const int Files = 50;
const int PerFile = 20;
string root = Path.Combine(Path.GetTempPath(), "finguard-bench-" + Guid.NewGuid().ToString("N").Substring(0, 8));
Directory.CreateDirectory(Path.Combine(root, "obj"));
try
{
    var half = new StringBuilder("{ \"version\": \"2.1.0\", \"runs\": [ { \"results\": [\n");
    var results = new StringBuilder("{ \"$schema\": \"http://json.schemastore.org/sarif-2.1.0\", \"version\": \"2.1.0\", \"runs\": [ { \"results\": [\n");
    for (int f = 0; f < Files; f++)
    {
        var source = new StringBuilder($"namespace Bench.Area{f};\n\npublic sealed class Payment{f}\n{{\n");
        for (int m = 0; m < PerFile; m++)
        {
            source.Append($"    public string CardNumber{m} {{ get; set; }} = \"\";\n");
        }

        source.Append("}\n");
        string path = Path.Combine(root, "Area" + f, "Payment" + f + ".cs");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, source.ToString());
        for (int m = 0; m < PerFile; m++)
        {
            var result = new StringBuilder()
                .Append("{ \"ruleId\": \"FG1001\", \"level\": \"warning\", \"message\": { \"text\": \"'CardNumber").Append(m)
                .Append("' holds a full card number (PAN): replace it with a processor token\" }, \"locations\": [ { \"physicalLocation\": { \"artifactLocation\": { \"uri\": \"")
                .Append(new Uri(path).AbsoluteUri).Append("\" }, \"region\": { \"startLine\": ").Append(5 + m).Append(", \"startColumn\": 19, \"endLine\": ").Append(5 + m)
                .Append(", \"endColumn\": ").Append(29 + m.ToString().Length).Append(" } } } ], \"properties\": { \"warningLevel\": 1, \"customProperties\": { \"finguard.symbol\": \"Bench.Area").Append(f).Append(".Payment").Append(f).Append("\" } } }");
            results.Append(f == 0 && m == 0 ? "    " : ",\n    ").Append(result);
            if (m % 2 == 0)
            {
                half.Append(f == 0 && m == 0 ? "    " : ",\n    ").Append(result);
            }
        }
    }

    string tail = "\n  ], \"tool\": { \"driver\": { \"name\": \"csc\", \"rules\": [ { \"id\": \"FG1001\", \"shortDescription\": { \"text\": \"Member holds a full card number (PAN)\" }, \"helpUri\": \"https://github.com/finguard/finguard/blob/main/docs/rules/FG1001.md\" } ] } } } ]\n}\n";
    results.Append(tail);
    string log = Path.Combine(root, "obj", "finguard.compiler.sarif");
    File.WriteAllText(log, results.ToString());
    string policy = Path.Combine(root, "finguard.json");
    File.WriteAllText(policy, "{ \"exclude\": [\"tests/**\", \"**/*.g.cs\"], \"waivers\": ["
        + string.Join(",", Enumerable.Range(0, 5).Select(i => $"{{ \"rule\": \"FG1001\", \"path\": \"Area{i}/*.cs\", \"symbol\": \"Bench.Area{i}.Payment{i}\", \"justification\": \"benchmark\", \"owner\": \"perf\", \"expires\": \"2099-12-31\" }}"))
        + "] }");

    FinGuardGate Task(bool update) => new FinGuardGate
    {
        BuildEngine = new SilentEngine(),
        ErrorLog = log + ",version=2.1",
        ProjectName = "Bench",
        ProjectDirectory = root,
        ProjectFile = Path.Combine(root, "Bench.csproj"),
        ReportFile = Path.Combine(root, "obj", "finguard-report.md"),
        SarifFile = Path.Combine(root, "obj", "finguard.sarif"),
        PolicyFile = policy,
        BaselineFile = Path.Combine(root, "finguard.baseline.json"),
        UpdateBaseline = update,
    };

    if (args.Contains("--cold-phases"))
    {
        // Each phase's first call in a fresh process: what a CI build pays, JIT included.
        File.WriteAllText(log, results.ToString());
        var w = Stopwatch.StartNew();
        var findings = FinGuard.Build.Sarif.SarifLogReader.Read(log);
        double read = w.Elapsed.TotalMilliseconds;
        var diagnostics = new List<GateDiagnostic>();
        var p = FinGuard.Build.Policy.GatePolicy.Load(policy, diagnostics)!;
        double load = w.Elapsed.TotalMilliseconds;
        var decided = GateEvaluator.Evaluate(findings, p, null, root, false, DateTime.UtcNow, diagnostics);
        double eval = w.Elapsed.TotalMilliseconds;
        string md = FinGuard.Build.Reporting.MarkdownReportWriter.Render("Bench", decided, root, p, DateTime.UtcNow);
        double mdt = w.Elapsed.TotalMilliseconds;
        string sarif = FinGuard.Build.Reporting.SarifReportWriter.Render("Bench", decided, true);
        double sar = w.Elapsed.TotalMilliseconds;
        Console.WriteLine($"COLD read {read:F1} policy {load - read:F1} eval {eval - load:F1} md {mdt - eval:F1} sarif {sar - mdt:F1}");
        return;
    }

    // Cold: the first run in a fresh process, as in an MSBuild node that loads the task (JIT included).
    var cold = Stopwatch.StartNew();
    Task(update: false).Execute();
    cold.Stop();

    // A baseline holding half of the findings: adopt while only the even-numbered ones exist.
    // With the rule descriptors the compiler always writes: a log without them is FG9015 (no FinGuard analyzer ran).
    File.WriteAllText(log, half.Append(tail).ToString());
    Task(update: true).Execute();
    File.WriteAllText(log, results.ToString());

    var warm = new List<double>();
    FinGuardGate last = Task(false);
    for (int i = 0; i < 20; i++)
    {
        last = Task(false);
        var watch = Stopwatch.StartNew();
        last.Execute();
        watch.Stop();
        warm.Add(watch.Elapsed.TotalMilliseconds);
    }

    warm.Sort();
    if (args.Contains("--phases"))
    {
        for (int i = 0; i < 5; i++)
        {
            var w = Stopwatch.StartNew();
            var findings = FinGuard.Build.Sarif.SarifLogReader.Read(log);
            double read = w.Elapsed.TotalMilliseconds;
            var diagnostics = new List<GateDiagnostic>();
            var p = FinGuard.Build.Policy.GatePolicy.Load(policy, diagnostics)!;
            var b = FinGuard.Build.Baseline.BaselineFile.Load(Path.Combine(root, "finguard.baseline.json"), diagnostics);
            double load = w.Elapsed.TotalMilliseconds;
            var decided = GateEvaluator.Evaluate(findings, p, b, root, false, DateTime.UtcNow, diagnostics);
            double eval = w.Elapsed.TotalMilliseconds;
            string md = FinGuard.Build.Reporting.MarkdownReportWriter.Render("Bench", decided, root, p, DateTime.UtcNow);
            double mdt = w.Elapsed.TotalMilliseconds;
            string sarif = FinGuard.Build.Reporting.SarifReportWriter.Render("Bench", decided, true);
            double sar = w.Elapsed.TotalMilliseconds;
            Console.WriteLine($"read {read:F1} load {load - read:F1} eval {eval - load:F1} md {mdt - eval:F1} sarif {sar - mdt:F1}");
        }
    }

    Console.WriteLine($"FinGuard gate benchmark: {last.FindingCount} findings ({last.BlockingCount} blocking, the rest waived or baselined), {Files} source files");
    Console.WriteLine($"  cold (first run, JIT included): {cold.Elapsed.TotalMilliseconds:F0} ms");
    Console.WriteLine($"  warm median of 20: {warm[warm.Count / 2]:F1} ms (min {warm[0]:F1}, max {warm[^1]:F1})");
}
finally
{
    Directory.Delete(root, recursive: true);
}

internal sealed class SilentEngine : IBuildEngine
{
    public bool ContinueOnError => false;
    public int LineNumberOfTaskNode => 0;
    public int ColumnNumberOfTaskNode => 0;
    public string ProjectFileOfTaskNode => "Bench.csproj";
    public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) => true;
    public void LogCustomEvent(CustomBuildEventArgs e) { }
    public void LogErrorEvent(BuildErrorEventArgs e) { }
    public void LogMessageEvent(BuildMessageEventArgs e) { }
    public void LogWarningEvent(BuildWarningEventArgs e) { }
}
