using System.IO;
using System.Text.RegularExpressions;

namespace FinGuard.Build.Tests.EndToEnd;

/// <summary>
/// The package in a project on the .NET 8 SDK's language defaults: C# 12, either as a net8.0 target (whose default
/// language version is 12) or pinned with <c>LangVersion 12</c>. The analyzers run, the gate blocks a raw PAN, and
/// the helpers FinGuard's generator emits compile as C# 12 (a helper written in newer C# would break these users).
/// </summary>
[Collection(EndToEndCollection.Name)]
public class LanguageVersionTests
{
    // C# 12 features on purpose (primary constructor, collection expression): the project really is on C# 12.
    private const string PanCheckout = """
namespace App;

public class Checkout(string currency)
{
    public string CardNumber { get; set; } = "";
    public string Currency { get; } = currency;
    public int[] Amounts { get; } = [100, 250];
}

""";

    private const string CleanCheckout = """
namespace App;

public class Checkout(string currency)
{
    public string CardToken { get; set; } = "";
    public string Currency { get; } = currency;
    public int[] Amounts { get; } = [100, 250];
    public string Masked(string last4) => FinGuard.Security.CardMasking.Mask(last4);
}

""";

    private readonly PackageFeed _feed;

    public LanguageVersionTests(PackageFeed feed)
    {
        _feed = feed;
    }

    [Theory]
    [InlineData("<LangVersion>12</LangVersion>", "net10.0")]
    [InlineData("<TargetFramework>net8.0</TargetFramework>", "net8.0")]
    public void The_gate_blocks_a_raw_pan_on_csharp_12(string properties, string targetFramework)
    {
        TestProject project = _feed.CreateProject("csharp12-pan").WriteProject(properties).WriteFile("Checkout.cs", PanCheckout);
        DotNet.Result result = project.Build();

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(Path.Combine(project.Directory, "Checkout.cs") + "(5,19): error FG1001:", result.Output);
        Assert.Matches(new Regex(@"FinGuard: App: 1 finding\(s\), 1 blocking \(FG1: 1\).*gate FAILED"), result.Output);
        Assert.DoesNotContain("error CS", result.Output);
        Assert.DoesNotContain("AD0001", result.Output);
        Assert.True(File.Exists(Path.Combine(project.Directory, "obj", "Debug", targetFramework, "finguard-report.md")), "no gate report for " + targetFramework);
    }

    [Theory]
    [InlineData("<LangVersion>12</LangVersion>")]
    [InlineData("<TargetFramework>net8.0</TargetFramework>")]
    public void Clean_code_and_generated_helpers_build_on_csharp_12(string properties)
    {
        TestProject project = _feed.CreateProject("csharp12-clean").WriteProject(properties).WriteFile("Checkout.cs", CleanCheckout);
        DotNet.Result result = project.Build();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("gate passed", result.Output);
        Assert.DoesNotContain("AD0001", result.Output);
        Assert.DoesNotContain("warning CS", result.Output);
    }
}
