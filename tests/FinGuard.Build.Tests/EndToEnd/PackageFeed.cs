using System.IO;
using System.Reflection;

namespace FinGuard.Build.Tests.EndToEnd;

/// <summary>
/// Packs the FinGuard package once per test run into a temporary feed, with a version of its own
/// (0.1.0-e2e.&lt;ticks&gt;) so NuGet's package cache can never hand the tests an older build.
/// </summary>
public sealed class PackageFeed : IDisposable
{
    public PackageFeed()
    {
        RepoRoot = RepoPaths.Root;
        Directory = Path.Combine(Path.GetTempPath(), "finguard-e2e-" + Guid.NewGuid().ToString("N").Substring(0, 8));
        FeedPath = Path.Combine(Directory, "feed");
        Version = "0.1.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff");
        string configuration = typeof(PackageFeed).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "Configuration").Value!;
        DotNet.Result pack = DotNet.Run(RepoRoot, "pack", Path.Combine(RepoRoot, "src", "FinGuard.Package", "FinGuard.Package.csproj"),
            "--no-build", "-c", configuration, "-o", FeedPath, "-p:Version=" + Version, "-nologo", "-tl:off");
        if (pack.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet pack failed: " + pack);
        }

        PackagePath = Path.Combine(FeedPath, "FinGuard." + Version + ".nupkg");
        Assert.True(File.Exists(PackagePath), "package not found: " + PackagePath + "\n" + pack);
    }

    public string RepoRoot { get; }

    public string Directory { get; }

    public string FeedPath { get; }

    public string Version { get; }

    public string PackagePath { get; }

    /// <summary>
    /// The nuget.config of every test project: the test feed is added to the sources the machine is configured
    /// with (never <c>&lt;clear/&gt;</c>), so a fresh machine restores what the projects need besides FinGuard —
    /// the net8.0 targeting packs, which the .NET 10 SDK does not carry, come from the registry on first use.
    /// FinGuard itself can only come from the test feed: its version (0.1.0-e2e.&lt;time&gt;) exists nowhere else.
    /// </summary>
    public string NuGetConfig => $@"<?xml version=""1.0"" encoding=""utf-8""?>
<configuration>
  <packageSources>
    <add key=""finguard-test"" value=""{FeedPath}"" />
  </packageSources>
</configuration>";

    /// <summary>A new empty project folder that consumes the packed FinGuard exactly as a user's project would.</summary>
    public TestProject CreateProject(string name) => new TestProject(this, Path.Combine(Directory, name + "-" + Guid.NewGuid().ToString("N").Substring(0, 6)));

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

[CollectionDefinition(Name)]
public sealed class EndToEndCollection : ICollectionFixture<PackageFeed>
{
    // All end-to-end builds share one packed package and run one after another (2-core CI machines).
    public const string Name = "End-to-end builds";
}
