using System.IO;
using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Xunit.Abstractions;

namespace FinGuard.Compatibility.Tests;

/// <summary>
/// The packed FinGuard nupkg as a user and nuget.org see it: every file (and nothing else), the nuspec's metadata,
/// the package readme's links, symbols and SourceLink in every DLL, and the generated rule list. Every DLL's
/// references are checked against the oldest hosts in <see cref="RoslynFloorTests"/>.
/// </summary>
[Collection(PackedCollection.Name)]
public class PackageLayoutTests
{
    private static readonly Guid SourceLinkKind = new Guid("CC110556-A091-4D38-9FEC-25AB9A351A6A");

    private readonly PackedFinGuard _package;
    private readonly ITestOutputHelper _output;

    public PackageLayoutTests(PackedFinGuard package, ITestOutputHelper output)
    {
        _package = package;
        _output = output;
    }

    [Fact]
    public void The_package_holds_exactly_its_files()
    {
        using ZipArchive zip = ZipFile.OpenRead(_package.PackagePath);
        string[] entries = zip.Entries.Select(e => e.FullName)
            .Where(n => !n.StartsWith("package/", StringComparison.Ordinal) && !n.StartsWith("_rels/", StringComparison.Ordinal) && n != "[Content_Types].xml")
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(new[]
        {
            "FinGuard.nuspec",
            "LICENSE",
            "README.md",
            "analyzers/dotnet/cs/FinGuard.Analyzers.dll",
            "analyzers/dotnet/cs/FinGuard.CodeFixes.dll",
            "analyzers/dotnet/cs/FinGuard.Generators.dll",
            "build/FinGuard.props",
            "build/FinGuard.rules.txt",
            "build/FinGuard.targets",
            "icon.png",
            "schema/finguard.schema.json",
            "tasks/netstandard2.0/FinGuard.Build.dll",
        }, entries);

        // No buildTransitive/: FinGuard's gate never runs in a project that did not get its analyzers.
        Assert.DoesNotContain(entries, e => e.StartsWith("buildTransitive/", StringComparison.Ordinal));

        // No restore behaviour from a development dependency: audit settings belong to the user's Directory.Build.props.
        string props = File.ReadAllText(Path.Combine(_package.Extracted, "build", "FinGuard.props"));
        Assert.DoesNotMatch(new Regex(@"<NuGetAudit\w*[\s>]"), props);
    }

    /// <summary>
    /// The gate reads and writes JSON with System.Text.Json but ships no copy of it: both MSBuild hosts have it loaded
    /// already (MSBuild references it), and a second copy in the task's folder could load beside the host's. So the task
    /// must reference it at a version the oldest host binds (Visual Studio 17.8's MSBuild ships 7.0.x), and the package
    /// must not carry System.Text.Json.dll or its dependencies.
    /// </summary>
    [Fact]
    public void The_gate_task_uses_the_hosts_System_Text_Json_at_7_0_or_below_and_the_package_carries_none()
    {
        string task = Path.Combine(_package.Extracted, "tasks", "netstandard2.0", "FinGuard.Build.dll");
        Dictionary<string, Version> references = RoslynFloorTests.AssemblyReferences(task).ToDictionary(r => r.Name, r => r.Version);
        Assert.True(references.TryGetValue("System.Text.Json", out Version? json), "FinGuard.Build.dll does not reference System.Text.Json: " + string.Join(", ", references.Keys));
        Assert.True(json <= new Version(7, 0, 0, 0), $"FinGuard.Build.dll references System.Text.Json {json}, above the 7.0.0.0 of Visual Studio 17.8's MSBuild");
        if (references.TryGetValue("System.Text.Encodings.Web", out Version? encodings))
        {
            Assert.True(encodings <= new Version(7, 0, 0, 0), $"FinGuard.Build.dll references System.Text.Encodings.Web {encodings}, above 7.0.0.0");
        }

        string[] shipped = Directory.GetFiles(_package.Extracted, "*.dll", SearchOption.AllDirectories).Select(Path.GetFileName).ToArray()!;
        foreach (string hostOwned in new[] { "System.Text.Json.dll", "System.Text.Encodings.Web.dll", "Microsoft.Bcl.AsyncInterfaces.dll", "System.Memory.dll", "System.Buffers.dll", "System.Runtime.CompilerServices.Unsafe.dll" })
        {
            Assert.DoesNotContain(hostOwned, shipped);
        }

        _output.WriteLine($"FinGuard.Build.dll -> System.Text.Json {json}" + (encodings != null ? $", System.Text.Encodings.Web {encodings}" : string.Empty));
    }

    [Fact]
    public void The_nuspec_has_the_metadata_a_package_page_needs()
    {
        XElement metadata = Nuspec();
        string Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value.Trim() ?? string.Empty;

        Assert.Equal("FinGuard", Value("id"));
        Assert.False(string.IsNullOrWhiteSpace(Value("version")));
        Assert.False(string.IsNullOrWhiteSpace(Value("authors")));
        Assert.False(string.IsNullOrWhiteSpace(Value("description")));
        Assert.Contains("pci-dss", Value("tags"), StringComparison.Ordinal);
        Assert.Equal("true", Value("developmentDependency"));
        Assert.Empty(metadata.Elements().Where(e => e.Name.LocalName == "dependencies"));

        XElement license = metadata.Elements().Single(e => e.Name.LocalName == "license");
        Assert.Equal("expression", (string?)license.Attribute("type"));
        Assert.Equal("MIT", license.Value);
        Assert.StartsWith("MIT License", File.ReadAllText(Path.Combine(_package.Extracted, "LICENSE")), StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(Path.Combine(_package.RepoRoot, "LICENSE")), File.ReadAllText(Path.Combine(_package.Extracted, "LICENSE")));

        Assert.Equal("icon.png", Value("icon"));
        byte[] icon = File.ReadAllBytes(Path.Combine(_package.Extracted, "icon.png"));
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, icon.Take(4).ToArray());

        XElement repository = metadata.Elements().Single(e => e.Name.LocalName == "repository");
        string repositoryUrl = (string?)repository.Attribute("url") ?? string.Empty;
        Assert.Equal("git", (string?)repository.Attribute("type"));
        Assert.Matches("^https://", repositoryUrl);
        Assert.Matches("^[0-9a-f]{40}$", (string?)repository.Attribute("commit") ?? string.Empty);
        Assert.Equal(repositoryUrl, Value("projectUrl"));

        string releaseNotes = Value("releaseNotes");
        Assert.StartsWith(Value("version").Split('-')[0], releaseNotes, StringComparison.Ordinal);
        Assert.DoesNotContain("{RepositoryUrl}", releaseNotes, StringComparison.Ordinal);
        _output.WriteLine($"repository {repositoryUrl} at {(string?)repository.Attribute("commit")}");
    }

    [Fact]
    public void The_package_readme_is_written_for_the_package_page_with_absolute_links()
    {
        Assert.Equal("README.md", Nuspec().Elements().Single(e => e.Name.LocalName == "readme").Value);
        string readme = File.ReadAllText(Path.Combine(_package.Extracted, "README.md"));
        Assert.NotEqual(File.ReadAllText(Path.Combine(_package.RepoRoot, "README.md")), readme);
        Assert.DoesNotContain("{RepositoryUrl}", readme, StringComparison.Ordinal);
        Assert.DoesNotContain("{Version}", readme, StringComparison.Ordinal);

        // Markdown links and images, reference-style definitions, and HTML href/src: all absolute https.
        var targets = new List<string>();
        targets.AddRange(Regex.Matches(readme, @"\]\(\s*<?([^)\s>]+)").Select(m => m.Groups[1].Value));
        targets.AddRange(Regex.Matches(readme, @"^\s*\[[^\]]+\]:\s*(\S+)", RegexOptions.Multiline).Select(m => m.Groups[1].Value));
        targets.AddRange(Regex.Matches(readme, """(?:href|src)\s*=\s*["']([^"']+)""").Select(m => m.Groups[1].Value));
        Assert.NotEmpty(targets);
        Assert.All(targets, target => Assert.StartsWith("https://", target, StringComparison.Ordinal));
        Assert.Contains($"Version=\"{Nuspec().Elements().Single(e => e.Name.LocalName == "version").Value}\"", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_dll_carries_an_embedded_pdb_with_SourceLink_to_the_repository_at_the_commit()
    {
        XElement repository = Nuspec().Elements().Single(e => e.Name.LocalName == "repository");
        string commit = (string)repository.Attribute("commit")!;
        string ownerAndName = new Uri((string)repository.Attribute("url")!).AbsolutePath.Trim('/');
        string expectedPrefix = "https://raw.githubusercontent.com/" + ownerAndName + "/" + commit + "/";

        string[] dlls = Directory.GetFiles(_package.Extracted, "*.dll", SearchOption.AllDirectories);
        Assert.Equal(4, dlls.Length);
        foreach (string dll in dlls)
        {
            using var stream = File.OpenRead(dll);
            using var pe = new PEReader(stream);
            Assert.True(pe.GetMetadataReader().IsAssembly, dll);
            DebugDirectoryEntry embedded = pe.ReadDebugDirectory().SingleOrDefault(d => d.Type == DebugDirectoryEntryType.EmbeddedPortablePdb);
            Assert.True(embedded.DataSize > 0, Path.GetFileName(dll) + " has no embedded PDB");
            Assert.Contains(pe.ReadDebugDirectory(), d => d.Type == DebugDirectoryEntryType.Reproducible);

            using MetadataReaderProvider provider = pe.ReadEmbeddedPortablePdbDebugDirectoryData(embedded);
            MetadataReader pdb = provider.GetMetadataReader();
            Assert.True(pdb.Documents.Count > 0, Path.GetFileName(dll) + ": the PDB lists no source document");
            string? sourceLink = pdb.CustomDebugInformation
                .Select(pdb.GetCustomDebugInformation)
                .Where(c => pdb.GetGuid(c.Kind) == SourceLinkKind)
                .Select(c => Encoding.UTF8.GetString(pdb.GetBlobBytes(c.Value)))
                .SingleOrDefault();
            Assert.True(sourceLink != null, Path.GetFileName(dll) + " has no SourceLink");
            Assert.Contains(expectedPrefix, sourceLink, StringComparison.Ordinal);
            _output.WriteLine($"{Path.GetFileName(dll)}: {pdb.Documents.Count} documents, {sourceLink}");
        }
    }

    [Fact]
    public void The_rule_list_is_the_packaged_analyzers_rules()
    {
        string[] listed = File.ReadAllLines(Path.Combine(_package.Extracted, "build", "FinGuard.rules.txt"))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0)
            .ToArray();
        string[] reported = _package.Analyzers
            .SelectMany(a => a.SupportedDiagnostics)
            .Select(d => d.Id)
            .Where(id => Regex.IsMatch(id, "^FG[1-8][0-9]{3}$"))
            .Distinct()
            .OrderBy(id => id, StringComparer.Ordinal)
            .ToArray();
        Assert.NotEmpty(reported);
        Assert.Equal(reported, listed);

        // The targets read that list; no rule ID is typed into them.
        string targets = File.ReadAllText(Path.Combine(_package.Extracted, "build", "FinGuard.targets"));
        Assert.Contains("FinGuard.rules.txt", targets, StringComparison.Ordinal);
        Assert.DoesNotMatch(new Regex(@"FG[1-8][0-9]{3}\s*;"), targets);
    }

    private XElement Nuspec()
    {
        XDocument nuspec = XDocument.Load(Path.Combine(_package.Extracted, "FinGuard.nuspec"));
        return nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    }
}
