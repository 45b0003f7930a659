using System.IO;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FinGuard.Build.Tests.Unit;

namespace FinGuard.Build.Tests.EndToEnd;

/// <summary>
/// The policy gate through the packed package and real <c>dotnet build</c>s: waivers (valid and expired),
/// baseline adoption, line moves and a new violation, TreatWarningsAsErrors, a user's own ErrorLog, a
/// multi-project solution with one report directory, and bad inputs.
/// </summary>
[Collection(EndToEndCollection.Name)]
public class GatePolicyEndToEndTests
{
    private const string PanCheckout = """
namespace App;

public class Checkout
{
    public string CardNumber { get; set; } = "";
    public string CardType { get; set; } = "";
}

""";

    private readonly PackageFeed _feed;

    public GatePolicyEndToEndTests(PackageFeed feed)
    {
        _feed = feed;
    }

    private static void OutputContains(DotNet.Result result, string expected)
        => Assert.True(result.Output.Contains(expected, StringComparison.Ordinal), "expected: " + expected + "\n" + result);

    private static string Waiver(string expires)
        => "{\n  \"waivers\": [\n    { \"rule\": \"FG1001\", \"path\": \"Checkout.cs\", \"symbol\": \"App.Checkout\", \"justification\": \"Legacy import DTO, removed in PAY-42\", \"owner\": \"payments-team\", \"expires\": \"" + expires + "\" }\n  ]\n}\n";

    [Fact]
    public void A_justified_waiver_passes_the_gate_until_it_expires()
    {
        TestProject project = _feed.CreateProject("waiver").WriteFile("Checkout.cs", PanCheckout).WriteFile("finguard.json", Waiver("2099-12-31"));
        DotNet.Result waived = project.Build();
        Assert.True(waived.ExitCode == 0, waived.ToString());
        Assert.Matches(new Regex(@"FinGuard: App: 1 finding\(s\), 0 blocking, 1 waived, 0 baselined.*gate passed"), waived.Output);
        Assert.Contains("waived until 2099-12-31 (payments-team): Legacy import DTO, removed in PAY-42", File.ReadAllText(project.ReportFile));

        project.WriteFile("finguard.json", Waiver("2020-01-31"));
        DotNet.Result expired = project.Build();
        Assert.NotEqual(0, expired.ExitCode);
        OutputContains(expired, project.PolicyFile + "(3,5): warning FG9009: the waiver for FG1001 in Checkout.cs on App.Checkout expired on 2020-01-31");
        OutputContains(expired, Path.Combine(project.Directory, "Checkout.cs") + "(5,19): error FG1001: 'CardNumber' holds a full card number (PAN)");
        OutputContains(expired, "(the waiver for it expired on 2020-01-31)");
    }

    [Fact]
    public void Baseline_adoption_line_moves_and_a_new_violation()
    {
        TestProject project = _feed.CreateProject("baseline").WriteFile("Checkout.cs", PanCheckout);
        DotNet.Result adopt = project.Build("-p:FinGuardUpdateBaseline=true");
        Assert.True(adopt.ExitCode == 0, adopt.ToString());
        OutputContains(adopt, "baseline updated: 1 finding(s) in " + project.BaselineFile);
        // The symbol is the one the analyzer names (finguard.symbol): a PAN property belongs to its type.
        JsonNode entry = Assert.Single(JsonNode.Parse(File.ReadAllText(project.BaselineFile))!["findings"]!.AsArray())!;
        Assert.Equal(("FG1001", "Checkout.cs", "App.Checkout", 1), ((string)entry["rule"]!, (string)entry["file"]!, (string)entry["symbol"]!, (int)entry["count"]!));

        DotNet.Result adopted = project.Build();
        Assert.True(adopted.ExitCode == 0, adopted.ToString());
        OutputContains(adopted, "1 baselined");

        // The old code moves down and is re-indented: still baselined. A second PAN member is new and blocks.
        project.WriteFile("Checkout.cs", "// Checkout DTO\nusing System;\n\n" + PanCheckout.Replace("    public string CardNumber", "      public string CardNumber")
            .Replace("    public string CardType", "    public string Pan { get; set; } = \"\";\n    public string CardType"));
        DotNet.Result newViolation = project.Build();
        Assert.NotEqual(0, newViolation.ExitCode);
        OutputContains(newViolation, Path.Combine(project.Directory, "Checkout.cs") + "(9,19): error FG1001");
        Assert.DoesNotContain("(8,21): error FG1001", newViolation.Output);
        Assert.Matches(new Regex(@"2 finding\(s\), 1 blocking \(FG1: 1\), 0 waived, 1 baselined"), newViolation.Output);
        ReportTests.AssertValidSarif(File.ReadAllText(project.SarifReport));
    }

    [Fact]
    public void TreatWarningsAsErrors_and_a_users_ErrorLog_do_not_bypass_the_gate()
    {
        TestProject project = _feed.CreateProject("twae").WriteFile("Checkout.cs", PanCheckout).WriteFile("finguard.json", Waiver("2099-12-31"))
            .WriteProject("<TreatWarningsAsErrors>true</TreatWarningsAsErrors><ErrorLog>build.sarif</ErrorLog>");
        DotNet.Result result = project.Build();
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("error FG1001", result.Output);
        OutputContains(result, "1 waived");
        Assert.True(File.Exists(Path.Combine(project.Directory, "build.sarif")));

        DotNet.Result warnAsError = project.Build("-warnaserror");
        Assert.True(warnAsError.ExitCode == 0, warnAsError.ToString());
        OutputContains(warnAsError, "1 waived");
    }

    [Fact]
    public void A_solution_build_collects_every_projects_reports_in_one_directory()
    {
        string root = Path.Combine(_feed.Directory, "solution-" + Guid.NewGuid().ToString("N").Substring(0, 6));
        var api = new TestProject(_feed, Path.Combine(root, "Api")).WriteFile("Checkout.cs", PanCheckout);
        var billing = new TestProject(_feed, Path.Combine(root, "Billing")).WriteFile("Checkout.cs", PanCheckout.Replace("CardNumber", "CardToken"));
        File.Copy(Path.Combine(api.Directory, "nuget.config"), Path.Combine(root, "nuget.config"));
        File.Move(api.ProjectFile, Path.Combine(api.Directory, "Api.csproj"));
        File.Move(billing.ProjectFile, Path.Combine(billing.Directory, "Billing.csproj"));
        File.WriteAllText(Path.Combine(root, "Payments.slnx"), "<Solution>\n  <Project Path=\"Api/Api.csproj\" />\n  <Project Path=\"Billing/Billing.csproj\" />\n</Solution>\n");
        string reports = Path.Combine(root, "finguard-reports");

        DotNet.Result result = DotNet.Run(root, DotNet.BuildArguments(Path.Combine(root, "Payments.slnx"), "-p:FinGuardReportDirectory=" + reports));
        Assert.NotEqual(0, result.ExitCode);
        OutputContains(result, "FinGuard: Api: 1 finding(s), 1 blocking (FG1: 1)");
        OutputContains(result, "FinGuard: Billing: 0 finding(s), 0 blocking");
        Assert.Contains("**Verdict: blocked**", File.ReadAllText(Path.Combine(reports, "Api.finguard-report.md")));
        Assert.Contains("**Verdict: passed**", File.ReadAllText(Path.Combine(reports, "Billing.finguard-report.md")));
        ReportTests.AssertValidSarif(File.ReadAllText(Path.Combine(reports, "Api.finguard.sarif")));
        ReportTests.AssertValidSarif(File.ReadAllText(Path.Combine(reports, "Billing.finguard.sarif")));
    }

    [Fact]
    public void Bad_inputs_are_FG9_errors_with_positions_and_nothing_the_user_wrote_is_overwritten()
    {
        TestProject project = _feed.CreateProject("badinput").WriteFile("Checkout.cs", PanCheckout);

        const string malformed = "{\n  \"block\": { \"FG1\": \"warning\" \n  \"exclude\": []\n}\n";
        project.WriteFile("finguard.json", malformed);
        DotNet.Result badJson = project.Build();
        Assert.NotEqual(0, badJson.ExitCode);
        // The position and what System.Text.Json expected there ("'\"' is invalid after a value. Expected either ',', '}', or ']'").
        OutputContains(badJson, project.PolicyFile + "(3,3): error FG9003: the FinGuard policy is not valid JSON: ");
        OutputContains(badJson, "Expected either ',', '}'");
        Assert.DoesNotContain("   at ", badJson.Output);
        Assert.Equal(malformed, File.ReadAllText(project.PolicyFile));

        project.WriteFile("finguard.json", "{\n  \"block\": { \"FG1\": \"warning\" },\n  \"waivers\": [ { \"rule\": \"FG1001\", \"path\": \"src\\\\Legacy.cs\", \"justification\": \"j\", \"expires\": \"soon\" } ]\n}\n");
        DotNet.Result badWaiver = project.Build();
        OutputContains(badWaiver, project.PolicyFile + "(3,44): error FG9006: the glob \"src\\Legacy.cs\" contains '\\'; expected '/' as the folder separator");
        OutputContains(badWaiver, project.PolicyFile + "(3,95): error FG9007: \"expires\" is \"soon\", which is not a date");

        File.Delete(project.PolicyFile);
        string missing = Path.Combine(project.Directory, "policy", "finguard.json");
        DotNet.Result missingPolicy = project.Build("-p:FinGuardPolicyFile=policy/finguard.json");
        Assert.NotEqual(0, missingPolicy.ExitCode);
        Assert.True(missingPolicy.Output.Contains(missing + " : error FG9012: the policy file named by FinGuardPolicyFile does not exist", StringComparison.Ordinal), missingPolicy.ToString());

        const string newer = "{ \"version\": 7, \"findings\": [] }\n";
        project.WriteFile("finguard.baseline.json", newer);
        DotNet.Result newerBaseline = project.Build("-p:FinGuardUpdateBaseline=true");
        Assert.NotEqual(0, newerBaseline.ExitCode);
        OutputContains(newerBaseline, project.BaselineFile + "(1,14): error FG9011: the baseline has format version 7");
        Assert.Equal(newer, File.ReadAllText(project.BaselineFile));
        Assert.DoesNotContain("   at ", newerBaseline.Output);
    }
}
