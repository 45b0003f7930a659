using System.IO;

namespace FinGuard.Build.Tests.EndToEnd;

/// <summary>
/// The gate stays in the project that references FinGuard. A library uses FinGuard with a plain PackageReference
/// (no PrivateAssets): NuGet keeps build/ private by default and the package has no buildTransitive/, so an
/// application that references the library gets no gate, no FinGuard compiler log and no FG9 error. (The .NET SDK
/// still hands it the analyzers of transitive packages: their findings are warnings there, nothing blocks.)
/// </summary>
[Collection(EndToEndCollection.Name)]
public class TransitiveEndToEndTests
{
    private readonly PackageFeed _feed;

    public TransitiveEndToEndTests(PackageFeed feed)
    {
        _feed = feed;
    }

    [Fact]
    public void A_project_that_gets_FinGuard_through_a_library_runs_no_gate()
    {
        string root = Path.Combine(_feed.Directory, "transitive-" + Guid.NewGuid().ToString("N").Substring(0, 6));
        Directory.CreateDirectory(Path.Combine(root, "Library"));
        Directory.CreateDirectory(Path.Combine(root, "App"));
        File.WriteAllText(Path.Combine(root, "nuget.config"), $@"<?xml version=""1.0"" encoding=""utf-8""?>
<configuration>
  <packageSources>
    <clear />
    <add key=""finguard-test"" value=""{_feed.FeedPath}"" />
  </packageSources>
</configuration>");
        File.WriteAllText(Path.Combine(root, "Library", "Library.csproj"), $@"<Project Sdk=""Microsoft.NET.Sdk"">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include=""FinGuard"" Version=""{_feed.Version}"" />
  </ItemGroup>
</Project>");
        File.WriteAllText(Path.Combine(root, "Library", "Receipt.cs"), "namespace Library;\n\npublic class Receipt\n{\n    public string CardToken { get; set; } = \"\";\n}\n");
        File.WriteAllText(Path.Combine(root, "App", "App.csproj"), """
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="../Library/Library.csproj" />
  </ItemGroup>
</Project>
""");
        // A raw PAN member: FinGuard's gate in App would fail the build on it (FG1001 blocks by default).
        File.WriteAllText(Path.Combine(root, "App", "Checkout.cs"), "namespace App;\n\npublic class Checkout\n{\n    public string CardNumber { get; set; } = \"\";\n}\n");

        DotNet.Result result = DotNet.Run(root, DotNet.BuildArguments(Path.Combine(root, "App", "App.csproj")));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("FinGuard: Library:", result.Output);
        Assert.DoesNotContain("FinGuard: App:", result.Output);
        Assert.DoesNotContain("FG9", result.Output);
        Assert.DoesNotContain("error FG", result.Output);
        string appObj = Path.Combine(root, "App", "obj", "Debug", "net10.0");
        Assert.False(File.Exists(Path.Combine(appObj, "finguard.compiler.sarif")), "FinGuard's targets set the compiler log of a project that does not reference FinGuard");
        Assert.False(File.Exists(Path.Combine(appObj, "finguard-report.md")), "the gate ran in a project that does not reference FinGuard");
    }
}
