using System.IO;
using System.IO.Compression;
using System.Text.RegularExpressions;

namespace FinGuard.Build.Tests.EndToEnd;

/// <summary>
/// The whole user path: a project that references the packed FinGuard package, built with <c>dotnet build</c>.
/// Asserts exit codes, the exact MSBuild error lines, and the report.
/// </summary>
[Collection(EndToEndCollection.Name)]
public class GateEndToEndTests
{
    private const string PanCheckout = """
namespace App;

public class Checkout
{
    public string CardNumber { get; set; } = "";
    public string CardType { get; set; } = "";
}

""";

    private const string CleanCheckout = """
namespace App;

public class Checkout
{
    public string CardToken { get; set; } = "";
    public string Masked(string last4) => FinGuard.Security.CardMasking.Mask(last4);
}

""";

    private readonly PackageFeed _feed;

    public GateEndToEndTests(PackageFeed feed)
    {
        _feed = feed;
    }

    [Fact]
    public void Package_has_the_final_layout()
    {
        using ZipArchive zip = ZipFile.OpenRead(_feed.PackagePath);
        string[] entries = zip.Entries.Select(e => e.FullName).Where(n => !n.StartsWith("package/") && !n.StartsWith("_rels/") && n != "[Content_Types].xml").OrderBy(n => n).ToArray();
        Assert.Equal(new[]
        {
            "analyzers/dotnet/cs/FinGuard.Analyzers.dll",
            "analyzers/dotnet/cs/FinGuard.CodeFixes.dll",
            "analyzers/dotnet/cs/FinGuard.Generators.dll",
            "build/FinGuard.props",
            "build/FinGuard.rules.txt",
            "build/FinGuard.targets",
            "FinGuard.nuspec",
            "icon.png",
            "LICENSE",
            "README.md",
            "schema/finguard.schema.json",
            "tasks/netstandard2.0/FinGuard.Build.dll",
        }.OrderBy(n => n), entries);
        using var nuspec = new StreamReader(zip.GetEntry("FinGuard.nuspec")!.Open());
        string text = nuspec.ReadToEnd();
        Assert.Contains("<developmentDependency>true</developmentDependency>", text);
        Assert.DoesNotContain("<dependency ", text);
        using var rules = new StreamReader(zip.GetEntry("build/FinGuard.rules.txt")!.Open());
        string[] ids = rules.ReadToEnd().Split(new[] { "\n", "\r\n" }, System.StringSplitOptions.RemoveEmptyEntries | System.StringSplitOptions.TrimEntries);
        Assert.Contains("FG1001", ids);
        Assert.All(ids, id => Assert.Matches("^FG[1-8][0-9]{3}$", id));
    }

    [Fact]
    public void A_raw_pan_member_fails_the_build_with_one_error_line_and_a_report()
    {
        TestProject project = _feed.CreateProject("pan").WriteFile("Checkout.cs", PanCheckout);
        DotNet.Result result = project.Build();

        Assert.NotEqual(0, result.ExitCode);
        string errorLine = Path.Combine(project.Directory, "Checkout.cs") + "(5,19): error FG1001: 'CardNumber' holds a full card number (PAN)";
        Assert.Contains(errorLine, result.Output);
        Assert.Matches(new Regex(@"FinGuard: App: 1 finding\(s\), 1 blocking \(FG1: 1\).*gate FAILED"), result.Output);
        Assert.DoesNotContain("   at ", result.Output);
        string report = File.ReadAllText(project.ReportFile);
        Assert.Contains("**Verdict: blocked**", report);
        Assert.Contains("| blocking | [FG1001](", report);
        Assert.Contains("Checkout.cs(5,19)", report);
    }

    [Fact]
    public void Clean_code_passes_and_the_generated_helper_compiles()
    {
        TestProject project = _feed.CreateProject("clean").WriteFile("Checkout.cs", CleanCheckout);
        DotNet.Result result = project.Build();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("gate passed", result.Output);
        Assert.Contains("**Verdict: passed**", File.ReadAllText(project.ReportFile));
    }

    // A policy that locks nothing ("lock": []) gives .editorconfig severities and in-source suppressions their
    // plain meaning; by default FG1 and FG4 are locked (GateBypassEndToEndTests).
    [Fact]
    public void Editorconfig_severity_and_pragma_suppression_are_respected_for_rules_the_policy_does_not_lock()
    {
        TestProject relaxed = _feed.CreateProject("relaxed")
            .WriteFile("Checkout.cs", PanCheckout)
            .WriteFile("finguard.json", "{ \"lock\": [] }\n")
            .WriteFile(".editorconfig", "root = true\n[*.cs]\ndotnet_diagnostic.FG1001.severity = suggestion\n");
        DotNet.Result relaxedResult = relaxed.Build();
        Assert.True(relaxedResult.ExitCode == 0, relaxedResult.ToString());
        Assert.Contains("| reported | [FG1001]", File.ReadAllText(relaxed.ReportFile));

        TestProject suppressed = _feed.CreateProject("pragma")
            .WriteFile("finguard.json", "{ \"lock\": [] }\n")
            .WriteFile("Checkout.cs", PanCheckout.Replace("    public string CardNumber", "#pragma warning disable FG1001 // legacy import, removed in PAY-123\n    public string CardNumber"));
        DotNet.Result suppressedResult = suppressed.Build();
        Assert.True(suppressedResult.ExitCode == 0, suppressedResult.ToString());
        Assert.Contains("| suppressed | [FG1001]", File.ReadAllText(suppressed.ReportFile));
    }

    // docs/options.md: a repository-wide .globalconfig carries the same finguard.* keys as .editorconfig.
    [Fact]
    public void A_globalconfig_carries_finguard_options_for_every_file()
    {
        TestProject project = _feed.CreateProject("globalconfig")
            .WriteFile("Checkout.cs", PanCheckout)
            .WriteFile(".globalconfig", "is_global = true\n\n# a gift-card scheme's number\nfinguard.card_data.safe_names = CardNumber\n");
        DotNet.Result result = project.Build();
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("FG1001", result.Output);
        Assert.Contains("gate passed", result.Output);
    }

    [Fact]
    public void Gate_can_warn_instead_of_fail_or_be_turned_off()
    {
        TestProject warn = _feed.CreateProject("warn").WriteFile("Checkout.cs", PanCheckout).WriteProject("<FinGuardGate>warn</FinGuardGate>");
        DotNet.Result warnResult = warn.Build();
        Assert.True(warnResult.ExitCode == 0, warnResult.ToString());
        Assert.DoesNotContain("error FG1001", warnResult.Output);

        TestProject off = _feed.CreateProject("off").WriteFile("Checkout.cs", PanCheckout).WriteProject("<FinGuardEnabled>false</FinGuardEnabled>");
        DotNet.Result offResult = off.Build();
        Assert.True(offResult.ExitCode == 0, offResult.ToString());
        Assert.False(File.Exists(off.ReportFile));
    }

    [Fact]
    public void Incremental_build_after_the_fix_passes_and_never_reads_a_stale_log()
    {
        TestProject project = _feed.CreateProject("incremental").WriteFile("Checkout.cs", PanCheckout);
        Assert.NotEqual(0, project.Build().ExitCode);

        // Unchanged sources: compilation is skipped, the still-current log is read again and still blocks.
        DotNet.Result again = project.Build();
        Assert.NotEqual(0, again.ExitCode);
        Assert.Contains("error FG1001", again.Output);

        project.WriteFile("Checkout.cs", PanCheckout.Replace("CardNumber", "CardToken"));
        DotNet.Result fixedResult = project.Build();
        Assert.True(fixedResult.ExitCode == 0, fixedResult.ToString());
        Assert.DoesNotContain("FG1001", fixedResult.Output);
    }

    [Fact]
    public void Missing_or_truncated_compiler_log_is_a_clear_FinGuard_error()
    {
        TestProject project = _feed.CreateProject("badlog").WriteFile("Checkout.cs", CleanCheckout);
        Assert.Equal(0, project.Build().ExitCode);

        File.Delete(project.CompilerLog);
        DotNet.Result missing = project.Build();
        Assert.NotEqual(0, missing.ExitCode);
        Assert.Contains("error FG9001: FinGuard found no compiler log at '" + project.CompilerLog + "'", missing.Output);
        Assert.DoesNotContain("   at ", missing.Output);

        File.WriteAllText(project.CompilerLog, "{\n  \"version\": \"2.1.0\",\n  \"runs\": [ { \"results\": [");
        DotNet.Result truncated = project.Build();
        Assert.NotEqual(0, truncated.ExitCode);
        Assert.Matches(new Regex(Regex.Escape(project.CompilerLog) + @"\(3,\d+\): error FG9002: FinGuard cannot read the compiler log: unexpected end of file"), truncated.Output);
        Assert.DoesNotContain("   at ", truncated.Output);
    }

    [Fact]
    public void Design_time_builds_never_run_the_gate_and_still_hand_the_analyzers_to_the_IDE()
    {
        TestProject project = _feed.CreateProject("designtime").WriteFile("Checkout.cs", PanCheckout);
        Assert.Equal(0, DotNet.Run(project.Directory, "restore", project.ProjectFile, "-nologo").ExitCode);

        // Exactly what IDEs, language servers and dotnet format run: no compiler execution, so no log; the
        // gate must stay silent and FinGuard must add no target or task of its own.
        string[] designTime = { "msbuild", project.ProjectFile, "-t:Compile", "-nologo", "-nodeReuse:false",
            "-p:DesignTimeBuild=true", "-p:BuildingProject=false", "-p:SkipCompilerExecution=true", "-p:ProvideCommandLineArgs=true" };
        DotNet.Result result = DotNet.Run(project.Directory, designTime.Concat(new[] { "-tl:off", "-v:m", "-clp:PerformanceSummary" }).ToArray());
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("FG9", result.Output);
        Assert.DoesNotContain("FinGuard:", result.Output);
        string performance = result.Output.Substring(result.Output.IndexOf("Target Performance Summary:", StringComparison.Ordinal));
        Assert.DoesNotContain("FinGuard", performance);

        // The IDE still gets FinGuard's analyzers, fixes and helper generator from the same design-time build.
        DotNet.Result analyzers = DotNet.Run(project.Directory, designTime.Concat(new[] { "-getItem:Analyzer" }).ToArray());
        Assert.True(analyzers.ExitCode == 0, analyzers.ToString());
        foreach (string assembly in new[] { "FinGuard.Analyzers.dll", "FinGuard.CodeFixes.dll", "FinGuard.Generators.dll" })
        {
            Assert.Contains("analyzers/dotnet/cs/" + assembly, analyzers.Output.Replace('\\', '/'));
        }
    }
}
