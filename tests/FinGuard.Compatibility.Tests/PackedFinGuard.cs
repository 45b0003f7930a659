using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FinGuard.Compatibility.Tests;

/// <summary>
/// Packs FinGuard once (like a release: <c>dotnet pack --no-build</c>, a version of its own), unzips the nupkg and
/// loads <c>analyzers/dotnet/cs/*.dll</c> into a load context of their own, so the assemblies under test are the
/// packaged ones running on this process's Roslyn (pinned to exactly 4.8.0).
/// </summary>
public sealed class PackedFinGuard : IDisposable
{
    public PackedFinGuard()
    {
        RepoRoot = FindRepoRoot();
        Directory = Path.Combine(Path.GetTempPath(), "finguard-compat-" + Guid.NewGuid().ToString("N").Substring(0, 8));
        string feed = Path.Combine(Directory, "feed");
        string version = "0.1.0-compat." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff");
        string configuration = typeof(PackedFinGuard).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "Configuration").Value!;
        (int exitCode, string output) = Run(RepoRoot, "pack", Path.Combine(RepoRoot, "src", "FinGuard.Package", "FinGuard.Package.csproj"),
            "--no-build", "-c", configuration, "-o", feed, "-p:Version=" + version, "-nologo", "-tl:off");
        PackagePath = Path.Combine(feed, "FinGuard." + version + ".nupkg");
        if (exitCode != 0 || !File.Exists(PackagePath))
        {
            throw new InvalidOperationException("dotnet pack failed (exit " + exitCode + "):\n" + output);
        }

        Extracted = Path.Combine(Directory, "package");
        ZipFile.ExtractToDirectory(PackagePath, Extracted);
        AnalyzerFolder = Path.Combine(Extracted, "analyzers", "dotnet", "cs");
        LoadContext = new PackageLoadContext(AnalyzerFolder);

        var analyzers = new List<DiagnosticAnalyzer>();
        var generators = new List<ISourceGenerator>();
        var loader = new Loader(LoadContext);
        foreach (string dll in System.IO.Directory.GetFiles(AnalyzerFolder, "*.dll").OrderBy(p => p, StringComparer.Ordinal))
        {
            var reference = new AnalyzerFileReference(dll, loader);
            reference.AnalyzerLoadFailed += (_, e) => LoadFailures.Add($"{Path.GetFileName(dll)}: {e.ErrorCode} {e.TypeName} {e.Message} {e.Exception}");
            analyzers.AddRange(reference.GetAnalyzers(LanguageNames.CSharp));
            generators.AddRange(reference.GetGenerators(LanguageNames.CSharp));
        }

        Analyzers = analyzers.ToImmutableArray();
        Generators = generators.ToImmutableArray();
        Assembly fixes = LoadContext.LoadFromAssemblyPath(Path.Combine(AnalyzerFolder, "FinGuard.CodeFixes.dll"));
        CodeFixes = fixes.GetTypes()
            .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t) && t.GetCustomAttributes(typeof(ExportCodeFixProviderAttribute), false).Length > 0)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
            .ToImmutableArray();
    }

    public string RepoRoot { get; }

    public string Directory { get; }

    public string PackagePath { get; }

    public string Extracted { get; }

    public string AnalyzerFolder { get; }

    public AssemblyLoadContext LoadContext { get; }

    public List<string> LoadFailures { get; } = new List<string>();

    public ImmutableArray<DiagnosticAnalyzer> Analyzers { get; }

    public ImmutableArray<ISourceGenerator> Generators { get; }

    public ImmutableArray<CodeFixProvider> CodeFixes { get; }

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

    private static (int ExitCode, string Output) Run(string workingDirectory, params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        info.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        info.Environment["UseSharedCompilation"] = "false";
        info.Environment["DOTNET_NOLOGO"] = "1";
        foreach (string variable in new[] { "MSBuildExtensionsPath", "MSBUILD_EXE_PATH", "MSBuildSDKsPath" })
        {
            info.Environment.Remove(variable);
        }

        using Process process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit((int)TimeSpan.FromMinutes(5).TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("dotnet " + string.Join(" ", arguments) + " timed out");
        }

        return (process.ExitCode, stdout + stderr.Result);
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Analyzers.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Analyzers.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The package's own assemblies from its folder; Roslyn and the BCL from the host (Roslyn 4.8.0).</summary>
    private sealed class PackageLoadContext : AssemblyLoadContext
    {
        private readonly string _folder;

        public PackageLoadContext(string folder)
            : base("FinGuard package")
        {
            _folder = folder;
        }

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            string candidate = Path.Combine(_folder, assemblyName.Name + ".dll");
            return File.Exists(candidate) ? LoadFromAssemblyPath(candidate) : null;
        }
    }

    private sealed class Loader : IAnalyzerAssemblyLoader
    {
        private readonly AssemblyLoadContext _context;

        public Loader(AssemblyLoadContext context)
        {
            _context = context;
        }

        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath)
        {
            string name = Path.GetFileNameWithoutExtension(fullPath);
            return _context.Assemblies.FirstOrDefault(a => a.GetName().Name == name) ?? _context.LoadFromAssemblyPath(fullPath);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PackedCollection : ICollectionFixture<PackedFinGuard>
{
    public const string Name = "Packed FinGuard";
}
