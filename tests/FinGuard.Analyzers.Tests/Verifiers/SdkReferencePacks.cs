using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FinGuard.Analyzers.Tests.Verifiers;

/// <summary>
/// Runs one analyzer on one source file compiled against the installed SDK's own reference packs
/// (Microsoft.NETCore.App.Ref and Microsoft.AspNetCore.App.Ref), as an editor binds a project before restore. The
/// test stubs bind some calls differently from the real packs (issue 18, session 21: the .NET 10 pack's
/// System.Linq.AsyncEnumerable), so tests of before-restore behaviour that depends on the framework's own overloads use this.
/// </summary>
internal static class SdkReferencePacks
{
    /// <summary>The analyzer's diagnostics and AD0001s, or null where the host has no SDK layout next to its runtime.</summary>
    public static async Task<ImmutableArray<Diagnostic>?> AnalyzeAsync(string source, string path, DiagnosticAnalyzer analyzer)
    {
        string? packs = PacksFolder();
        if (packs == null)
        {
            return null;
        }

        var references = new[] { "Microsoft.NETCore.App.Ref", "Microsoft.AspNetCore.App.Ref" }
            .Select(pack => NewestRefFolder(Path.Combine(packs, pack)))
            .SelectMany(folder => Directory.GetFiles(folder, "*.dll"))
            .Select(file => (MetadataReference)MetadataReference.CreateFromFile(file));
        var compilation = CSharpCompilation.Create(Path.GetFileNameWithoutExtension(path), new[] { CSharpSyntaxTree.ParseText(source, path: path) }, references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));
        return await compilation.WithAnalyzers(ImmutableArray.Create(analyzer)).GetAllDiagnosticsAsync();
    }

    // <dotnet root>/shared/Microsoft.NETCore.App/<version>/System.Private.CoreLib.dll -> <dotnet root>/packs.
    private static string? PacksFolder()
    {
        var runtime = new DirectoryInfo(Path.GetDirectoryName(typeof(object).Assembly.Location)!);
        string packs = Path.Combine(runtime.Parent!.Parent!.Parent!.FullName, "packs");
        return Directory.Exists(Path.Combine(packs, "Microsoft.AspNetCore.App.Ref")) ? packs : null;
    }

    private static string NewestRefFolder(string pack)
    {
        string version = Directory.GetDirectories(pack).OrderBy(d => System.Version.TryParse(Path.GetFileName(d).Split('-')[0], out var v) ? v : new System.Version(0, 0)).Last();
        return Directory.GetDirectories(Path.Combine(version, "ref")).OrderBy(d => d, System.StringComparer.Ordinal).Last();
    }
}
