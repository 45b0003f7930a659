using System.IO;
using FinGuard.Build.Policy;

namespace FinGuard.Build.Tests.Unit;

public class PolicyTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "finguard-policy-" + Guid.NewGuid().ToString("N").Substring(0, 8));

    public PolicyTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private (GatePolicy? Policy, List<GateDiagnostic> Diagnostics) Load(string json)
    {
        string path = Path.Combine(_directory, "finguard.json");
        File.WriteAllText(path, json);
        var diagnostics = new List<GateDiagnostic>();
        return (GatePolicy.Load(path, diagnostics), diagnostics);
    }

    [Fact]
    public void A_full_policy_is_read()
    {
        var (policy, diagnostics) = Load("""
{
  "$schema": "https://example/finguard.schema.json",
  "version": 1,
  // hand-edited files have comments and trailing commas
  "block": { "FG1": "warning", "FG2001": "note", "FG2": "never", "*": "error", },
  "exclude": ["tests/**", "**/*.g.cs"],
  "dependencies": { "audit": true, "minSeverity": "moderate" },
  "waivers": [
    { "rule": "FG1001", "path": "src/Legacy/**", "symbol": "App.Legacy.Importer", "justification": "Batch import runs in the CDE; removed in PAY-42", "owner": "payments", "expires": "2027-01-31" }
  ]
}
""");
        Assert.Empty(diagnostics);
        Assert.NotNull(policy);
        Assert.True(policy!.HasBlockSection);
        Assert.Equal(GatePolicy.Warning, policy.BlockingLevelOf("FG1001"));
        Assert.Equal(GatePolicy.Note, policy.BlockingLevelOf("FG2001"));
        Assert.Equal(GatePolicy.Never, policy.BlockingLevelOf("FG2002"));
        Assert.Equal(GatePolicy.Error, policy.BlockingLevelOf("FG4001"));
        Assert.Equal(2, policy.Exclude.Count);
        Assert.True(policy.AuditEnabled);
        Assert.Equal(2, policy.AuditMinSeverity);
        Waiver waiver = Assert.Single(policy.Waivers);
        Assert.Equal(new DateTime(2027, 1, 31), waiver.Expires);
        Assert.True(waiver.Matches("FG1001", "src/Legacy/Importer.cs", "App.Legacy.Importer.Run"));
        Assert.False(waiver.Matches("FG1001", "src/Legacy/Importer.cs", "App.Legacy.ImporterTests"));
        Assert.False(waiver.Matches("FG1001", "src/Checkout.cs", "App.Legacy.Importer"));
        Assert.False(waiver.Matches("FG1002", "src/Legacy/Importer.cs", "App.Legacy.Importer"));
    }

    [Fact]
    public void Defaults_block_card_data_and_secrets_at_warning_and_the_rest_at_error()
    {
        GatePolicy policy = GatePolicy.CreateDefault("/p");
        Assert.Equal(GatePolicy.Warning, policy.BlockingLevelOf("FG1001"));
        Assert.Equal(GatePolicy.Warning, policy.BlockingLevelOf("FG4002"));
        Assert.Equal(GatePolicy.Error, policy.BlockingLevelOf("FG2001"));
        Assert.False(policy.AuditEnabled);
        Assert.False(policy.HasBlockSection);
    }

    [Theory]
    [InlineData("{ \"block\": { \"FG1\": \"warning\" ", "FG9003", 1, 31, "unexpected end of file")]
    [InlineData("{\n  \"blok\": {}\n}", "FG9004", 2, 11, "unknown key \"blok\" in the policy; expected one of")]
    [InlineData("{\n  \"block\": { \"FG10001\": \"error\" }\n}", "FG9005", 2, 25, "unknown rule \"FG10001\" in \"block\"")]
    [InlineData("{\n  \"block\": { \"FG1\": \"fatal\" }\n}", "FG9004", 2, 21, "expected \"error\", \"warning\", \"note\" or \"never\"")]
    [InlineData("{\n  \"exclude\": [\"tests\\\\**\"]\n}", "FG9006", 2, 15, "expected '/' as the folder separator")]
    [InlineData("{\n  \"exclude\": [\"src/[a-z]*.cs\"]\n}", "FG9006", 2, 15, "do not support")]
    [InlineData("{\n  \"exclude\": [\"src/a**/x.cs\"]\n}", "FG9006", 2, 15, "as a whole folder name")]
    [InlineData("{ \"waivers\": [ { \"rule\": \"FG1001\", \"path\": \"a.cs\", \"justification\": \"j\", \"expires\": \"31/12/2026\" } ] }", "FG9007", 1, 85, "expected \"yyyy-MM-dd\"")]
    [InlineData("{ \"waivers\": [ { \"rule\": \"FG1001\", \"path\": \"a.cs\", \"justification\": \"j\", \"expires\": \"2026-02-30\" } ] }", "FG9007", 1, 85, "not a date")]
    [InlineData("{ \"waivers\": [ { \"rule\": \"FG1001\", \"path\": \"a.cs\", \"expires\": \"2026-12-31\" } ] }", "FG9008", 1, 16, "no justification")]
    [InlineData("{ \"waivers\": [ { \"rule\": \"FG1001\", \"path\": \"a.cs\", \"justification\": \"  \", \"expires\": \"2026-12-31\" } ] }", "FG9008", 1, 69, "no justification")]
    [InlineData("{ \"waivers\": [ { \"rule\": \"FG1001\", \"path\": \"a.cs\", \"justification\": \"j\" } ] }", "FG9008", 1, 16, "no expiry")]
    [InlineData("{ \"waivers\": [ { \"rule\": \"FG1001\", \"justification\": \"j\", \"expires\": \"2026-12-31\" } ] }", "FG9008", 1, 16, "neither \"path\" nor \"symbol\"")]
    [InlineData("{ \"waivers\": [ { \"rule\": \"CA2100\", \"path\": \"a.cs\", \"justification\": \"j\", \"expires\": \"2026-12-31\" } ] }", "FG9005", 1, 26, "unknown rule \"CA2100\" in a waiver")]
    [InlineData("{ \"waivers\": [ { \"rule\": \"FG1001\", \"path\": \"a.cs\", \"justification\": \"j\", \"expires\": \"2026-12-31\", \"reason\": \"x\" } ] }", "FG9004", 1, 109, "unknown key \"reason\" in a waiver")]
    [InlineData("{ \"version\": 2 }", "FG9004", 1, 14, "unsupported policy version 2")]
    [InlineData("{ \"dependencies\": { \"minSeverity\": \"severe\" } }", "FG9004", 1, 36, "\"low\", \"moderate\", \"high\" or \"critical\"")]
    [InlineData("[]", "FG9004", 1, 1, "must be a JSON object")]
    public void Bad_policies_are_FG9_errors_with_line_column_and_what_was_expected(string json, string code, int line, int column, string message)
    {
        var (policy, diagnostics) = Load(json);
        Assert.Null(policy);
        GateDiagnostic diagnostic = Assert.Single(diagnostics, d => d.Code == code);
        Assert.True(diagnostic.IsError);
        Assert.Equal(Path.Combine(_directory, "finguard.json"), diagnostic.File);
        Assert.Equal((line, column), (diagnostic.Line, diagnostic.Column));
        Assert.Contains(message, diagnostic.Message);
    }

    [Fact]
    public void Every_problem_is_reported_not_just_the_first()
    {
        var (_, diagnostics) = Load("{ \"blok\": 1, \"exclude\": [\"\"], \"waivers\": [ { \"rule\": \"FG1001\", \"path\": \"a.cs\" } ] }");
        Assert.Equal(new[] { "FG9004", "FG9006", "FG9008", "FG9008" }, diagnostics.Select(d => d.Code).ToArray());
    }

    [Fact]
    public void With_the_packages_rule_list_a_well_formed_but_unknown_ID_is_rejected()
    {
        string path = Path.Combine(_directory, "finguard.json");
        File.WriteAllText(path, "{ \"block\": { \"FG1\": \"warning\", \"FG1001\": \"note\" }, \"waivers\": [ { \"rule\": \"FG1010\", \"path\": \"a.cs\", \"justification\": \"j\", \"expires\": \"2026-12-31\" } ] }");
        var diagnostics = new List<GateDiagnostic>();
        Assert.Null(GatePolicy.Load(path, diagnostics, new HashSet<string> { "FG1001", "FG4001" }));
        GateDiagnostic d = Assert.Single(diagnostics);
        Assert.Equal("FG9005", d.Code);
        Assert.EndsWith("unknown rule \"FG1010\" in a waiver; " + RulePattern.Expected + "; this FinGuard version has FG1001, FG4001", d.Message);
    }

    [Theory]
    [InlineData("tests/**", "tests/Unit/A.cs", true)]
    [InlineData("tests/**", "src/tests.cs", false)]
    [InlineData("tests/", "tests/A.cs", true)]
    [InlineData("**/*.g.cs", "obj/Debug/X.g.cs", true)]
    [InlineData("**/*.g.cs", "X.g.cs", true)]
    [InlineData("**/*.g.cs", "X.cs", false)]
    [InlineData("src/*.cs", "src/A.cs", true)]
    [InlineData("src/*.cs", "src/Sub/A.cs", false)]
    [InlineData("src/**/Legacy?.cs", "src/a/b/Legacy1.cs", true)]
    [InlineData("src/Checkout.cs", "SRC/checkout.cs", true)]
    [InlineData("samples/**/Data/*.cs", "samples/Api/Data/Db.cs", true)]
    public void Globs_match_paths_relative_to_the_policy(string pattern, string path, bool expected)
    {
        Glob? glob = Glob.TryParse(pattern, out string? error);
        Assert.Null(error);
        Assert.Equal(expected, glob!.IsMatch(path));
    }

    [Theory]
    [InlineData("FG1001", "FG1001", true)]
    [InlineData("FG1", "FG1001", true)]
    [InlineData("FG1", "FG2001", false)]
    [InlineData("*", "NU1903", true)]
    [InlineData("NU1903", "NU1903", true)]
    public void Rule_patterns(string pattern, string rule, bool expected)
        => Assert.Equal(expected, RulePattern.TryParse(pattern)!.Matches(rule));

    [Theory]
    [InlineData("FG1000")]
    [InlineData("FG9001")]
    [InlineData("fg1001")]
    [InlineData("FG")]
    [InlineData("NU1900")]
    [InlineData("")]
    public void Unknown_rule_patterns_are_rejected(string pattern) => Assert.Null(RulePattern.TryParse(pattern));
}
