using System.Collections.Immutable;
using System.Threading;
using FinGuard.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FinGuard.Analyzers.Tests.Infrastructure;

/// <summary>Compiles sources against the pinned references and runs FinGuard's analyzers on them.</summary>
internal static class TestCompilation
{
    private static ImmutableArray<MetadataReference>? _references;

    public static async Task<ImmutableArray<MetadataReference>> ReferencesAsync()
    {
        if (_references == null)
        {
            ImmutableArray<MetadataReference> framework = await TestReferences.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
            _references = framework.AddRange(TestReferences.Packages);
        }

        return _references.Value;
    }

    public static async Task<CSharpCompilation> CreateAsync(params (string Path, string Source)[] sources)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        return CSharpCompilation.Create(
            "FinGuardTest",
            sources.Select(s => CSharpSyntaxTree.ParseText(s.Source, parseOptions, s.Path)),
            await ReferencesAsync(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    /// <summary>Runs every FinGuard rule as the compiler loads them, in the one host analyzer; analyzer exceptions surface as AD0001 diagnostics instead of being thrown.</summary>
    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Compilation compilation, AnalyzerOptions? options = null)
    {
        var withAnalyzers = compilation.WithAnalyzers(
            FinGuardComponents.Host,
            new CompilationWithAnalyzersOptions(options ?? new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false));
        return await withAnalyzers.GetAllDiagnosticsAsync();
    }
}
