using System.Threading;

namespace FinGuard.Analyzers.CardData;

/// <summary>
/// FG1005's "the application's own types": the compilation's assembly and the assemblies of the solution's other
/// projects that it references. Shop.Infrastructure copying a card into a CardDto of Shop.Shared (or of a project named
/// Core) maps between the application's own types; nothing leaves the server there. A project reference reaches the
/// compiler as a <see cref="CompilationReference"/> in the IDE (and in the real-code evaluation) and as the referenced
/// project's build output in a build: a file under a <c>bin</c> or <c>obj</c> folder. Packages (the NuGet packages
/// folder, a packages.config <c>packages/</c> folder), the SDK's reference packs and shared framework, .NET Framework
/// reference assemblies and libraries committed to the repository (<c>lib/</c>, <c>References/</c>: a vendored gateway
/// library) are not the application's. Decided once per compilation, on the first question, per reference.
/// </summary>
internal sealed class ApplicationAssemblies
{
    private readonly Compilation _compilation;
    private HashSet<IAssemblySymbol>? _projects;

    public ApplicationAssemblies(Compilation compilation) => _compilation = compilation;

    /// <summary>Whether the assembly is this compilation's or one of its referenced projects'.</summary>
    public bool Contains(IAssemblySymbol assembly)
    {
        if (SymbolEqualityComparer.Default.Equals(assembly, _compilation.Assembly))
        {
            return true;
        }

        HashSet<IAssemblySymbol>? projects = Volatile.Read(ref _projects);
        if (projects == null)
        {
            projects = FindProjects(_compilation);
            projects = Interlocked.CompareExchange(ref _projects, projects, null) ?? projects;
        }

        return projects.Contains(assembly);
    }

    private static HashSet<IAssemblySymbol> FindProjects(Compilation compilation)
    {
        var projects = new HashSet<IAssemblySymbol>(SymbolEqualityComparer.Default);
        foreach (MetadataReference reference in compilation.References)
        {
            bool isProject = reference is CompilationReference
                || (reference is PortableExecutableReference { FilePath: string path } && IsProjectOutputPath(path));
            if (isProject && compilation.GetAssemblyOrModuleSymbol(reference) is IAssemblySymbol assembly)
            {
                projects.Add(assembly);
            }
        }

        return projects;
    }

    /// <summary>
    /// A referenced project's build output (<c>Shop.Shared/obj/Debug/net8.0/ref/Shop.Shared.dll</c>,
    /// <c>..\Shop.Core\bin\Debug\Shop.Core.dll</c>): a file under a <c>bin</c> or <c>obj</c> folder that is not inside a
    /// package or SDK folder.
    /// </summary>
    internal static bool IsProjectOutputPath(string path)
    {
        string normalized = path.Replace('\\', '/');
        return (ContainsSegment(normalized, "bin") || ContainsSegment(normalized, "obj"))
            && !ContainsSegment(normalized, ".nuget") && !ContainsSegment(normalized, "packages") && !ContainsSegment(normalized, "packs")
            && !ContainsSegment(normalized, "Reference Assemblies") && !ContainsSegment(normalized, "Microsoft.NET");
    }

    private static bool ContainsSegment(string path, string segment)
    {
        for (int at = path.IndexOf(segment, System.StringComparison.OrdinalIgnoreCase); at >= 0;
            at = path.IndexOf(segment, at + 1, System.StringComparison.OrdinalIgnoreCase))
        {
            int end = at + segment.Length;
            if ((at == 0 || path[at - 1] == '/') && end < path.Length && path[end] == '/')
            {
                return true;
            }
        }

        return false;
    }
}
