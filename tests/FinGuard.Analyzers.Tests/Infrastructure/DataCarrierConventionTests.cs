using System.IO;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FinGuard.Analyzers.Tests.Infrastructure;

/// <summary>
/// Data carriers in src/ are records (issue #22): a class or struct that is nothing but one constructor copying its
/// parameters into get-only properties says the same as a positional record in many more lines. The netstandard2.0
/// assemblies get records from one IsExternalInit polyfill (src/Shared/IsExternalInit.cs), which must stay internal
/// and must not be declared twice where one assembly sees the other's internals.
/// </summary>
public sealed class DataCarrierConventionTests
{
    /// <summary>
    /// Carriers that stay hand-written on purpose, with why: value equality would change what the code does.
    /// A new entry needs a reason a reader can check.
    /// </summary>
    private static readonly Dictionary<string, string> KeptAsClasses = new(StringComparer.Ordinal)
    {
        ["MoneyOperation"] = "MoneyFlowGraph merges callees' operations with Contains, by identity",
    };

    [Fact]
    public void Hand_written_constructor_and_getter_classes_in_src_are_records()
    {
        string src = Path.Combine(RepoPaths.Root, "src");
        string helpers = Path.Combine(src, "FinGuard.Generators", "Helpers") + Path.DirectorySeparatorChar;
        var found = new List<string>();
        var kept = new HashSet<string>(StringComparer.Ordinal);
        foreach (string file in Directory.GetFiles(src, "*.cs", SearchOption.AllDirectories))
        {
            // The generator's helper sources compile into users' projects on the oldest language version: no records.
            if (file.StartsWith(helpers, StringComparison.Ordinal) || IsBuildOutput(file))
            {
                continue;
            }

            SyntaxNode root = CSharpSyntaxTree.ParseText(File.ReadAllText(file)).GetRoot();
            foreach (TypeDeclarationSyntax type in root.DescendantNodes().OfType<TypeDeclarationSyntax>())
            {
                if (!IsHandWrittenCarrier(type))
                {
                    continue;
                }

                if (KeptAsClasses.ContainsKey(type.Identifier.ValueText))
                {
                    kept.Add(type.Identifier.ValueText);
                }
                else
                {
                    found.Add(Path.GetRelativePath(src, file) + ": " + type.Identifier.ValueText);
                }
            }
        }

        Assert.True(found.Count == 0, "Write these as records (or record structs), or list them in KeptAsClasses with the reason value equality would be wrong: " + string.Join(", ", found));
        Assert.True(kept.Count == KeptAsClasses.Count, "KeptAsClasses lists types that are no longer hand-written carriers in src/ (remove them): " + string.Join(", ", KeptAsClasses.Keys.Where(k => !kept.Contains(k))));
    }

    [Fact]
    public void The_recogniser_of_hand_written_carriers_tells_them_from_types_with_behaviour()
    {
        Assert.True(IsHandWrittenCarrier(Parse("""
            sealed class Hit
            {
                public Hit(string sink, int hops) { Sink = sink; Hops = hops; }
                public string Sink { get; }
                public int Hops { get; }
            }
            """)));
        Assert.True(IsHandWrittenCarrier(Parse("""
            readonly struct Span
            {
                public Span(int start, int length) { this.Start = start; Length = length; }
                public int Start { get; }
                public int Length { get; }
            }
            """)));

        // Settable state, a method, a computed property, a field, a base type, work in the constructor: not a plain carrier.
        Assert.False(IsHandWrittenCarrier(Parse("class A { public A(int x) { X = x; } public int X { get; } public int Matched { get; set; } }")));
        Assert.False(IsHandWrittenCarrier(Parse("class A { public A(int x) { X = x; } public int X { get; } public bool Matches(int y) => y == X; }")));
        Assert.False(IsHandWrittenCarrier(Parse("class A { public A(int x) { X = x; } public int X { get; } public int Twice => X * 2; }")));
        Assert.False(IsHandWrittenCarrier(Parse("class A { private readonly int _x; public A(int x) { _x = x; X = x; } public int X { get; } }")));
        Assert.False(IsHandWrittenCarrier(Parse("class A : System.Exception { public A(int x) { X = x; } public int X { get; } }")));
        Assert.False(IsHandWrittenCarrier(Parse("class A { public A(int[] x) { X = x.Length; } public int X { get; } }")));
        Assert.False(IsHandWrittenCarrier(Parse("record A(int X);")));
        Assert.False(IsHandWrittenCarrier(Parse("static class A { public static int X { get; } }")));
    }

    [Fact]
    public void The_IsExternalInit_polyfill_is_internal_and_declared_once_per_visibility_group()
    {
        const string Polyfill = "System.Runtime.CompilerServices.IsExternalInit";
        Assembly analyzers = typeof(FinGuardAnalyzer).Assembly;
        Assembly fixes = typeof(FinGuard.CodeFixes.Shared.SecurityHelperNames).Assembly;
        Assembly generators = typeof(FinGuard.Generators.HelperGenerator).Assembly;

        foreach (Assembly assembly in new[] { analyzers, generators })
        {
            Type? type = assembly.GetType(Polyfill, throwOnError: false);
            Assert.True(type != null, assembly.GetName().Name + " declares no " + Polyfill + ": link src/Shared/IsExternalInit.cs");
            Assert.False(type!.IsPublic, assembly.GetName().Name + " makes " + Polyfill + " public: keep it internal so no other compilation can bind to it");
        }

        // The fixes see the analyzers' internals (InternalsVisibleTo) and use their copy; a second one is CS0436.
        Assert.Null(fixes.GetType(Polyfill, throwOnError: false));
    }

    private static TypeDeclarationSyntax Parse(string source)
        => CSharpSyntaxTree.ParseText(source).GetRoot().DescendantNodes().OfType<TypeDeclarationSyntax>().First();

    private static bool IsBuildOutput(string file)
    {
        string separator = Path.DirectorySeparatorChar.ToString();
        return file.Contains(separator + "obj" + separator, StringComparison.Ordinal) || file.Contains(separator + "bin" + separator, StringComparison.Ordinal);
    }

    /// <summary>
    /// A class or struct (not a record, not static, no base type or interface) whose members are one constructor that
    /// only assigns its parameters to properties, and those properties, each a get-only auto-property.
    /// </summary>
    private static bool IsHandWrittenCarrier(TypeDeclarationSyntax type)
    {
        if (type is not (ClassDeclarationSyntax or StructDeclarationSyntax) || type.BaseList != null
            || type.Modifiers.Any(SyntaxKind.StaticKeyword) || type.Modifiers.Any(SyntaxKind.AbstractKeyword))
        {
            return false;
        }

        var properties = new HashSet<string>(StringComparer.Ordinal);
        ConstructorDeclarationSyntax? constructor = null;
        foreach (MemberDeclarationSyntax member in type.Members)
        {
            switch (member)
            {
                case ConstructorDeclarationSyntax c when constructor == null && !c.Modifiers.Any(SyntaxKind.StaticKeyword) && c.Initializer == null:
                    constructor = c;
                    break;
                case PropertyDeclarationSyntax p when IsGetOnlyAutoProperty(p):
                    properties.Add(p.Identifier.ValueText);
                    break;
                default:
                    return false;
            }
        }

        if (constructor?.Body == null || properties.Count == 0)
        {
            return false;
        }

        var parameters = new HashSet<string>(constructor.ParameterList.Parameters.Select(p => p.Identifier.ValueText), StringComparer.Ordinal);
        foreach (StatementSyntax statement in constructor.Body.Statements)
        {
            if (statement is not ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assignment }
                || AssignedName(assignment.Left) is not { } target || !properties.Contains(target)
                || assignment.Right is not IdentifierNameSyntax value || !parameters.Contains(value.Identifier.ValueText))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsGetOnlyAutoProperty(PropertyDeclarationSyntax property)
        => !property.Modifiers.Any(SyntaxKind.StaticKeyword)
           && property.Initializer == null
           && property.AccessorList is { Accessors: [{ RawKind: (int)SyntaxKind.GetAccessorDeclaration, Body: null, ExpressionBody: null }] };

    private static string? AssignedName(ExpressionSyntax left) => left switch
    {
        IdentifierNameSyntax name => name.Identifier.ValueText,
        MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax, Name: IdentifierNameSyntax name } => name.Identifier.ValueText,
        _ => null,
    };
}
