using System.Collections.Immutable;
using System.IO;
using System.IO.Compression;
using System.Reflection;
using System.Runtime.Loader;
using FinGuard.Analyzers;
using FinGuard.CodeFixes.CardData;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FinGuard.Benchmarks;

/// <summary>One analyzer pack as a user would enable it: its analyzers and the diagnostic options it runs with.</summary>
public sealed record AnalyzerPack(string Name, ImmutableArray<DiagnosticAnalyzer> Analyzers, ImmutableDictionary<string, ReportDiagnostic> DiagnosticOptions);

/// <summary>
/// The analyzers and generators of a packed FinGuard nupkg (<c>analyzers/dotnet/cs/*.dll</c>), loaded as a user gets
/// them, in a load context of their own so they never mix with the project-referenced FinGuard assemblies.
/// </summary>
public sealed record PackedPackage(string Path, string Version, AnalyzerPack Pack, ImmutableArray<ISourceGenerator> Generators, IReadOnlyList<string> LoadFailures);

public static class AnalyzerPacks
{
    /// <summary>The .NET SDK's security CA rules (the rest of NetAnalyzers is switched off).</summary>
    private static readonly string[] SecurityCaRules = BuildSecurityRuleList();

    /// <summary>Every FinGuard rule analyzer, as the compiler loads them (one analyzer each).</summary>
    public static ImmutableArray<DiagnosticAnalyzer> FinGuardAnalyzers { get; } = FinGuardAnalyzer.CreateRuleAnalyzers();

    /// <summary>The same rules hosted by one analyzer (<see cref="FinGuardAnalyzer"/>; the one analyzer the compiler loads).</summary>
    public static ImmutableArray<DiagnosticAnalyzer> FinGuardHost { get; } = ImmutableArray.Create<DiagnosticAnalyzer>(new FinGuardAnalyzer());

    /// <summary>Every FinGuard code fix, found by reflection.</summary>
    public static ImmutableArray<CodeFixProvider> FinGuardCodeFixes { get; } = typeof(PanMemberFixer).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t) && t.GetCustomAttributes(typeof(ExportCodeFixProviderAttribute), false).Length > 0)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    public static AnalyzerPack FinGuard() => new AnalyzerPack("FinGuard", FinGuardAnalyzers, ImmutableDictionary<string, ReportDiagnostic>.Empty);

    /// <summary>
    /// Loads a packed FinGuard: <paramref name="nupkgOrFolder"/> is a .nupkg (unzipped next to itself, into
    /// <c>&lt;name&gt;.extracted</c>), an unzipped package folder, or its <c>analyzers/dotnet/cs</c> folder.
    /// </summary>
    public static PackedPackage Packed(string nupkgOrFolder)
    {
        string path = Path.GetFullPath(nupkgOrFolder);
        string folder = path;
        string version = "";
        if (File.Exists(path))
        {
            string name = Path.GetFileNameWithoutExtension(path);
            version = name.StartsWith("FinGuard.", StringComparison.OrdinalIgnoreCase) ? name.Substring("FinGuard.".Length) : name;
            folder = path + ".extracted";
            string stamp = Path.Combine(folder, ".stamp");
            string expected = File.GetLastWriteTimeUtc(path).Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + new FileInfo(path).Length.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!File.Exists(stamp) || File.ReadAllText(stamp) != expected)
            {
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }

                ZipFile.ExtractToDirectory(path, folder);
                File.WriteAllText(stamp, expected);
            }
        }

        string analyzerFolder = Directory.Exists(Path.Combine(folder, "analyzers", "dotnet", "cs")) ? Path.Combine(folder, "analyzers", "dotnet", "cs") : folder;
        if (!Directory.Exists(analyzerFolder) || Directory.GetFiles(analyzerFolder, "*.dll").Length == 0)
        {
            throw new InvalidOperationException("no analyzers/dotnet/cs/*.dll in " + nupkgOrFolder + " (pack it with: dotnet pack src/FinGuard.Package)");
        }

        var context = new PackageLoadContext(analyzerFolder);
        var loader = new ContextLoader(context);
        var analyzers = new List<DiagnosticAnalyzer>();
        var generators = new List<ISourceGenerator>();
        var failures = new List<string>();
        foreach (string dll in Directory.GetFiles(analyzerFolder, "*.dll").OrderBy(p => p, StringComparer.Ordinal))
        {
            var reference = new AnalyzerFileReference(dll, loader);
            reference.AnalyzerLoadFailed += (_, e) => failures.Add($"{Path.GetFileName(dll)}: {e.ErrorCode} {e.TypeName} {e.Message}");
            analyzers.AddRange(reference.GetAnalyzers(LanguageNames.CSharp));
            generators.AddRange(reference.GetGenerators(LanguageNames.CSharp));
        }

        var pack = new AnalyzerPack("FinGuard (packed)", analyzers.ToImmutableArray(), ImmutableDictionary<string, ReportDiagnostic>.Empty);
        return new PackedPackage(path, version, pack, generators.ToImmutableArray(), failures);
    }

    public static IEnumerable<AnalyzerPack> Peers()
    {
        yield return Load("SecurityCodeScan.VS2019 5.6.7", Metadata("SecurityCodeScan"), null);
        yield return Load("SonarAnalyzer.CSharp 9.32 (default rules)", Metadata("SonarAnalyzer"), null);
        yield return Load(".NET SDK security CA rules (NetAnalyzers 8.0.0)", Metadata("NetAnalyzers"), SecurityCaRules);
    }

    private static AnalyzerPack Load(string name, string packageFolder, string[]? onlyRules)
    {
        string analyzers = Path.Combine(packageFolder, "analyzers");
        var loader = new Loader();
        var found = new List<DiagnosticAnalyzer>();
        foreach (string dll in Directory.EnumerateFiles(analyzers, "*.dll", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal))
        {
            string relative = dll.Substring(analyzers.Length).Replace('\\', '/');
            if (relative.Contains("/vb/", StringComparison.Ordinal) || relative.Contains("VisualBasic", StringComparison.Ordinal))
            {
                continue;
            }

            var reference = new AnalyzerFileReference(dll, loader);
            try
            {
                found.AddRange(reference.GetAnalyzers(LanguageNames.CSharp));
            }
            catch (Exception e) when (e is BadImageFormatException or FileLoadException)
            {
                // Native or satellite files among the analyzer files: nothing to load.
            }
        }

        var options = ImmutableDictionary.CreateBuilder<string, ReportDiagnostic>();
        if (onlyRules != null)
        {
            var wanted = new HashSet<string>(onlyRules, StringComparer.Ordinal);
            foreach (DiagnosticDescriptor descriptor in found.SelectMany(a => a.SupportedDiagnostics))
            {
                options[descriptor.Id] = wanted.Contains(descriptor.Id) ? ReportDiagnostic.Warn : ReportDiagnostic.Suppress;
            }
        }

        return new AnalyzerPack(name, found.ToImmutableArray(), options.ToImmutable());
    }

    private static string Metadata(string key)
    {
        string? value = typeof(AnalyzerPacks).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value;
        if (string.IsNullOrEmpty(value) || !Directory.Exists(value))
        {
            throw new InvalidOperationException($"package folder for {key} not found ('{value}'): restore tests/FinGuard.Benchmarks first");
        }

        return value;
    }

    private static string[] BuildSecurityRuleList()
    {
        var ids = new List<string> { "CA2100", "CA3061", "CA3075", "CA3076", "CA3077", "CA3147" };
        for (int i = 3001; i <= 3012; i++)
        {
            ids.Add("CA" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        for (int i = 5350; i <= 5405; i++)
        {
            ids.Add("CA" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return ids.ToArray();
    }

    /// <summary>The package's own assemblies from its folder; Roslyn and the BCL from the host.</summary>
    private sealed class PackageLoadContext : AssemblyLoadContext
    {
        private readonly string _folder;

        public PackageLoadContext(string folder)
            : base("FinGuard package " + folder)
        {
            _folder = folder;
        }

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            string candidate = Path.Combine(_folder, assemblyName.Name + ".dll");
            return File.Exists(candidate) ? LoadFromAssemblyPath(candidate) : null;
        }
    }

    private sealed class ContextLoader : IAnalyzerAssemblyLoader
    {
        private readonly AssemblyLoadContext _context;

        public ContextLoader(AssemblyLoadContext context)
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

    /// <summary>Loads analyzer assemblies next to their dependencies (LoadFrom probes the assembly's folder).</summary>
    private sealed class Loader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }
}
