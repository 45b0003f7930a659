using System.IO;
using System.Text;
using System.Text.Json.Nodes;

namespace FinGuard.Build.Tests.Unit;

/// <summary>
/// The gate task end to end on disk, without a dotnet build: a synthetic compiler log (the shape Roslyn writes),
/// a policy, a baseline and NuGet's assets file. Every decision and every bad input, fast.
/// </summary>
public class GateTaskTests : IDisposable
{
    internal const string Checkout = "namespace App;\n\npublic class Checkout\n{\n    public string CardNumber { get; set; } = \"\";\n    public string CardType { get; set; } = \"\";\n}\n";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "finguard-task-" + Guid.NewGuid().ToString("N").Substring(0, 8));

    public GateTaskTests()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "obj"));
        File.WriteAllText(Path.Combine(_directory, "Checkout.cs"), Checkout);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string LogPath => Path.Combine(_directory, "obj", "finguard.compiler.sarif");

    private string BaselinePath => Path.Combine(_directory, "finguard.baseline.json");

    /// <summary>Writes a compiler log with one result per (rule, level, file, line, column, length, suppressed).</summary>
    internal static string CompilerLog(IEnumerable<(string Rule, string Level, string File, int Line, int Column, int Length, bool Suppressed)> results)
    {
        var b = new StringBuilder("{\n  \"$schema\": \"http://json.schemastore.org/sarif-2.1.0\",\n  \"version\": \"2.1.0\",\n  \"runs\": [ { \"results\": [\n");
        bool first = true;
        foreach (var r in results)
        {
            b.Append(first ? string.Empty : ",\n");
            first = false;
            b.Append("    { \"ruleId\": \"").Append(r.Rule).Append("\", \"level\": \"").Append(r.Level)
                .Append("\", \"message\": { \"text\": \"'CardNumber' holds a full card number (PAN): replace it with a processor token\" }, \"locations\": [ { \"physicalLocation\": { \"artifactLocation\": { \"uri\": \"")
                .Append(new Uri(r.File).AbsoluteUri).Append("\" }, \"region\": { \"startLine\": ").Append(r.Line).Append(", \"startColumn\": ").Append(r.Column)
                .Append(", \"endLine\": ").Append(r.Line).Append(", \"endColumn\": ").Append(r.Column + r.Length).Append(" } } } ]")
                .Append(r.Suppressed ? ", \"suppressions\": [ { \"kind\": \"inSource\" } ]" : string.Empty)
                .Append(", \"properties\": { \"warningLevel\": 1, \"customProperties\": { \"finguard.symbol\": \"App.Checkout\" } } }");
        }

        b.Append("\n  ], \"tool\": { \"driver\": { \"name\": \"Microsoft (R) Visual C# Compiler\", \"rules\": [ { \"id\": \"FG1001\", \"shortDescription\": { \"text\": \"Member holds a full card number (PAN)\" }, \"fullDescription\": { \"text\": \"Servers should never hold a PAN.\" }, \"helpUri\": \"https://github.com/finguard/finguard/blob/main/docs/rules/FG1001.md\", \"properties\": { \"category\": \"FinGuard.CardData\" } } ] } } } ]\n}\n");
        return b.ToString();
    }

    private void WriteLog(params (string Rule, string Level, int Line, int Column, int Length)[] results)
        => File.WriteAllText(LogPath, CompilerLog(results.Select(r => (r.Rule, r.Level, Path.Combine(_directory, "Checkout.cs"), r.Line, r.Column, r.Length, false))));

    private (bool Success, FakeBuildEngine Engine, FinGuardGate Task) Run(string? policy = null, bool explicitPolicy = false, bool update = false, string? assets = null, string? reportDirectory = null, bool warningsAsErrors = false)
    {
        var engine = new FakeBuildEngine();
        var task = new FinGuardGate
        {
            BuildEngine = engine,
            ErrorLog = LogPath + ",version=2.1",
            ProjectName = "App",
            ProjectDirectory = _directory,
            ProjectFile = Path.Combine(_directory, "App.csproj"),
            ReportFile = Path.Combine(_directory, "obj", "finguard-report.md"),
            SarifFile = Path.Combine(_directory, "obj", "finguard.sarif"),
            ReportDirectory = reportDirectory,
            PolicyFile = policy,
            PolicyFileIsExplicit = explicitPolicy,
            BaselineFile = BaselinePath,
            UpdateBaseline = update,
            AssetsFile = assets,
            Today = "2026-06-15",
            TreatWarningsAsErrors = warningsAsErrors,
        };
        bool success = task.Execute();
        return (success, engine, task);
    }

    private string WritePolicy(string json)
    {
        string path = Path.Combine(_directory, "finguard.json");
        File.WriteAllText(path, json);
        return path;
    }

    private static string Waiver(string expires, string path = "Checkout.cs", string rule = "FG1001")
        => "{ \"waivers\": [ { \"rule\": \"" + rule + "\", \"path\": \"" + path + "\", \"justification\": \"Legacy import, removed in PAY-42\", \"owner\": \"payments-team\", \"expires\": \"" + expires + "\" } ] }";

    [Fact]
    public void Without_a_policy_card_data_blocks_with_a_linkable_error_and_a_summary()
    {
        WriteLog(("FG1001", "warning", 5, 19, 10));
        var (success, engine, task) = Run();
        Assert.False(success);
        Assert.Equal(Path.Combine(_directory, "Checkout.cs") + "(5,19): error FG1001: 'CardNumber' holds a full card number (PAN): replace it with a processor token", Assert.Single(engine.Errors));
        Assert.Contains(engine.Messages, m => m.StartsWith("FinGuard: App: 1 finding(s), 1 blocking (FG1: 1), 0 waived, 0 baselined, 0 reported, 0 suppressed — gate FAILED", StringComparison.Ordinal));
        Assert.Equal(1, task.BlockingCount);
        Assert.True(File.Exists(Path.Combine(_directory, "obj", "finguard.sarif")));
    }

    [Fact]
    public void A_valid_waiver_waives_and_the_reports_show_it()
    {
        WriteLog(("FG1001", "warning", 5, 19, 10));
        var (success, engine, _) = Run(WritePolicy(Waiver("2026-12-31")));
        Assert.True(success, string.Join("\n", engine.Errors));
        Assert.Empty(engine.Warnings);
        Assert.Contains(engine.Messages, m => m.Contains("1 waived") && m.Contains("gate passed"));
        string report = File.ReadAllText(Path.Combine(_directory, "obj", "finguard-report.md"));
        Assert.Contains("| waived | [FG1001]", report);
        Assert.Contains("waived until 2026-12-31 (payments-team): Legacy import, removed in PAY-42", report);
        Assert.Contains("| FG1001 | Checkout.cs | any | payments-team | 2026-12-31 | active | 1 | Legacy import, removed in PAY-42 |", report);
        JsonNode suppression = JsonNode.Parse(File.ReadAllText(Path.Combine(_directory, "obj", "finguard.sarif")))!["runs"]![0]!["results"]![0]!["suppressions"]![0]!;
        Assert.Equal(("external", "accepted"), ((string)suppression["kind"]!, (string)suppression["status"]!));
        Assert.StartsWith("Legacy import, removed in PAY-42", (string)suppression["justification"]!, StringComparison.Ordinal);
    }

    [Fact]
    public void An_expired_waiver_stops_waiving_and_says_since_when()
    {
        WriteLog(("FG1001", "warning", 5, 19, 10));
        string policy = WritePolicy(Waiver("2026-06-01"));
        var (success, engine, _) = Run(policy);
        Assert.False(success);
        string warning = Assert.Single(engine.Warnings);
        Assert.StartsWith(policy + "(1,16): warning FG9009: the waiver for FG1001 in Checkout.cs expired on 2026-06-01 (14 day(s) ago)", warning);
        Assert.Contains("error FG1001: 'CardNumber' holds a full card number (PAN): replace it with a processor token (the waiver for it expired on 2026-06-01)", Assert.Single(engine.Errors));
    }

    [Fact]
    public void A_waiver_that_matches_nothing_is_a_stale_warning()
    {
        WriteLog();
        string policy = WritePolicy(Waiver("2026-12-31", path: "Legacy/**"));
        var (success, engine, _) = Run(policy);
        Assert.True(success);
        Assert.Equal(policy + "(1,16): warning FG9010: the waiver for FG1001 in Legacy/** matches no finding in this project; remove it from the policy (the code it covered was fixed or moved)", Assert.Single(engine.Warnings));
    }

    [Fact]
    public void A_waiver_for_another_project_in_a_shared_policy_is_not_stale_here()
    {
        WriteLog();
        string policy = Path.Combine(Path.GetDirectoryName(_directory)!, Path.GetFileName(_directory) + "-policy.json");
        File.WriteAllText(policy, Waiver("2026-12-31", path: "OtherProject/**"));
        try
        {
            var (success, engine, _) = Run(policy, explicitPolicy: true);
            Assert.True(success);
            Assert.Empty(engine.Warnings);
        }
        finally
        {
            File.Delete(policy);
        }
    }

    [Fact]
    public void Excluded_paths_and_block_sections_decide_what_blocks()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "tests"));
        File.WriteAllText(Path.Combine(_directory, "tests", "Fixtures.cs"), Checkout);
        File.WriteAllText(LogPath, CompilerLog(new[]
        {
            ("FG1001", "warning", Path.Combine(_directory, "tests", "Fixtures.cs"), 5, 19, 10, false),
            ("FG2001", "warning", Path.Combine(_directory, "Checkout.cs"), 6, 19, 8, false),
            ("FG1001", "warning", Path.Combine(_directory, "Checkout.cs"), 5, 19, 10, true),
        }));
        var (success, engine, _) = Run(WritePolicy("{ \"block\": { \"FG2\": \"warning\" }, \"lock\": [], \"exclude\": [\"tests/**\"] }"));
        Assert.False(success);
        Assert.Contains("error FG2001", Assert.Single(engine.Errors));
        Assert.Contains(engine.Messages, m => m.Contains("3 finding(s), 1 blocking (FG2: 1), 0 waived, 0 baselined, 0 reported, 1 suppressed, 1 excluded"));
    }

    [Fact]
    public void TreatWarningsAsErrors_blocks_every_FinGuard_warning_only_without_a_block_section()
    {
        WriteLog(("FG2001", "warning", 6, 19, 8));
        Assert.True(Run().Success);
        Assert.False(Run(warningsAsErrors: true).Success);
        Assert.True(Run(WritePolicy("{ \"block\": { \"*\": \"error\" } }"), warningsAsErrors: true).Success);
    }

    [Fact]
    public void Baseline_adoption_then_only_new_findings_block_and_line_moves_keep_matching()
    {
        WriteLog(("FG1001", "warning", 5, 19, 10));
        var (updated, updateEngine, _) = Run(update: true);
        Assert.True(updated, string.Join("\n", updateEngine.Errors));
        Assert.Contains(updateEngine.Messages, m => m.Contains("baseline updated: 1 finding(s) in " + BaselinePath));
        string baseline = File.ReadAllText(BaselinePath);
        Assert.Contains("{\"rule\":\"FG1001\",\"file\":\"Checkout.cs\",\"symbol\":\"App.Checkout\",\"fingerprint\":\"", baseline);
        DateTime written = File.GetLastWriteTimeUtc(BaselinePath);

        // Unchanged findings: the baseline is not rewritten (stable diffs, no churn).
        Assert.True(Run(update: true).Success);
        Assert.Equal(written, File.GetLastWriteTimeUtc(BaselinePath));

        var (passes, passEngine, _) = Run();
        Assert.True(passes, string.Join("\n", passEngine.Errors));
        Assert.Contains(passEngine.Messages, m => m.Contains("1 baselined"));

        // Code moved down three lines and re-indented: still the same finding.
        File.WriteAllText(Path.Combine(_directory, "Checkout.cs"), "// moved\n\n\n" + Checkout.Replace("    public string CardNumber", "        public string  CardNumber"));
        WriteLog(("FG1001", "warning", 8, 24, 10));
        Assert.True(Run().Success);

        // A new violation blocks; the old one stays baselined.
        File.WriteAllText(Path.Combine(_directory, "Checkout.cs"), Checkout.Replace("    public string CardType", "    public string Pan { get; set; } = \"\";\n    public string CardType"));
        WriteLog(("FG1001", "warning", 5, 19, 10), ("FG1001", "warning", 6, 19, 3));
        var (blocked, blockedEngine, _) = Run();
        Assert.False(blocked);
        Assert.Contains("(6,19): error FG1001", Assert.Single(blockedEngine.Errors));

        // The fixed finding disappears from the baseline on the next update.
        File.WriteAllText(Path.Combine(_directory, "Checkout.cs"), Checkout);
        WriteLog();
        Assert.True(Run(update: true).Success);
        Assert.DoesNotContain("FG1001", File.ReadAllText(BaselinePath));
    }

    [Fact]
    public void A_baseline_from_a_newer_format_is_an_error_and_is_never_overwritten()
    {
        WriteLog(("FG1001", "warning", 5, 19, 10));
        const string newer = "{\n  \"version\": 3,\n  \"findings\": []\n}\n";
        File.WriteAllText(BaselinePath, newer);
        var (success, engine, _) = Run(update: true);
        Assert.False(success);
        Assert.StartsWith(BaselinePath + "(2,14): error FG9011: the baseline has format version 3, newer than this FinGuard understands (2)", Assert.Single(engine.Errors));
        Assert.Equal(newer, File.ReadAllText(BaselinePath));
    }

    [Fact]
    public void Policy_errors_name_the_file_line_and_column_and_stop_the_gate()
    {
        WriteLog(("FG1001", "warning", 5, 19, 10));
        string policy = WritePolicy("{\n  \"block\": { \"FG1\": \"warning\" },\n  \"waivers\": [ { \"rule\": \"FG1001\", \"path\": \"Checkout.cs\", \"expires\": \"2026-13-01\" } ]\n}");
        var (success, engine, _) = Run(policy);
        Assert.False(success);
        Assert.Equal(new[]
        {
            policy + "(3,16): error FG9008: the waiver has no justification; expected \"justification\": why the risk is accepted and how it is mitigated",
            policy + "(3,70): error FG9007: \"expires\" is \"2026-13-01\", which is not a date; expected \"yyyy-MM-dd\", for example \"2026-12-31\"",
        }, engine.Errors);
        Assert.DoesNotContain(engine.Errors, e => e.Contains("FG1001:"));
        Assert.Contains("2026-13-01", File.ReadAllText(policy));
    }

    [Fact]
    public void A_missing_policy_named_explicitly_is_an_error_but_a_missing_found_one_means_defaults()
    {
        WriteLog();
        string missing = Path.Combine(_directory, "policies", "finguard.json");
        var (success, engine, _) = Run(missing, explicitPolicy: true);
        Assert.False(success);
        Assert.StartsWith(missing + "(0,0): error FG9012: the policy file named by FinGuardPolicyFile does not exist", Assert.Single(engine.Errors));
        Assert.True(Run(missing, explicitPolicy: false).Success);
    }

    [Fact]
    public void Known_vulnerable_packages_block_per_policy_and_take_waivers()
    {
        WriteLog();
        string assets = Path.Combine(_directory, "obj", "project.assets.json");
        File.WriteAllText(assets, "{ \"version\": 3, " + Audited("all") + ", \"logs\": [\n"
            + "  { \"code\": \"NU1903\", \"level\": \"Warning\", \"warningLevel\": 1, \"message\": \"Package 'Legacy.Json' 9.0.1 has a known high severity vulnerability, https://github.com/advisories/GHSA-5crp-9r3c-p9vr\", \"libraryId\": \"Legacy.Json\", \"targetGraphs\": [\"net10.0\"] },\n"
            + "  { \"code\": \"NU1901\", \"level\": \"Warning\", \"message\": \"Package 'Low.Risk' 1.0.0 has a known low severity vulnerability\", \"libraryId\": \"Low.Risk\" },\n"
            + "  { \"code\": \"NU1603\", \"level\": \"Warning\", \"message\": \"not an audit warning\" }\n] }");

        // Without a "dependencies" section the audit is reported by NuGet only.
        Assert.True(Run(assets: assets).Success);

        var (blocked, engine, _) = Run(WritePolicy("{ \"dependencies\": { \"audit\": true, \"minSeverity\": \"high\" } }"), assets: assets);
        Assert.False(blocked);
        Assert.Equal(Path.Combine(_directory, "App.csproj") + "(0,0): error NU1903: Package 'Legacy.Json' 9.0.1 has a known high severity vulnerability, https://github.com/advisories/GHSA-5crp-9r3c-p9vr", Assert.Single(engine.Errors));
        Assert.Contains("Requirement 6: Develop and maintain secure systems and software (6.3.3", File.ReadAllText(Path.Combine(_directory, "obj", "finguard-report.md")));

        var (waived, waivedEngine, _) = Run(WritePolicy("{ \"dependencies\": { \"minSeverity\": \"high\" }, \"waivers\": [ { \"rule\": \"NU1903\", \"symbol\": \"Legacy.Json\", \"justification\": \"Vulnerable API not called; upgrade in PAY-77\", \"expires\": \"2026-09-30\" } ] }"), assets: assets);
        Assert.True(waived, string.Join("\n", waivedEngine.Errors));

        File.WriteAllText(assets, "{ \"version\": 3, \"logs\": [");
        var (truncated, truncatedEngine, _) = Run(WritePolicy("{ \"dependencies\": { } }"), assets: assets);
        Assert.False(truncated);
        Assert.StartsWith(assets + "(1,26): error FG9013: FinGuard cannot read NuGet's restore results", Assert.Single(truncatedEngine.Errors));
    }

    /// <summary>The "project" section restore writes into project.assets.json, with its audit settings.</summary>
    private static string Audited(string mode, string enable = "true", string level = "low", string noWarn = "\"NU1603\"")
        => "\"project\": { \"restore\": { \"restoreAuditProperties\": { \"enableAudit\": \"" + enable + "\", \"auditLevel\": \"" + level + "\", \"auditMode\": \"" + mode + "\" }, "
           + "\"warningProperties\": { \"noWarn\": [ " + noWarn + " ] } } }";

    [Fact]
    public void The_gate_says_when_restore_did_not_audit_what_the_policy_asks_for()
    {
        WriteLog();
        string assets = Path.Combine(_directory, "obj", "project.assets.json");
        string policy = WritePolicy("{\n  \"dependencies\": { \"minSeverity\": \"moderate\" }\n}");

        File.WriteAllText(assets, "{ \"version\": 3, " + Audited("all") + " }");
        var (complete, completeEngine, _) = Run(policy, assets: assets);
        Assert.True(complete, string.Join("\n", completeEngine.Errors));
        Assert.Empty(completeEngine.Warnings);

        // Restore did not audit at all: the gate cannot pass dependencies it never saw.
        File.WriteAllText(assets, "{ \"version\": 3, " + Audited("all", enable: "false") + " }");
        var (off, offEngine, _) = Run(policy, assets: assets);
        Assert.False(off);
        Assert.Equal(policy + "(2,19): error FG9020: the policy asks for a dependency audit but restore did not audit packages (NuGetAudit is false): set <NuGetAudit>true</NuGetAudit> and <NuGetAuditMode>all</NuGetAuditMode> in Directory.Build.props and restore again", Assert.Single(offEngine.Errors));

        File.WriteAllText(assets, "{ \"version\": 3, \"logs\": [] }");
        var (unrecorded, unrecordedEngine, _) = Run(policy, assets: assets);
        Assert.False(unrecorded);
        Assert.Contains("error FG9020: the policy asks for a dependency audit but restore did not audit packages (restore recorded no audit settings)", Assert.Single(unrecordedEngine.Errors));

        File.WriteAllText(assets, "{ \"version\": 3, " + Audited("all") + ", \"logs\": [ { \"code\": \"NU1905\", \"level\": \"Warning\", \"message\": \"Audit source 'feed' did not provide any vulnerability data.\" } ] }");
        var (noData, noDataEngine, _) = Run(policy, assets: assets);
        Assert.False(noData);
        Assert.Contains("error FG9020: the policy asks for a dependency audit but restore could not get vulnerability data (NU1905: Audit source 'feed' did not provide any vulnerability data.)", Assert.Single(noDataEngine.Errors));

        // A narrower audit than the policy's: warnings naming the property to set; the gate still judges what it has.
        File.WriteAllText(assets, "{ \"version\": 3, " + Audited("direct", level: "high", noWarn: "\"NU1603\", \"NU1902\", \"NU1901\"") + " }");
        var (narrow, narrowEngine, _) = Run(policy, assets: assets);
        Assert.True(narrow, string.Join("\n", narrowEngine.Errors));
        Assert.Equal(new[]
        {
            policy + "(2,19): warning FG9020: the policy asks for a dependency audit but restore audited direct packages only (NuGetAuditMode is direct): set <NuGetAuditMode>all</NuGetAuditMode> in Directory.Build.props so transitive packages are audited too",
            policy + "(2,19): warning FG9020: the policy blocks vulnerabilities from moderate up but restore reports only high and above (NuGetAuditLevel): set <NuGetAuditLevel>moderate</NuGetAuditLevel> in Directory.Build.props",
            policy + "(2,19): warning FG9020: the policy blocks NU1902 but NoWarn hides them from restore's results: remove them from NoWarn (WarningsNotAsErrors keeps them from failing restore)",
        }, narrowEngine.Warnings.Where(w => w.Contains("FG9020")).ToArray());

        // "audit": false turns the check off with the audit.
        var (disabled, disabledEngine, _) = Run(WritePolicy("{ \"dependencies\": { \"audit\": false } }"), assets: assets);
        Assert.True(disabled);
        Assert.DoesNotContain(disabledEngine.Warnings, w => w.Contains("FG9020"));
    }

    [Fact]
    public void Unreadable_compiler_logs_keep_their_FG9001_and_FG9002_errors()
    {
        var (missing, missingEngine, _) = Run();
        Assert.False(missing);
        Assert.StartsWith(LogPath + "(0,0): error FG9001: FinGuard found no compiler log at '" + LogPath + "'", Assert.Single(missingEngine.Errors));

        File.WriteAllText(LogPath, "{\n  \"version\": \"2.1.0\",\n  \"runs\": [ { \"results\": [");
        var (truncated, truncatedEngine, _) = Run();
        Assert.False(truncated);
        Assert.StartsWith(LogPath + "(3,27): error FG9002: FinGuard cannot read the compiler log: unexpected end of file", Assert.Single(truncatedEngine.Errors));
    }

    [Fact]
    public void A_report_directory_collects_the_reports_under_the_project_name()
    {
        WriteLog(("FG1001", "warning", 5, 19, 10));
        string reports = Path.Combine(_directory, "reports");
        Run(reportDirectory: reports);
        Assert.True(File.Exists(Path.Combine(reports, "App.finguard-report.md")));
        Assert.True(File.Exists(Path.Combine(reports, "App.finguard.sarif")));
        Assert.Empty(Directory.GetFiles(reports, "*.tmp"));
    }
}
