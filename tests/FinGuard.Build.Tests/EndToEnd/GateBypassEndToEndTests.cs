using System.IO;
using System.Text.Json.Nodes;

namespace FinGuard.Build.Tests.EndToEnd;

/// <summary>
/// Issue 19: every one-line bypass a hurried developer (or a pull request) could add, tried with the packed package
/// and real <c>dotnet build</c>s. Each asserts what docs/policy.md ("What the gate guarantees") promises: the
/// build fails with an FG9xxx error naming the cause (file and line, or the property), or the report and the
/// SARIF name the deviation. Several bypasses share one build where each targets a different rule or file, and
/// later builds of a project reuse its restore (<c>--no-restore</c>), to keep CI time low.
/// </summary>
[Collection(EndToEndCollection.Name)]
public class GateBypassEndToEndTests
{
    // A record type holding a PAN and a CVV: the gate fails on it with no bypass (GateEndToEndTests).
    private const string Checkout = """
namespace App;

public class Checkout
{
    public string CardNumber { get; set; } = "";
    public string Cvv { get; set; } = "";
    public string ExpiryMonth { get; set; } = "";
}

""";

    private readonly PackageFeed _feed;

    public GateBypassEndToEndTests(PackageFeed feed)
    {
        _feed = feed;
    }

    private static void OutputContains(DotNet.Result result, string expected)
        => Assert.True(result.Output.Contains(expected, StringComparison.Ordinal), "expected: " + expected + "\n" + result);

    private static void Contains(string text, string expected, string what)
        => Assert.True(text.Contains(expected, StringComparison.Ordinal), "expected in " + what + ": " + expected + "\n" + text);

    [Fact]
    public void Analyzer_configuration_and_MSBuild_properties_cannot_turn_a_locked_rule_down()
    {
        TestProject project = _feed.CreateProject("bypass-config")
            .WriteFile("Checkout.cs", Checkout)
            .WriteFile("Legacy/Import.cs", Checkout.Replace("namespace App;", "namespace App.Legacy;"))
            // 1. a per-rule key, 2. a category key (every secret rule), both in the root .editorconfig.
            .WriteFile(".editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.FG1001.severity = none\ndotnet_analyzer_diagnostic.category-FinGuard.Secrets.severity = none\n")
            // 3. a folder's own .editorconfig that hides a rule in that folder only.
            .WriteFile("Legacy/.editorconfig", "[*.cs]\ndotnet_diagnostic.FG1002.severity = silent\n")
            // 4. a .globalconfig with a higher global_level, lowering a rule to suggestion.
            .WriteFile(".globalconfig", "is_global = true\nglobal_level = 200\ndotnet_diagnostic.FG1007.severity = suggestion\n")
            // 5. a global config added by the project file; it turns off an unlocked rule (reported only).
            .WriteFile("ci.globalconfig", "is_global = true\nglobal_level = 1000\ndotnet_diagnostic.FG2001.severity = none\n")
            // 6. NoWarn, 7. WarningsNotAsErrors with TreatWarningsAsErrors.
            .WriteProject("<NoWarn>$(NoWarn);FG1003</NoWarn><TreatWarningsAsErrors>true</TreatWarningsAsErrors><WarningsNotAsErrors>CS0618;FG4001</WarningsNotAsErrors>"
                + "</PropertyGroup><ItemGroup><GlobalAnalyzerConfigFiles Include=\"ci.globalconfig\" /></ItemGroup><PropertyGroup>");

        DotNet.Result result = project.Build();
        Assert.NotEqual(0, result.ExitCode);
        string dir = project.Directory;
        OutputContains(result, Path.Combine(dir, ".editorconfig") + "(4,1): error FG9017: 'dotnet_diagnostic.FG1001.severity = none' turns off FG1001, which the FinGuard policy locks");
        OutputContains(result, Path.Combine(dir, ".editorconfig") + "(5,1): error FG9017: 'dotnet_analyzer_diagnostic.category-FinGuard.Secrets.severity = none' turns off FG4001, FG4002");
        OutputContains(result, Path.Combine(dir, "Legacy", ".editorconfig") + "(2,1): error FG9017: 'dotnet_diagnostic.FG1002.severity = silent' lowers FG1002 to silent, which the FinGuard policy locks");
        OutputContains(result, Path.Combine(dir, ".globalconfig") + "(3,1): error FG9017: 'dotnet_diagnostic.FG1007.severity = suggestion' lowers FG1007 to suggestion, which the FinGuard policy locks");
        OutputContains(result, project.ProjectFile + " : error FG9017: NoWarn names FG1003, which the FinGuard policy locks");
        OutputContains(result, project.ProjectFile + " : error FG9017: WarningsNotAsErrors names FG4001, which the FinGuard policy locks (the gate, not the compiler, decides what blocks)");
        Assert.DoesNotContain("error FG9017: 'dotnet_diagnostic.FG2001", result.Output);
        // The CVV outside Legacy/ still blocks: a folder's .editorconfig hides only its own files.
        OutputContains(result, Path.Combine(dir, "Checkout.cs") + "(6,19): error FG1002");

        string report = File.ReadAllText(project.ReportFile);
        Contains(report, "| reported | FG9017 | ci.globalconfig(3) | FG2001 turned off | `dotnet_diagnostic.FG2001.severity = none` |", "the report");
        Contains(report, "| blocking | FG9017 | .editorconfig(4) | FG1001 turned off (locked) | `dotnet_diagnostic.FG1001.severity = none` |", "the report");
        Contains(report, "| blocking | FG9017 | App.csproj | FG1003 turned off (locked) | `NoWarn` |", "the report");
        Contains(report, "- TreatWarningsAsErrors: true.", "the report");
        string sarif = File.ReadAllText(project.SarifReport);
        Unit.ReportTests.AssertValidSarif(sarif);
        JsonArray overrides = JsonNode.Parse(sarif)!["runs"]![0]!["invocations"]![0]!["ruleConfigurationOverrides"]!.AsArray();
        Assert.Contains(overrides, o => (string)o!["descriptor"]!["id"]! == "FG1001" && o["configuration"]!["enabled"]?.GetValue<bool>() == false);
        Assert.Contains(overrides, o => (string)o!["descriptor"]!["id"]! == "FG1007" && (string?)o["configuration"]!["level"] == "note");
        Assert.Contains(JsonNode.Parse(sarif)!["runs"]![0]!["results"]!.AsArray(), r => (string)r!["ruleId"]! == "FG9017");

        // 8. the bulk key for every analyzer, 9. WarningLevel=0 (the compiler drops every warning and records nothing).
        project.WriteFile(".editorconfig", "root = true\n[*.cs]\ndotnet_analyzer_diagnostic.severity = none\n");
        File.Delete(Path.Combine(dir, "Legacy", ".editorconfig"));
        project.WriteProject(string.Empty);
        DotNet.Result bulk = project.Build("--no-restore");
        Assert.NotEqual(0, bulk.ExitCode);
        OutputContains(bulk, Path.Combine(dir, ".editorconfig") + "(3,1): error FG9017: 'dotnet_analyzer_diagnostic.severity = none' turns off FG1001, FG1002");

        project.WriteFile(".editorconfig", "root = true\n");
        File.Delete(Path.Combine(dir, ".globalconfig"));
        DotNet.Result level = project.Build("--no-restore", "-p:WarningLevel=0");
        Assert.NotEqual(0, level.ExitCode);
        OutputContains(level, project.ProjectFile + " : error FG9017: WarningLevel=0 hides every FinGuard warning, which the FinGuard policy locks");
    }

    [Fact]
    public void In_source_suppressions_of_a_locked_rule_fail_at_the_suppression_with_its_justification()
    {
        TestProject project = _feed.CreateProject("bypass-suppress")
            // 10. #pragma warning disable above the member.
            .WriteFile("Checkout.cs", Checkout.Replace("    public string CardNumber", "#pragma warning disable FG1001 // legacy import\n    public string CardNumber").Replace("    public string Cvv", "#pragma warning restore FG1001\n    public string Cvv"))
            // 11. [SuppressMessage] on a type.
            .WriteFile("Card.cs", "namespace App;\n\n[System.Diagnostics.CodeAnalysis.SuppressMessage(\"FinGuard.CardData\", \"FG1002\", Justification = \"checked by the processor\")]\npublic class Card\n{\n    public string Cvc { get; set; } = \"\";\n}\n")
            // 12. GlobalSuppressions.cs for a whole namespace.
            .WriteFile("Legacy/Import.cs", "namespace App.Legacy;\n\npublic class Import\n{\n    public string Pan { get; set; } = \"\";\n}\n")
            .WriteFile("GlobalSuppressions.cs", "using System.Diagnostics.CodeAnalysis;\n\n[assembly: SuppressMessage(\"FinGuard.CardData\", \"FG1001:Member holds a full card number\", Justification = \"batch import, PAY-42\", Scope = \"namespaceanddescendants\", Target = \"~N:App.Legacy\")]\n");

        DotNet.Result result = project.Build();
        Assert.NotEqual(0, result.ExitCode);
        string dir = project.Directory;
        OutputContains(result, Path.Combine(dir, "Checkout.cs") + "(5,1): error FG9018: #pragma warning disable FG1001 // legacy import suppresses FG1001 at Checkout.cs(6,19), which the FinGuard policy locks, so the finding still counts");
        OutputContains(result, Path.Combine(dir, "Card.cs") + "(3,1): error FG9018: [SuppressMessage] (justification: \"checked by the processor\") suppresses FG1002 at Card.cs(6,19)");
        OutputContains(result, Path.Combine(dir, "GlobalSuppressions.cs") + "(3,1): error FG9018:");
        OutputContains(result, "suppresses FG1001 at Legacy/Import.cs(5,19), which the FinGuard policy locks");
        string report = File.ReadAllText(project.ReportFile);
        Contains(report, "— suppressed by [SuppressMessage]: checked by the processor — **ignored: the policy locks FG1002** |", "the report");
        Unit.ReportTests.AssertValidSarif(File.ReadAllText(project.SarifReport));

        // A justified waiver in finguard.json is the one way to accept them.
        project.WriteFile("finguard.json", "{ \"waivers\": [ { \"rule\": \"FG1\", \"path\": \"**\", \"justification\": \"Legacy DTOs, tokenised in PAY-42\", \"owner\": \"payments-team\", \"expires\": \"2099-12-31\" } ] }\n");
        DotNet.Result waived = project.Build("--no-restore");
        Assert.True(waived.ExitCode == 0, waived.ToString());
        OutputContains(waived, "4 waived");
    }

    [Fact]
    public void Generated_looking_files_and_excluded_folders_are_named_in_the_report_and_can_block()
    {
        TestProject project = _feed.CreateProject("bypass-generated")
            // 13. a *.g.cs name, 14. an <auto-generated/> header, 15. [GeneratedCode], 16. generated_code = true.
            .WriteFile("Models.g.cs", Checkout)
            .WriteFile("Header.cs", "// <auto-generated/>\n" + Checkout.Replace("Checkout", "HeaderCheckout"))
            .WriteFile("Attributed.cs", Checkout.Replace("public class Checkout", "[System.CodeDom.Compiler.GeneratedCode(\"tool\", \"1.0\")]\npublic class AttributedCheckout"))
            .WriteFile("Hidden.cs", Checkout.Replace("Checkout", "HiddenCheckout"))
            .WriteFile(".editorconfig", "root = true\n[Hidden.cs]\ngenerated_code = true\n")
            // 17. excluding a folder that holds production code in finguard.json.
            .WriteFile("Payments/Charge.cs", Checkout.Replace("namespace App;", "namespace App.Payments;"))
            .WriteFile("finguard.json", "{ \"exclude\": [\"Payments/**\"] }\n");

        DotNet.Result result = project.Build();
        Assert.True(result.ExitCode == 0, result.ToString());
        OutputContains(result, "2 excluded, 4 deviation(s) — gate passed");
        string report = File.ReadAllText(project.ReportFile);
        Contains(report, "| reported | FG9019 | Models.g.cs(1) | not analysed (card-data and secret rules skip generated code) | `its name ends with .g.cs` |", "the report");
        Contains(report, "| reported | FG9019 | Header.cs(1) | not analysed (card-data and secret rules skip generated code) | `an <auto-generated> header` |", "the report");
        Contains(report, "| reported | FG9019 | Attributed.cs(3) |", "the report");
        Contains(report, "| reported | FG9019 | .editorconfig(3) | marks [Hidden.cs] as generated: not analysed | `generated_code = true` |", "the report");
        Contains(report, "| excluded | [FG1001](", "the report");
        Contains(report, "Payments/Charge.cs(5,19)", "the report");
        // The build's own generated files under obj/ (AssemblyInfo, GlobalUsings) are not the source tree's.
        Assert.DoesNotContain("AssemblyInfo", report);
        string sarif = File.ReadAllText(project.SarifReport);
        Unit.ReportTests.AssertValidSarif(sarif);
        Assert.Contains(JsonNode.Parse(sarif)!["runs"]![0]!["results"]!.AsArray(), r => (string)r!["ruleId"]! == "FG9019"
            && ((string)r["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]!).EndsWith("Models.g.cs", StringComparison.Ordinal)
            && (int)r["locations"]![0]!["physicalLocation"]!["region"]!["startLine"]! == 1);

        project.WriteFile("finguard.json", "{ \"generatedCode\": \"block\", \"exclude\": [\"Payments/**\"] }\n");
        DotNet.Result blocked = project.Build("--no-restore");
        Assert.NotEqual(0, blocked.ExitCode);
        OutputContains(blocked, Path.Combine(project.Directory, "Models.g.cs") + "(1,1): error FG9019: FinGuard's analyzers skip this file as generated (its name ends with .g.cs)");
        OutputContains(blocked, Path.Combine(project.Directory, ".editorconfig") + "(3,1): error FG9019: 'generated_code = true' marks [Hidden.cs] as generated");
    }

    [Fact]
    public void Analyzers_that_did_not_run_fail_closed_and_leave_the_last_reports_alone()
    {
        TestProject project = _feed.CreateProject("bypass-skip").WriteFile("Checkout.cs", Checkout);
        DotNet.Result first = project.Build();
        Assert.NotEqual(0, first.ExitCode);
        string lastReport = File.ReadAllText(project.ReportFile);

        // 18. RunAnalyzers=false and 19. RunAnalyzersDuringBuild=false: the compiler runs with /skipanalyzers.
        int edit = 0;
        foreach (string property in new[] { "RunAnalyzers", "RunAnalyzersDuringBuild" })
        {
            // An edit makes the compiler run again (an up-to-date compilation keeps the last, complete log).
            project.WriteFile("Checkout.cs", Checkout + "// edit " + ++edit + "\n");
            DotNet.Result skipped = project.Build("--no-restore", "-p:" + property + "=false");
            Assert.NotEqual(0, skipped.ExitCode);
            OutputContains(skipped, project.ProjectFile + " : error FG9014: FinGuard's analyzers did not run (" + property + "=false), so the gate cannot judge this build");
            Assert.DoesNotContain("gate passed", skipped.Output);
            Assert.Equal(lastReport, File.ReadAllText(project.ReportFile));
        }

        // The documented opt-in for a local inner loop.
        project.WriteFile("Checkout.cs", Checkout + "// edit " + ++edit + "\n");
        DotNet.Result allowed = project.Build("--no-restore", "-p:RunAnalyzers=false", "-p:FinGuardAllowSkippedAnalyzers=true");
        Assert.True(allowed.ExitCode == 0, allowed.ToString());
        OutputContains(allowed, "FinGuard: App: skipped: analyzers did not run (RunAnalyzers=false); no finding was judged and the reports were left as they were");
        Assert.Equal(lastReport, File.ReadAllText(project.ReportFile));

        // 20. FinGuard's analyzer removed from the compilation.
        project.WriteFile("Directory.Build.targets", "<Project>\n  <Target Name=\"DropFinGuard\" BeforeTargets=\"CoreCompile\">\n    <ItemGroup>\n      <Analyzer Remove=\"@(Analyzer)\" Condition=\"'%(Filename)' == 'FinGuard.Analyzers'\" />\n    </ItemGroup>\n  </Target>\n</Project>\n");
        project.WriteFile("Checkout.cs", Checkout + "// edit " + ++edit + "\n");
        DotNet.Result removed = project.Build("--no-restore");
        Assert.NotEqual(0, removed.ExitCode);
        OutputContains(removed, "error FG9015: the compiler log lists no FinGuard rule, so FinGuard's analyzers were not loaded in this compilation");
        File.Delete(Path.Combine(project.Directory, "Directory.Build.targets"));

        // 21. TreatWarningsAsErrors=false: FinGuard warnings are still judged by the policy (FG1 blocks at warning).
        project.WriteFile("Checkout.cs", Checkout + "// edit " + ++edit + "\n");
        DotNet.Result warnings = project.Build("--no-restore", "-p:TreatWarningsAsErrors=false");
        Assert.NotEqual(0, warnings.ExitCode);
        OutputContains(warnings, Path.Combine(project.Directory, "Checkout.cs") + "(5,19): error FG1001");
    }

    [Fact]
    public void A_Visual_Basic_project_with_the_package_builds_with_one_line_and_no_FG9001()
    {
        TestProject project = _feed.CreateProject("vb");
        File.Move(project.ProjectFile, Path.Combine(project.Directory, "App.vbproj"));
        project.WriteFile("Checkout.vb", "Public Class Checkout\n    Public Property CardNumber As String\nEnd Class\n");
        DotNet.Result result = DotNet.Run(project.Directory, DotNet.BuildArguments(Path.Combine(project.Directory, "App.vbproj")));
        Assert.True(result.ExitCode == 0, result.ToString());
        OutputContains(result, "FinGuard: App: skipped: the FinGuard gate checks C# projects only (this project's language is VB)");
        Assert.DoesNotContain("FG9", result.Output);
    }
}
