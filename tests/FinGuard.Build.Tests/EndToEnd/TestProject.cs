using System.IO;

namespace FinGuard.Build.Tests.EndToEnd;

/// <summary>A temporary class library that references the packed FinGuard package from the test feed.</summary>
public sealed class TestProject
{
    private readonly PackageFeed _feed;

    public TestProject(PackageFeed feed, string directory)
    {
        _feed = feed;
        Directory = directory;
        System.IO.Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "nuget.config"), feed.NuGetConfig);
        WriteProject(string.Empty);
    }

    public string Directory { get; }

    public string ProjectFile => Path.Combine(Directory, "App.csproj");

    public string ReportFile => Path.Combine(Directory, "obj", "Debug", "net10.0", "finguard-report.md");

    public string SarifReport => Path.Combine(Directory, "obj", "Debug", "net10.0", "finguard.sarif");

    public string BaselineFile => Path.Combine(Directory, "finguard.baseline.json");

    public string PolicyFile => Path.Combine(Directory, "finguard.json");

    public string CompilerLog => Path.Combine(Directory, "obj", "Debug", "net10.0", "finguard.compiler.sarif");

    public TestProject WriteProject(string extraProperties)
    {
        File.WriteAllText(ProjectFile, $@"<Project Sdk=""Microsoft.NET.Sdk"">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    {extraProperties}
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include=""FinGuard"" Version=""{_feed.Version}"" PrivateAssets=""all"" />
  </ItemGroup>
</Project>");
        return this;
    }

    public TestProject WriteFile(string relativePath, string content)
    {
        string path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return this;
    }

    public DotNet.Result Build(params string[] extra) => DotNet.Run(Directory, DotNet.BuildArguments(ProjectFile, extra));
}
