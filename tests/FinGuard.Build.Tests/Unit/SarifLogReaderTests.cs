using System.IO;
using FinGuard.Build.Json;
using FinGuard.Build.Reporting;
using FinGuard.Build.Sarif;

namespace FinGuard.Build.Tests.Unit;

public class SarifLogReaderTests
{
    private const string Version21 = """
{
  "$schema": "http://json.schemastore.org/sarif-2.1.0",
  "version": "2.1.0",
  "runs": [ {
    "results": [
      { "ruleId": "CS0168", "level": "warning", "message": { "text": "unused" } },
      { "ruleId": "FG1001", "level": "warning", "message": { "text": "'CardNumber' holds a PAN" },
        "locations": [ { "physicalLocation": { "artifactLocation": { "uri": "file:///src/App/Card.cs" },
          "region": { "startLine": 4, "startColumn": 19, "endLine": 4, "endColumn": 29 } } } ] },
      { "ruleId": "FG1001", "level": "warning", "message": { "text": "suppressed one" },
        "suppressions": [ { "kind": "inSource" } ] },
      { "ruleId": "FG2001", "level": "note", "message": { "text": "info" },
        "properties": { "warningLevel": 1, "customProperties": { "Kind": "Pan", "finguard.symbol": "App.Payments.Checkout.Pay" } } }
    ],
    "tool": { "driver": { "name": "csc", "rules": [ { "id": "FG1001", "helpUri": "https://example/FG1001.md" } ] } }
  } ]
}
""";

    [Fact]
    public void Reads_only_FinGuard_results_with_location_suppression_and_help()
    {
        var findings = SarifLogReader.Read(JsonFile.Parse(Version21), "/src");
        Assert.Equal(3, findings.Count);
        Finding first = findings[0];
        Assert.Equal("FG1001", first.RuleId);
        Assert.Equal(Path.GetFullPath("/src/App/Card.cs"), first.FilePath);
        Assert.Equal((4, 19), (first.Line, first.Column));
        Assert.Equal("https://example/FG1001.md", first.HelpUri);
        Assert.True(findings[1].IsSuppressed);
        Assert.Equal("note", findings[2].Level);
        Assert.Null(first.Symbol);
        Assert.Equal("App.Payments.Checkout.Pay", findings[2].Symbol);
    }

    [Fact]
    public void Reads_sarif_1_logs_written_for_a_user_ErrorLog_without_version()
    {
        const string v1 = """
{ "version": "1.0.0", "runs": [ { "results": [ { "ruleId": "FG1001", "level": "error", "message": "pan",
                "locations": [ { "resultFile": { "uri": "file:///src/A.cs", "region": { "startLine": 3, "startColumn": 5 } } } ],
                "properties": { "warningLevel": 1, "customProperties": { "finguard.symbol": "App.Checkout" } } } ] } ] }
""";
        Finding finding = SarifLogReader.Read(JsonFile.Parse(v1), "/").Single();
        Assert.Equal(("error", 3, 5, "pan", "App.Checkout"), (finding.Level, finding.Line, finding.Column, finding.Message, finding.Symbol));
    }

    [Fact]
    public void A_json_file_that_is_not_sarif_is_rejected_with_a_position()
    {
        var e = Assert.Throws<SarifReadException>(() => SarifLogReader.Read(JsonFile.Parse("{ \"hello\": 1 }"), "/"));
        Assert.Contains("runs", e.Message);
        Assert.Equal(1, e.Line);
    }

    [Theory]
    [InlineData("FG1001", "warning", false, "Blocking")]
    [InlineData("FG4001", "warning", false, "Blocking")]
    [InlineData("FG2001", "warning", false, "Reported")]
    [InlineData("FG2001", "warning", true, "Blocking")]
    [InlineData("FG3001", "error", false, "Blocking")]
    [InlineData("FG1001", "note", false, "Reported")]
    public void Default_policy_blocks_card_data_and_secrets_at_warning_and_everything_at_error(string rule, string level, bool warningsAsErrors, string expected)
    {
        var finding = new Finding(rule, level, "m", "/a.cs", 1, 1, 1, 1, isSuppressed: false, helpUri: null);
        Assert.Equal(expected, DefaultPolicy.Decide(finding, warningsAsErrors).ToString());
    }

    [Fact]
    public void Suppressed_findings_never_block()
    {
        var finding = new Finding("FG1001", "error", "m", "/a.cs", 1, 1, 1, 1, isSuppressed: true, helpUri: null);
        Assert.Equal(FindingStatus.Suppressed, DefaultPolicy.Decide(finding, treatWarningsAsErrors: true));
    }

    [Fact]
    public void ErrorLog_with_version_suffix_gives_the_path()
        => Assert.Equal(Path.GetFullPath("obj/x.sarif"), FinGuardGate.LogPathOf("obj/x.sarif,version=2.1"));

    [Fact]
    public void Report_lists_blocking_findings_first_with_relative_paths()
    {
        var findings = new[]
        {
            (new Finding("FG2001", "note", "later", "/p/B.cs", 9, 1, 9, 1, false, null), FindingStatus.Reported),
            (new Finding("FG1001", "warning", "pan | here", "/p/A.cs", 2, 3, 2, 9, false, "https://h/FG1001.md"), FindingStatus.Blocking),
        };
        string report = MarkdownReportWriter.Render("App", findings, "/p");
        Assert.Contains("**Verdict: blocked**", report);
        Assert.True(report.IndexOf("FG1001", System.StringComparison.Ordinal) < report.IndexOf("FG2001", System.StringComparison.Ordinal));
        Assert.Contains("| blocking | [FG1001](https://h/FG1001.md) | A.cs(2,3) | pan \\| here |", report);
    }
}
