using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using FinGuard.Build.Policy;
using FinGuard.Build.Reporting;
using FinGuard.Build.Sarif;
using Json.Schema;

namespace FinGuard.Build.Tests.Unit;

public class ReportTests
{
    private static readonly Waiver SampleWaiver = new Waiver(RulePattern.TryParse("FG1001")!, Glob.TryParse("Legacy/**", out _), null, "Legacy import, removed in PAY-42", "payments-team", new DateTime(2026, 12, 31), 3, 5) { Matched = 1 };

    private static List<DecidedFinding> Findings()
    {
        var rule = new RuleInfo("FG1001", "Member holds a full card number (PAN)", "Servers should never hold a PAN.", "https://github.com/finguard/finguard/blob/main/docs/rules/FG1001.md", "FinGuard.CardData");
        Finding F(string id, string level, string file, int line) => new Finding(id, level, "message \"quoted\" | piped\nnewline", file, line, 3, line, 13, false, rule.HelpUri) { Rule = id == "FG1001" ? rule : null, Fingerprint = "0123456789abcdef0123456789abcdef", Symbol = "App.Checkout" };
        return new List<DecidedFinding>
        {
            new DecidedFinding(F("FG1001", "warning", "/p/Checkout.cs", 5), FindingStatus.Blocking, null),
            new DecidedFinding(F("FG1001", "warning", "/p/Legacy/Import.cs", 9), FindingStatus.Waived, SampleWaiver),
            new DecidedFinding(F("FG1001", "warning", "/p/Old.cs", 2), FindingStatus.Baselined, null),
            new DecidedFinding(F("FG4001", "warning", "/p/Config.cs", 7), FindingStatus.Suppressed, null),
            new DecidedFinding(F("FG2001", "note", "/p/tests/T.cs", 1), FindingStatus.Excluded, null),
            new DecidedFinding(new Finding("NU1903", "warning", "Package 'X' 1.0.0 has a known high severity vulnerability", "/p/App.csproj", 0, 0, 0, 0, false, "https://learn.microsoft.com/nuget/reference/errors-and-warnings/nu1903") { Symbol = "X" }, FindingStatus.Blocking, null),
        };
    }

    [Fact]
    public void The_SARIF_report_is_valid_SARIF_2_1_0()
    {
        AssertValidSarif(SarifReportWriter.Render("App", Findings(), hasBaseline: true, version: "1.2.3"));
        AssertValidSarif(SarifReportWriter.Render("App", new List<DecidedFinding>(), hasBaseline: false));

        // The validation has teeth: a level SARIF does not know is rejected.
        string valid = SarifReportWriter.Render("App", Findings(), hasBaseline: true);
        string invalid = valid.Replace("\"level\":\"error\"", "\"level\":\"fatal\"");
        Assert.NotEqual(valid, invalid);
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => AssertValidSarif(invalid));
    }

    [Fact]
    public void The_SARIF_report_says_what_code_scanning_needs()
    {
        JsonNode root = JsonNode.Parse(SarifReportWriter.Render("App", Findings(), hasBaseline: true))!;
        JsonNode run = root["runs"]![0]!;
        JsonArray rules = run["tool"]!["driver"]!["rules"]!.AsArray();
        Assert.Equal(new[] { "FG1001", "FG4001", "FG2001", "NU1903" }, rules.Select(r => (string)r!["id"]!).ToArray());
        Assert.Equal("https://github.com/finguard/finguard/blob/main/docs/rules/FG1001.md", (string)rules[0]!["helpUri"]!);
        JsonArray results = run["results"]!.AsArray();
        Assert.Equal("error", (string)results[0]!["level"]!);
        Assert.Null(results[0]!["suppressions"]);
        Assert.Equal("new", (string)results[0]!["baselineState"]!);
        Assert.Equal("unchanged", (string)results[2]!["baselineState"]!);
        Assert.Equal("external", (string)results[1]!["suppressions"]![0]!["kind"]!);
        Assert.Equal("inSource", (string)results[3]!["suppressions"]![0]!["kind"]!);
        Assert.Equal("file:///p/Checkout.cs", (string)results[0]!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]!);
        Assert.Null(results[5]!["locations"]![0]!["physicalLocation"]!["region"]);
    }

    [Fact]
    public void The_Markdown_report_groups_by_PCI_DSS_requirement_and_lists_waivers()
    {
        GatePolicy policy = GatePolicy.CreateDefault("/p");
        policy.Waivers.Add(SampleWaiver);
        string report = MarkdownReportWriter.Render("App", Findings(), "/p", policy, new DateTime(2026, 6, 1));
        Assert.Contains("**Verdict: blocked** — 6 finding(s), 2 blocking, 1 waived, 1 baselined, 0 reported, 1 suppressed, 1 excluded.", report);
        int req3 = report.IndexOf("## PCI DSS v4.0 Requirement 3:", StringComparison.Ordinal);
        int req6 = report.IndexOf("## PCI DSS v4.0 Requirement 6:", StringComparison.Ordinal);
        int req8 = report.IndexOf("## PCI DSS v4.0 Requirement 8:", StringComparison.Ordinal);
        Assert.True(req3 > 0 && req3 < req6 && req6 < req8, report);
        Assert.Contains("| blocking | [FG1001](https://github.com/finguard/finguard/blob/main/docs/rules/FG1001.md) | Checkout.cs(5,3) | message \"quoted\" \\| piped newline |", report);
        Assert.Contains("| blocking | [NU1903](https://learn.microsoft.com/nuget/reference/errors-and-warnings/nu1903) | App.csproj |", report);
        Assert.Contains("## Waivers", report);
        Assert.Contains("| FG1001 | Legacy/** | any | payments-team | 2026-12-31 | active | 1 | Legacy import, removed in PAY-42 |", report);
        Assert.Contains("| FG1001 | Legacy/** | any | payments-team | 2026-12-31 | **expired** |", MarkdownReportWriter.Render("App", Findings(), "/p", policy, new DateTime(2027, 1, 1)));
    }

    // FG5 spans two requirements: access control (7.2) for FG5001, the audit trail (10.2, 10.3) for FG5002 and FG5003.
    [Fact]
    public void Access_and_audit_findings_map_to_PCI_DSS_requirements_7_and_10()
    {
        Finding F(string id) => new Finding(id, "warning", "m", "/p/Refunds.cs", 3, 1, 3, 5, false, null) { Fingerprint = "0123456789abcdef0123456789abcdef", Symbol = "App.Refunds" };
        var findings = new List<DecidedFinding>
        {
            new DecidedFinding(F("FG5001"), FindingStatus.Reported, null),
            new DecidedFinding(F("FG5002"), FindingStatus.Reported, null),
            new DecidedFinding(F("FG5003"), FindingStatus.Reported, null),
        };
        string report = MarkdownReportWriter.Render("App", findings, "/p", GatePolicy.CreateDefault("/p"), new DateTime(2026, 6, 1));
        int req7 = report.IndexOf("## PCI DSS v4.0 Requirement 7:", StringComparison.Ordinal);
        int req10 = report.IndexOf("## PCI DSS v4.0 Requirement 10:", StringComparison.Ordinal);
        Assert.True(req7 > 0 && req7 < req10, report);
        Assert.True(report.IndexOf("FG5001", StringComparison.Ordinal) < req10 && report.IndexOf("FG5002", StringComparison.Ordinal) > req10, report);

        JsonArray rules = JsonNode.Parse(SarifReportWriter.Render("App", findings, hasBaseline: false))!["runs"]![0]!["tool"]!["driver"]!["rules"]!.AsArray();
        Assert.StartsWith("Requirement 7:", (string)rules[0]!["properties"]!["pci-dss"]!);
        Assert.StartsWith("Requirement 10:", (string)rules[1]!["properties"]!["pci-dss"]!);
    }

    // FG4 spans two requirements: hard-coded secrets (8.6.2) and the transport rules (4.2.1: certificate validation,
    // plain HTTP, deprecated TLS versions).
    [Fact]
    public void Transport_findings_map_to_PCI_DSS_requirement_4_and_secrets_to_8()
    {
        Finding F(string id) => new Finding(id, "warning", "m", "/p/BankClient.cs", 3, 1, 3, 5, false, null) { Fingerprint = "0123456789abcdef0123456789abcdef", Symbol = "App.BankClient" };
        var findings = new List<DecidedFinding>
        {
            new DecidedFinding(F("FG4001"), FindingStatus.Reported, null),
            new DecidedFinding(F("FG4006"), FindingStatus.Reported, null),
            new DecidedFinding(F("FG4004"), FindingStatus.Reported, null),
        };
        string report = MarkdownReportWriter.Render("App", findings, "/p", GatePolicy.CreateDefault("/p"), new DateTime(2026, 6, 1));
        int req4 = report.IndexOf("## PCI DSS v4.0 Requirement 4:", StringComparison.Ordinal);
        int req8 = report.IndexOf("## PCI DSS v4.0 Requirement 8:", StringComparison.Ordinal);
        Assert.True(req4 > 0 && req4 < req8, report);
        Assert.True(report.IndexOf("FG4006", StringComparison.Ordinal) < req8 && report.IndexOf("FG4004", StringComparison.Ordinal) < req8 && report.IndexOf("FG4001", StringComparison.Ordinal) > req8, report);

        JsonArray rules = JsonNode.Parse(SarifReportWriter.Render("App", findings, hasBaseline: false))!["runs"]![0]!["tool"]!["driver"]!["rules"]!.AsArray();
        Assert.StartsWith("Requirement 8:", (string)rules[0]!["properties"]!["pci-dss"]!);
        Assert.StartsWith("Requirement 4:", (string)rules[1]!["properties"]!["pci-dss"]!);
    }

    [Fact]
    public void The_policy_schema_accepts_the_sample_policy_and_rejects_bad_ones()
    {
        JsonSchema schema = PolicySchema.Value;
        string sample = File.ReadAllText(Path.Combine(RepoPaths.Root, "samples", "finguard.json"));
        Assert.True(Evaluate(schema, sample).IsValid, sample);
        Assert.False(Evaluate(schema, "{ \"blok\": {} }").IsValid);
        Assert.False(Evaluate(schema, "{ \"waivers\": [ { \"rule\": \"FG1001\", \"path\": \"a.cs\" } ] }").IsValid);
        Assert.False(Evaluate(schema, "{ \"block\": { \"FG10001\": \"error\" } }").IsValid);
    }

    private static readonly Lazy<JsonSchema> PolicySchema = new Lazy<JsonSchema>(() => JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", "finguard.schema.json"))));

    private static EvaluationResults Evaluate(JsonSchema schema, string json)
        => schema.Evaluate(JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

    private static readonly Lazy<JsonSchema> SarifSchema = new Lazy<JsonSchema>(() =>
    {
        // The shipped schema is draft-04; JsonSchema.Net reads draft 6 and later, so read it as draft-07.
        JsonObject schemaNode = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-2.1.0-rtm.5.json")))!.AsObject();
        schemaNode["$schema"] = "http://json-schema.org/draft-07/schema#";
        schemaNode.Remove("id");
        return JsonSchema.FromText(schemaNode.ToJsonString());
    });

    internal static void AssertValidSarif(string sarif)
    {
        EvaluationResults results = Evaluate(SarifSchema.Value, sarif);
        Assert.True(results.IsValid, "SARIF invalid:\n" + string.Join("\n", (results.Details ?? new List<EvaluationResults>()).Where(d => d.Errors != null).SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + ": " + e.Value))) + "\n" + sarif);
    }
}
