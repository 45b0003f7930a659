using System.IO;
using System.Text.Json.Nodes;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace FinGuard.Build.Tests.Unit;

/// <summary>
/// Fail closed (issue 19) on synthetic compiler logs shaped like the ones the .NET 10 C# compiler writes for each
/// bypass (measured: docs/policy.md "What the gate guarantees"): skipped or missing analyzers, AD0001, severity
/// overrides, NoWarn / WarningsNotAsErrors / WarningLevel, in-source suppressions of locked rules, generated files.
/// </summary>
public class GateIntegrityTests : IDisposable
{
    private const string FgRules = "{ \"id\": \"FG1001\", \"shortDescription\": { \"text\": \"Member holds a full card number (PAN)\" }, \"helpUri\": \"https://github.com/finguard/finguard/blob/main/docs/rules/FG1001.md\", \"properties\": { \"category\": \"FinGuard.CardData\" } }, "
        + "{ \"id\": \"FG1002\", \"properties\": { \"category\": \"FinGuard.CardData\" } }, { \"id\": \"FG2001\", \"properties\": { \"category\": \"FinGuard.Idempotency\" } }";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "finguard-integrity-" + Guid.NewGuid().ToString("N").Substring(0, 8));

    public GateIntegrityTests()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "obj"));
        File.WriteAllText(Path.Combine(_directory, "Checkout.cs"), GateTaskTests.Checkout);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string LogPath => Path.Combine(_directory, "obj", "finguard.compiler.sarif");

    private string ReportPath => Path.Combine(_directory, "obj", "finguard-report.md");

    private string SarifPath => Path.Combine(_directory, "obj", "finguard.sarif");

    private string CheckoutPath => Path.Combine(_directory, "Checkout.cs");

    /// <summary>A compiler log: results (JSON objects), the rule descriptors and the invocation's overrides, as Roslyn writes them.</summary>
    private void WriteLog(string results = "", string? rules = FgRules, string overrides = "")
    {
        File.WriteAllText(LogPath, "{ \"version\": \"2.1.0\", \"runs\": [ { \"results\": [ " + results + " ], \"tool\": { \"driver\": { \"name\": \"csc\""
            + (rules != null ? ", \"rules\": [ " + rules + " ]" : string.Empty) + " } }"
            + (overrides.Length > 0 ? ", \"invocations\": [ { \"executionSuccessful\": true, \"ruleConfigurationOverrides\": [ " + overrides + " ] } ]" : string.Empty)
            + " } ] }");
    }

    private string Result(string rule, int line, string? suppression = null)
        => "{ \"ruleId\": \"" + rule + "\", \"level\": \"warning\", \"message\": { \"text\": \"'CardNumber' holds a full card number (PAN)\" }, \"locations\": [ { \"physicalLocation\": { \"artifactLocation\": { \"uri\": \""
           + new Uri(CheckoutPath).AbsoluteUri + "\" }, \"region\": { \"startLine\": " + line + ", \"startColumn\": 19, \"endLine\": " + line + ", \"endColumn\": 29 } } } ]"
           + (suppression != null ? ", \"suppressions\": [ " + suppression + " ]" : string.Empty) + " }";

    private static string Off(string rule) => "{ \"descriptor\": { \"id\": \"" + rule + "\", \"index\": 1 }, \"configuration\": { \"enabled\": false } }";

    private (bool Success, FakeBuildEngine Engine) Run(Action<FinGuardGate>? configure = null, string? policy = null)
    {
        var engine = new FakeBuildEngine();
        var task = new FinGuardGate
        {
            BuildEngine = engine,
            ErrorLog = LogPath + ",version=2.1",
            ProjectName = "App",
            ProjectDirectory = _directory,
            ProjectFile = Path.Combine(_directory, "App.csproj"),
            ReportFile = ReportPath,
            SarifFile = SarifPath,
            Today = "2026-06-15",
            SourceFiles = new ITaskItem[] { new TaskItem(CheckoutPath) },
            OutputDirectories = new ITaskItem[] { new TaskItem(Path.Combine(_directory, "obj")) },
        };
        if (policy != null)
        {
            File.WriteAllText(Path.Combine(_directory, "finguard.json"), policy);
            task.PolicyFile = Path.Combine(_directory, "finguard.json");
        }

        configure?.Invoke(task);
        return (task.Execute(), engine);
    }

    [Fact]
    public void Skipped_analyzers_fail_closed_and_leave_the_reports_alone_unless_the_build_opts_in()
    {
        WriteLog(rules: null);
        File.WriteAllText(ReportPath, "last report");
        var (success, engine) = Run(t => { t.SkipAnalyzers = true; t.RunAnalyzers = "false"; });
        Assert.False(success);
        Assert.StartsWith(Path.Combine(_directory, "App.csproj") + "(0,0): error FG9014: FinGuard's analyzers did not run (RunAnalyzers=false), so the gate cannot judge this build", Assert.Single(engine.Errors));
        Assert.DoesNotContain(engine.Messages, m => m.Contains("gate passed"));
        Assert.Equal("last report", File.ReadAllText(ReportPath));
        Assert.False(File.Exists(SarifPath));

        var (allowed, quiet) = Run(t => { t.SkipAnalyzers = true; t.RunAnalyzersDuringBuild = "false"; t.AllowSkippedAnalyzers = true; });
        Assert.True(allowed);
        Assert.Empty(quiet.Errors);
        Assert.Contains(quiet.Messages, m => m == "FinGuard: App: skipped: analyzers did not run (RunAnalyzersDuringBuild=false); no finding was judged and the reports were left as they were");
        Assert.Equal("last report", File.ReadAllText(ReportPath));
    }

    [Fact]
    public void A_log_without_FinGuard_rules_or_with_a_FinGuard_AD0001_fails_closed()
    {
        WriteLog(rules: "{ \"id\": \"CA1000\" }");
        var (success, engine) = Run();
        Assert.False(success);
        Assert.Contains("error FG9015: the compiler log lists no FinGuard rule", Assert.Single(engine.Errors));

        WriteLog("{ \"ruleId\": \"AD0001\", \"level\": \"warning\", \"message\": { \"text\": \"Analyzer 'FinGuard.Analyzers.CardData.PanMemberAnalyzer' threw an exception of type 'System.NullReferenceException' with message 'boom'.\" } }");
        (success, engine) = Run();
        Assert.False(success);
        Assert.Contains("error FG9016: a FinGuard analyzer failed (AD0001), so part of the code was not analysed: Analyzer 'FinGuard.Analyzers.CardData.PanMemberAnalyzer' threw", Assert.Single(engine.Errors));
        Assert.False(File.Exists(ReportPath));

        // Another analyzer's AD0001 is not FinGuard's business.
        WriteLog("{ \"ruleId\": \"AD0001\", \"level\": \"warning\", \"message\": { \"text\": \"Analyzer 'Other.Analyzer' threw an exception.\" } }");
        Assert.True(Run().Success);
    }

    [Fact]
    public void A_locked_rule_turned_off_in_editorconfig_or_NoWarn_blocks_at_the_line_or_property_that_did_it()
    {
        string editorconfig = Path.Combine(_directory, ".editorconfig");
        File.WriteAllText(editorconfig, "root = true\n\n[*.cs]\ndotnet_analyzer_diagnostic.category-FinGuard.CardData.severity = none\ndotnet_diagnostic.FG2001.severity = silent\n");
        WriteLog(overrides: Off("FG1001") + ", " + Off("FG1002") + ", " + Off("FG2001"));
        var (success, engine) = Run(t => { t.AnalyzerConfigFiles = new ITaskItem[] { new TaskItem(editorconfig) }; t.NoWarn = "CS1591;FG1002"; t.WarningsNotAsErrors = "FG4001"; });
        Assert.False(success);
        Assert.Contains(editorconfig + "(4,1): error FG9017: 'dotnet_analyzer_diagnostic.category-FinGuard.CardData.severity = none' turns off FG1001, FG1002, which the FinGuard policy locks: remove the setting, or add a justified waiver for this file to finguard.json", engine.Errors);
        Assert.Contains(Path.Combine(_directory, "App.csproj") + "(0,0): error FG9017: NoWarn names FG1002, which the FinGuard policy locks: remove the FinGuard IDs from NoWarn, or add a justified waiver for the project file to finguard.json", engine.Errors);
        Assert.Contains(engine.Errors, e => e.Contains("error FG9017: WarningsNotAsErrors names FG4001, which the FinGuard policy locks (the gate, not the compiler, decides what blocks)"));
        Assert.Equal(3, engine.Errors.Count);

        // FG2001 is not locked: reported, not blocking, with the line that turned it off.
        string report = File.ReadAllText(ReportPath);
        Assert.Contains("| reported | FG9017 | .editorconfig(5) | FG2001 lowered to silent | `dotnet_diagnostic.FG2001.severity = silent` |", report);
        Assert.Contains("| blocking | FG9017 | .editorconfig(4) | FG1001, FG1002 turned off (locked) |", report);
        Assert.Contains("**Verdict: blocked**", report);
        string sarif = File.ReadAllText(SarifPath);
        ReportTests.AssertValidSarif(sarif);
        JsonNode overrideNode = JsonNode.Parse(sarif)!["runs"]![0]!["invocations"]![0]!["ruleConfigurationOverrides"]![0]!;
        Assert.Equal(("FG1001", false), ((string)overrideNode["descriptor"]!["id"]!, (bool)overrideNode["configuration"]!["enabled"]!));
        Assert.Contains(JsonNode.Parse(sarif)!["runs"]![0]!["results"]!.AsArray(), r => (string)r!["ruleId"]! == "FG9017");
    }

    [Fact]
    public void A_justified_waiver_for_the_configuration_file_accepts_the_change()
    {
        string editorconfig = Path.Combine(_directory, ".editorconfig");
        File.WriteAllText(editorconfig, "root = true\n[Legacy/*.cs]\ndotnet_diagnostic.FG1001.severity = suggestion\n");
        WriteLog(overrides: "{ \"descriptor\": { \"id\": \"FG1001\" }, \"configuration\": { \"level\": \"warning\" } }, { \"descriptor\": { \"id\": \"FG1001\" }, \"configuration\": { \"level\": \"note\" } }");
        const string waiver = "{ \"waivers\": [ { \"rule\": \"FG1001\", \"path\": \".editorconfig\", \"justification\": \"Legacy import folder, tokenised in PAY-42\", \"owner\": \"payments-team\", \"expires\": \"2026-12-31\" } ] }";
        Directory.CreateDirectory(Path.Combine(_directory, "Legacy"));
        File.WriteAllText(Path.Combine(_directory, "Legacy", "Import.cs"), GateTaskTests.Checkout);
        var (success, engine) = Run(t => { t.AnalyzerConfigFiles = new ITaskItem[] { new TaskItem(editorconfig) }; t.SourceFiles = new ITaskItem[] { new TaskItem(CheckoutPath), new TaskItem(Path.Combine(_directory, "Legacy", "Import.cs")) }; }, waiver);
        Assert.True(success, string.Join("\n", engine.Errors));
        Assert.Empty(engine.Warnings); // the waiver is used, not stale
        Assert.Contains("| waived | FG9017 | .editorconfig(3) | FG1001 lowered to suggestion (locked) — waived until 2026-12-31: Legacy import folder, tokenised in PAY-42 |", File.ReadAllText(ReportPath));
    }

    [Fact]
    public void WarningLevel_0_hides_every_warning_and_blocks()
    {
        WriteLog();
        var (success, engine) = Run(t => t.WarningLevel = "0");
        Assert.False(success);
        Assert.Contains("error FG9017: WarningLevel=0 hides every FinGuard warning, which the FinGuard policy locks", Assert.Single(engine.Errors));
    }

    [Fact]
    public void A_pragma_or_SuppressMessage_on_a_locked_rule_blocks_at_the_suppression_and_the_report_keeps_the_justification()
    {
        File.WriteAllText(CheckoutPath, GateTaskTests.Checkout.Replace("    public string CardNumber", "#pragma warning disable FG1001 // legacy\n    public string CardNumber"));
        string suppressions = Path.Combine(_directory, "GlobalSuppressions.cs");
        File.WriteAllText(suppressions, "using System.Diagnostics.CodeAnalysis;\n\n[assembly: SuppressMessage(\"FinGuard.CardData\", \"FG1002\", Justification = \"old DTO\")]\n");
        WriteLog(Result("FG1001", 6, "{ \"kind\": \"inSource\", \"properties\": { \"suppressionType\": \"Pragma Directive\" } }") + ", "
            + Result("FG1002", 7, "{ \"kind\": \"inSource\", \"justification\": \"old DTO\", \"properties\": { \"suppressionType\": \"SuppressMessageAttribute\" } }") + ", "
            + Result("FG2001", 7, "{ \"kind\": \"inSource\", \"justification\": \"retries are idempotent upstream\", \"properties\": { \"suppressionType\": \"SuppressMessageAttribute\" } }"));
        var (success, engine) = Run(t => t.SourceFiles = new ITaskItem[] { new TaskItem(CheckoutPath), new TaskItem(suppressions) });
        Assert.False(success);
        Assert.Contains(CheckoutPath + "(5,1): error FG9018: #pragma warning disable FG1001 // legacy suppresses FG1001 at Checkout.cs(6,19), which the FinGuard policy locks, so the finding still counts: 'CardNumber' holds a full card number (PAN); fix the code, or replace the suppression with a justified waiver in finguard.json", engine.Errors);
        Assert.Contains(suppressions + "(3,1): error FG9018: [SuppressMessage] (justification: \"old DTO\") suppresses FG1002 at Checkout.cs(7,19)", string.Join("\n", engine.Errors));
        Assert.Equal(2, engine.Errors.Count);
        string report = File.ReadAllText(ReportPath);
        Assert.Contains("— suppressed by [SuppressMessage]: retries are idempotent upstream |", report);
        Assert.Contains("— suppressed by [SuppressMessage]: old DTO — **ignored: the policy locks FG1002** |", report);
        string sarif = File.ReadAllText(SarifPath);
        ReportTests.AssertValidSarif(sarif);
        Assert.Contains(JsonNode.Parse(sarif)!["runs"]![0]!["results"]!.AsArray(), r => (string?)r!["suppressions"]?[0]?["justification"] == "retries are idempotent upstream");

        // "lock": [] gives in-source suppressions back their old meaning.
        Assert.True(Run(t => t.SourceFiles = new ITaskItem[] { new TaskItem(CheckoutPath) }, "{ \"lock\": [] }").Success);
    }

    [Fact]
    public void Source_files_that_call_themselves_generated_are_listed_and_block_when_the_policy_says_so()
    {
        File.WriteAllText(Path.Combine(_directory, "Models.g.cs"), GateTaskTests.Checkout);
        File.WriteAllText(Path.Combine(_directory, "Header.cs"), "// <auto-generated/>\n" + GateTaskTests.Checkout);
        File.WriteAllText(Path.Combine(_directory, "Attributed.cs"), GateTaskTests.Checkout.Replace("public class", "[System.CodeDom.Compiler.GeneratedCode(\"tool\", \"1.0\")]\npublic class"));
        Directory.CreateDirectory(Path.Combine(_directory, "Migrations"));
        File.WriteAllText(Path.Combine(_directory, "Migrations", "20240101_Init.cs"), "// <auto-generated />\nnamespace App.Migrations;\n");
        File.WriteAllText(Path.Combine(_directory, "obj", "App.AssemblyInfo.cs"), "// <auto-generated/>\n");
        string editorconfig = Path.Combine(_directory, ".editorconfig");
        File.WriteAllText(editorconfig, "root = true\n[Legacy/**.cs]\ngenerated_code = true\n");
        Directory.CreateDirectory(Path.Combine(_directory, "Legacy", "Batch"));
        File.WriteAllText(Path.Combine(_directory, "Legacy", "Batch", "Old.cs"), GateTaskTests.Checkout);
        ITaskItem[] sources = new[] { "Checkout.cs", "Models.g.cs", "Header.cs", "Attributed.cs", "Migrations/20240101_Init.cs", "obj/App.AssemblyInfo.cs", "Legacy/Batch/Old.cs" }.Select(f => (ITaskItem)new TaskItem(f)).ToArray();
        WriteLog();

        var (success, engine) = Run(t => { t.SourceFiles = sources; t.AnalyzerConfigFiles = new ITaskItem[] { new TaskItem(editorconfig) }; });
        Assert.True(success, string.Join("\n", engine.Errors));
        string report = File.ReadAllText(ReportPath);
        Assert.Contains("| reported | FG9019 | Models.g.cs(1) | not analysed (card-data and secret rules skip generated code) | `its name ends with .g.cs` |", report);
        Assert.Contains("| reported | FG9019 | Header.cs(1) | not analysed (card-data and secret rules skip generated code) | `an <auto-generated> header` |", report);
        Assert.Contains("| reported | FG9019 | Attributed.cs(3) |", report);
        Assert.Contains("| reported | FG9019 | .editorconfig(3) | marks [Legacy/**.cs] as generated: not analysed | `generated_code = true` |", report);
        Assert.DoesNotContain("AssemblyInfo", report);
        Assert.Contains(engine.Messages, m => m.Contains("5 deviation(s) — gate passed"));
        ReportTests.AssertValidSarif(File.ReadAllText(SarifPath));

        (success, engine) = Run(t => { t.SourceFiles = sources; t.AnalyzerConfigFiles = new ITaskItem[] { new TaskItem(editorconfig) }; }, "{ \"generatedCode\": \"block\", \"exclude\": [\"Migrations/**\"] }");
        Assert.False(success);
        Assert.Contains(Path.Combine(_directory, "Models.g.cs") + "(1,1): error FG9019: FinGuard's analyzers skip this file as generated (its name ends with .g.cs), so card data or secrets in it are never seen", string.Join("\n", engine.Errors));
        Assert.Equal(4, engine.Errors.Count);
        Assert.Contains("| excluded | FG9019 | Migrations/20240101_Init.cs(1) |", File.ReadAllText(ReportPath));

        // A section that matches none of the project's files (a shared root .editorconfig) is not this project's deviation.
        File.WriteAllText(editorconfig, "root = true\n[Other/**.cs]\ngenerated_code = true\n[tests/**.cs]\ndotnet_diagnostic.FG1001.severity = none\n");
        WriteLog();
        (success, engine) = Run(t => { t.SourceFiles = new ITaskItem[] { new TaskItem(CheckoutPath) }; t.AnalyzerConfigFiles = new ITaskItem[] { new TaskItem(editorconfig) }; });
        Assert.True(success, string.Join("\n", engine.Errors));
        Assert.Contains("No FinGuard rule was turned off or lowered, and no source file is skipped as generated.", File.ReadAllText(ReportPath));
    }

    [Fact]
    public void The_report_says_every_FinGuard_analyzer_ran_and_what_is_locked()
    {
        WriteLog();
        var (success, _) = Run();
        Assert.True(success);
        string report = File.ReadAllText(ReportPath);
        Assert.Contains("- Analyzers: every FinGuard analyzer ran (3 FinGuard rules in the compiler log, no analyzer failure).", report);
        Assert.Contains("- Locked rules (only finguard.json may weaken them): FG1, FG4.", report);
        Assert.Contains("No FinGuard rule was turned off or lowered, and no source file is skipped as generated.", report);
        string sarif = File.ReadAllText(SarifPath);
        ReportTests.AssertValidSarif(sarif);
        Assert.True((bool)JsonNode.Parse(sarif)!["runs"]![0]!["properties"]!["finguard.analyzersRan"]!);
        Assert.Equal(new[] { "FG1", "FG4" }, JsonNode.Parse(sarif)!["runs"]![0]!["properties"]!["finguard.lockedRules"]!.AsArray().Select(n => (string)n!).ToArray());
    }

    [Fact]
    public void Lock_accepts_families_with_a_star_and_rejects_unknown_rules()
    {
        WriteLog(overrides: Off("FG2001"));
        Assert.False(Run(policy: "{ \"lock\": [\"FG2*\"] }").Success);
        var (success, engine) = Run(policy: "{ \"lock\": [\"FG9\"] }");
        Assert.False(success);
        Assert.Contains("error FG9005: unknown rule \"FG9\" in \"lock\"", Assert.Single(engine.Errors));
    }
}
