using System.Collections.Immutable;
using System.IO;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using FinGuard.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit.Abstractions;

namespace FinGuard.Compatibility.Tests;

/// <summary>
/// The packaged analyzers, fixes and generator on Roslyn 4.8.0, the oldest compiler FinGuard supports (.NET 8 SDK,
/// Visual Studio 17.8): they load, reference nothing newer, and run on the labelled corpus without an exception.
/// </summary>
[Collection(PackedCollection.Name)]
public class RoslynFloorTests
{
    private static readonly Version Floor = new Version(4, 8, 0, 0);
    private static readonly Regex Expect = new Regex(@"//\s*expect:\s*(?<ids>FG\d{4}(\s*,\s*FG\d{4})*)", RegexOptions.Compiled);

    private readonly PackedFinGuard _package;
    private readonly ITestOutputHelper _output;

    public RoslynFloorTests(PackedFinGuard package, ITestOutputHelper output)
    {
        _package = package;
        _output = output;
    }

    [Fact]
    public void The_host_runs_Roslyn_4_8_exactly()
    {
        Assert.Equal(Floor, typeof(Compilation).Assembly.GetName().Version);
        Assert.Equal(Floor, typeof(CSharpCompilation).Assembly.GetName().Version);
    }

    [Fact]
    public void Packaged_assemblies_load_from_the_package_on_Roslyn_4_8()
    {
        Assert.Empty(_package.LoadFailures);
        Assert.NotEmpty(_package.Analyzers);
        Assert.NotEmpty(_package.Generators);
        foreach (DiagnosticAnalyzer analyzer in _package.Analyzers)
        {
            Assert.StartsWith(_package.AnalyzerFolder, analyzer.GetType().Assembly.Location, StringComparison.Ordinal);
            Assert.NotEmpty(analyzer.SupportedDiagnostics);
        }

        _output.WriteLine($"{_package.Analyzers.Length} analyzers, {_package.CodeFixes.Length} code fixes, {_package.Generators.Length} generators from {Path.GetFileName(_package.PackagePath)}");
    }

    [Fact]
    public void Packaged_assemblies_reference_no_Roslyn_API_newer_than_4_8()
    {
        var problems = new List<string>();
        int checkedMembers = 0;
        foreach (string dll in Directory.GetFiles(_package.AnalyzerFolder, "*.dll"))
        {
            using var stream = File.OpenRead(dll);
            using var pe = new PEReader(stream);
            MetadataReader md = pe.GetMetadataReader();
            foreach (AssemblyReferenceHandle handle in md.AssemblyReferences)
            {
                AssemblyReference reference = md.GetAssemblyReference(handle);
                string name = md.GetString(reference.Name);
                if (name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) && reference.Version > Floor)
                {
                    problems.Add($"{Path.GetFileName(dll)} references {name} {reference.Version}");
                }
            }

            // Every Roslyn member the package calls must exist in 4.8 (a name check per member reference).
            foreach (MemberReferenceHandle handle in md.MemberReferences)
            {
                MemberReference member = md.GetMemberReference(handle);
                if (member.Parent.Kind != HandleKind.TypeReference)
                {
                    continue;
                }

                (string? assembly, string typeName) = Describe(md, (TypeReferenceHandle)member.Parent);
                if (assembly == null || !assembly.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
                {
                    continue;
                }

                string memberName = md.GetString(member.Name);
                checkedMembers++;
                Type? type = FindType(typeName);
                if (type == null)
                {
                    problems.Add($"{Path.GetFileName(dll)} uses type {typeName} ({assembly}), missing from Roslyn 4.8");
                }
                else if (!HasMember(type, memberName))
                {
                    problems.Add($"{Path.GetFileName(dll)} uses {typeName}.{memberName}, missing from Roslyn 4.8");
                }
            }
        }

        _output.WriteLine($"{checkedMembers} Roslyn member references checked against 4.8");
        Assert.True(checkedMembers > 0, "no Roslyn member reference found: is the package empty?");
        Assert.True(problems.Count == 0, string.Join("\n", problems.Distinct()));
    }

    /// <summary>
    /// What the oldest supported hosts provide, by folder of the package: Roslyn 4.8 (Visual Studio 17.8, the .NET 8
    /// SDK) for analyzers/, MSBuild 17.8 for tasks/ (MSBuild's assemblies keep version 15.1.0.0). A reference above
    /// these is one the host cannot bind: the compiler drops the analyzer (CS8032), the IDE and dotnet format drop
    /// the fixers silently, MSBuild fails to load the task. FinGuard's own assemblies must sit in the same folder.
    /// </summary>
    internal static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, Version>> HostAssemblies = new Dictionary<string, IReadOnlyDictionary<string, Version>>
    {
        ["analyzers/dotnet/cs"] = new Dictionary<string, Version>
        {
            ["netstandard"] = new Version(2, 0, 0, 0),
            ["Microsoft.CodeAnalysis"] = Floor,
            ["Microsoft.CodeAnalysis.CSharp"] = Floor,
            ["Microsoft.CodeAnalysis.Workspaces"] = Floor,
            ["Microsoft.CodeAnalysis.CSharp.Workspaces"] = Floor,
            ["System.Collections.Immutable"] = new Version(7, 0, 0, 0),
            ["System.Reflection.Metadata"] = new Version(7, 0, 0, 0),
            // Microsoft.CodeAnalysis 4.8 itself depends on System.Memory 4.5.5 (assembly 4.0.1.2) on netstandard2.0,
            // so every 4.8 host loads it (spans in the helper generator compile against it).
            ["System.Memory"] = new Version(4, 0, 1, 2),
            ["System.Composition.AttributedModel"] = new Version(7, 0, 0, 0),
            ["System.Composition.Runtime"] = new Version(7, 0, 0, 0),
            ["System.Composition.Hosting"] = new Version(7, 0, 0, 0),
            ["System.Composition.TypedParts"] = new Version(7, 0, 0, 0),
        },
        ["tasks/netstandard2.0"] = new Dictionary<string, Version>
        {
            ["netstandard"] = new Version(2, 0, 0, 0),
            ["Microsoft.Build.Framework"] = new Version(15, 1, 0, 0),
            ["Microsoft.Build.Utilities.Core"] = new Version(15, 1, 0, 0),
            ["System.Collections.Immutable"] = new Version(7, 0, 0, 0),
            ["System.Reflection.Metadata"] = new Version(7, 0, 0, 0),
            // MSBuild references System.Text.Json itself: Visual Studio 17.8's MSBuild ships 7.0.x (with
            // System.Text.Encodings.Web 7.0), the .NET 8 and 10 SDKs newer ones. The task compiles against 7.0.0.
            ["System.Text.Json"] = new Version(7, 0, 0, 0),
            ["System.Text.Encodings.Web"] = new Version(7, 0, 0, 0),
            ["System.Memory"] = new Version(4, 0, 1, 2),
        },
    };

    [Fact]
    public void Every_reference_of_every_packaged_dll_is_one_the_oldest_host_provides()
    {
        var problems = new List<string>();
        string[] dlls = Directory.GetFiles(_package.Extracted, "*.dll", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(dlls);
        foreach (string dll in dlls)
        {
            string folder = Path.GetRelativePath(_package.Extracted, Path.GetDirectoryName(dll)!).Replace('\\', '/');
            if (!HostAssemblies.TryGetValue(folder, out IReadOnlyDictionary<string, Version>? host))
            {
                problems.Add($"{folder}/{Path.GetFileName(dll)}: no host loads assemblies from {folder}");
                continue;
            }

            foreach ((string name, Version version) in AssemblyReferences(dll))
            {
                _output.WriteLine($"{folder}/{Path.GetFileName(dll)} -> {name} {version}");
                if (name.StartsWith("FinGuard.", StringComparison.Ordinal))
                {
                    if (!File.Exists(Path.Combine(Path.GetDirectoryName(dll)!, name + ".dll")))
                    {
                        problems.Add($"{folder}/{Path.GetFileName(dll)} references {name}, which is not beside it");
                    }
                }
                else if (!host.TryGetValue(name, out Version? provided))
                {
                    problems.Add($"{folder}/{Path.GetFileName(dll)} references {name} {version}, which the oldest supported host does not provide");
                }
                else if (version > provided)
                {
                    problems.Add($"{folder}/{Path.GetFileName(dll)} references {name} {version}, above the oldest supported host's {provided}");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    internal static IEnumerable<(string Name, Version Version)> AssemblyReferences(string dll)
    {
        using var stream = File.OpenRead(dll);
        using var pe = new PEReader(stream);
        MetadataReader md = pe.GetMetadataReader();
        var references = new List<(string, Version)>();
        foreach (AssemblyReferenceHandle handle in md.AssemblyReferences)
        {
            AssemblyReference reference = md.GetAssemblyReference(handle);
            references.Add((md.GetString(reference.Name), reference.Version));
        }

        return references;
    }

    [Fact]
    public async Task Packaged_analyzers_run_on_the_labelled_corpus_without_exceptions()
    {
        var crashes = new List<string>();
        var expected = new SortedSet<string>(StringComparer.Ordinal);
        var reported = new SortedSet<string>(StringComparer.Ordinal);
        foreach ((string family, (string Path, string Text)[] sources) in CorpusFamilies())
        {
            foreach ((_, string text) in sources)
            {
                foreach (Match match in Expect.Matches(text))
                {
                    foreach (string id in match.Groups["ids"].Value.Split(',').Select(s => s.Trim()))
                    {
                        expected.Add(id);
                    }
                }
            }

            var compilation = CSharpCompilation.Create(
                "Compat" + family,
                sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, new CSharpParseOptions(LanguageVersion.CSharp12), s.Path)),
                References.Value,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            foreach (Diagnostic d in await CodeFixRunner.AnalyzeAsync(compilation, _package.Analyzers, crashes, default))
            {
                reported.Add(d.Id);
            }
        }

        Assert.True(crashes.Count == 0, string.Join("\n", crashes));
        Assert.NotEmpty(expected);
        Assert.True(expected.IsSubsetOf(reported), $"rules expected by the corpus but not reported by the packaged analyzers on Roslyn 4.8: {string.Join(", ", expected.Except(reported))}");
    }

    [Fact]
    public async Task Packaged_code_fixes_and_generator_work_on_Roslyn_4_8()
    {
        Assert.NotEmpty(_package.CodeFixes);
        int fixes = 0;
        var failures = new List<string>();
        foreach ((string family, (string Path, string Text)[] sources) in CorpusFamilies())
        {
            Project project = CodeFixRunner.CreateProject(sources, References.Value);
            CodeFixRunner.Report report = await CodeFixRunner.RunAsync(project, _package.Analyzers, _package.CodeFixes, _package.Generators);
            fixes += report.Fixes.Count;
            failures.AddRange(report.AnalyzerCrashes.Concat(report.ProviderCrashes).Select(c => family + ": " + c));
            failures.AddRange(report.Fixes.Where(f => f.Exception != null || !f.Compiles).Select(f => family + ": " + f));
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(fixes > 0, "no packaged code fix was exercised");

        // The generator alone: code that calls a helper compiles once the packaged generator has run.
        var user = CSharpCompilation.Create(
            "HelperUser",
            new[] { CSharpSyntaxTree.ParseText("public static class Receipt { public static string Line(string pan) => global::FinGuard.Security.CardMasking.Mask(pan); }", new CSharpParseOptions(LanguageVersion.CSharp12)) },
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Compilation generated = CodeFixRunner.WithGenerators(user, _package.Generators);
        Assert.Empty(generated.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    internal static readonly Lazy<ImmutableArray<MetadataReference>> References = new Lazy<ImmutableArray<MetadataReference>>(() =>
    {
        // The running .NET's own assemblies plus the processor SDK and logging the corpus uses.
        string runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        IEnumerable<string> framework = Directory.GetFiles(runtime, "*.dll").Where(p =>
        {
            string name = Path.GetFileName(p);
            return name.StartsWith("System.", StringComparison.Ordinal) || name is "mscorlib.dll" or "netstandard.dll" or "Microsoft.Win32.Primitives.dll";
        });
        IEnumerable<string> packages = new[]
        {
            typeof(Stripe.StripeClient).Assembly.Location,
            typeof(Microsoft.Extensions.Logging.ILogger).Assembly.Location,
            typeof(Microsoft.Extensions.Configuration.IConfiguration).Assembly.Location,
            typeof(Microsoft.EntityFrameworkCore.DbContext).Assembly.Location,
            typeof(Microsoft.EntityFrameworkCore.PrecisionAttribute).Assembly.Location,
            typeof(Dapper.SqlMapper).Assembly.Location,
        };
        return framework.Concat(packages).OrderBy(p => p, StringComparer.Ordinal).Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray();
    });

    private IEnumerable<(string Family, (string Path, string Text)[] Sources)> CorpusFamilies()
    {
        string corpus = Path.Combine(_package.RepoRoot, "tests", "FinGuard.Analyzers.Tests", "Corpus");
        string stubsFolder = Path.Combine(corpus, "Stubs");
        (string, string)[] stubs = Directory.Exists(stubsFolder)
            ? Directory.GetFiles(stubsFolder, "*.cs", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal).Select(f => (f, File.ReadAllText(f))).ToArray()
            : Array.Empty<(string, string)>();
        foreach (string folder in Directory.GetDirectories(corpus).Where(d => Path.GetFileName(d) != "Stubs").OrderBy(d => d, StringComparer.Ordinal))
        {
            yield return (Path.GetFileName(folder), Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal)
                .Select(f => (f, File.ReadAllText(f))).Concat(stubs).ToArray());
        }
    }

    private static (string? Assembly, string TypeName) Describe(MetadataReader md, TypeReferenceHandle handle)
    {
        TypeReference type = md.GetTypeReference(handle);
        string name = md.GetString(type.Name);
        string ns = md.GetString(type.Namespace);
        switch (type.ResolutionScope.Kind)
        {
            case HandleKind.TypeReference:
                (string? assembly, string outer) = Describe(md, (TypeReferenceHandle)type.ResolutionScope);
                return (assembly, outer + "+" + name);
            case HandleKind.AssemblyReference:
                return (md.GetString(md.GetAssemblyReference((AssemblyReferenceHandle)type.ResolutionScope).Name), (ns.Length == 0 ? "" : ns + ".") + name);
            default:
                return (null, name);
        }
    }

    private static Type? FindType(string fullName)
    {
        foreach (Assembly assembly in new[] { typeof(Compilation).Assembly, typeof(CSharpCompilation).Assembly, typeof(Workspace).Assembly, typeof(Microsoft.CodeAnalysis.CSharp.Formatting.CSharpFormattingOptions).Assembly })
        {
            Type? type = assembly.GetType(fullName, throwOnError: false);
            if (type != null)
            {
                return type;
            }
        }

        return null;
    }

    private static bool HasMember(Type type, string name)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;
        for (Type? current = type; current != null; current = current.BaseType)
        {
            if (current.GetMember(name, all).Length > 0)
            {
                return true;
            }
        }

        // Interface members (and default interface members) are declared on the interfaces themselves.
        return type.GetInterfaces().Any(i => i.GetMember(name, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static).Length > 0);
    }
}
