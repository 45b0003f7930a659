using System.IO;
using System.Reflection;
using FinGuard.CodeFixes.Shared;
using FinGuard.Generators;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FinGuard.Analyzers.Tests.Generators;

/// <summary>
/// The helper type names are kept once (src/Shared/SecurityHelperTypes.cs, compiled into the generator and the fixes):
/// the registry, the generator's table and the types the helper sources declare must agree.
/// </summary>
public class HelperRegistryTests
{
    private static string[] Registry(Assembly assembly)
    {
        // Read by reflection: both assemblies hold an internal copy of the same class, so the name alone is ambiguous here.
        Type type = assembly.GetType("FinGuard.Shared.SecurityHelperTypes", throwOnError: true)!;
        return (string[])type.GetField("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
    }

    [Fact]
    public void Generator_and_fixes_share_one_registry()
    {
        Assert.Equal(Registry(typeof(HelperGenerator).Assembly), Registry(typeof(SecurityHelperNames).Assembly));
    }

    [Fact]
    public void Registry_lists_exactly_the_types_the_helper_sources_declare()
    {
        string helpers = Path.Combine(RepoPaths.Root, "src", "FinGuard.Generators", "Helpers");
        string[] declared = Directory.GetFiles(helpers, "*.cs")
            .SelectMany(file => CSharpSyntaxTree.ParseText(File.ReadAllText(file)).GetRoot().DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>())
            .Where(ns => ns.Name.ToString() == "FinGuard.Security")
            .SelectMany(ns => ns.Members.OfType<BaseTypeDeclarationSyntax>())
            .Select(t => t.Identifier.ValueText)
            .Distinct()
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(declared, Registry(typeof(HelperGenerator).Assembly).OrderBy(n => n, StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Every_registered_type_is_emitted_by_some_helper_of_the_generator()
    {
        string[] registry = Registry(typeof(HelperGenerator).Assembly);
        string[] emitted = HelperGenerator.Helpers.SelectMany(h => h.TypeNames).Distinct().ToArray();
        Assert.All(registry, name => Assert.Contains(name, emitted));
        // The other names in the generator's table are members that make it emit a helper (extension methods).
        Assert.All(emitted.Except(registry), name => Assert.StartsWith("Add", name, StringComparison.Ordinal));
    }
}
