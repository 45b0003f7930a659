using System.IO;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.Tests.Infrastructure;

/// <summary>
/// The build gate fingerprints findings and matches symbol waivers by the <c>finguard.symbol</c> property that
/// <see cref="FinGuardDiagnostic"/> adds (the gate has no Roslyn and no longer guesses from the source text): every
/// analyzer reports through it, every finding in code carries the name, and the name follows docs/policy.md.
/// </summary>
public class SymbolPropertyTests
{
    private static readonly Regex QualifiedName = new Regex(@"^[\p{L}_<][\p{L}\p{N}_<>$\[\]]*(\.[\p{L}_<~][\p{L}\p{N}_<>$\[\]]*)*$", RegexOptions.Compiled);

    [Fact]
    public void Every_analyzer_reports_through_FinGuardDiagnostic()
    {
        string analyzers = Path.Combine(RepoPaths.Root, "src", "FinGuard.Analyzers");
        var direct = new List<string>();
        foreach (string file in Directory.GetFiles(analyzers, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
        {
            if (Path.GetFileName(file) == "FinGuardDiagnostic.cs")
            {
                continue;
            }

            string[] lines = File.ReadAllLines(file);
            for (int i = 0; i < lines.Length; i++)
            {
                if (Regex.IsMatch(lines[i], @"(?<![\w.])Diagnostic\.Create\("))
                {
                    direct.Add(Path.GetRelativePath(analyzers, file) + ":" + (i + 1));
                }
            }
        }

        Assert.True(direct.Count == 0, "Diagnostic.Create without finguard.symbol (use FinGuardDiagnostic.Create): " + string.Join(", ", direct));
    }

    [Fact]
    public async Task Every_corpus_finding_in_code_names_its_enclosing_symbol()
    {
        string stubsFolder = Path.Combine(CorpusTests.CorpusRoot, "Stubs");
        string[] stubs = Directory.GetFiles(stubsFolder, "*.cs", SearchOption.AllDirectories);
        int named = 0;
        var missing = new List<string>();
        foreach (string folder in Directory.GetDirectories(CorpusTests.CorpusRoot).Where(d => Path.GetFileName(d) != "Stubs").OrderBy(d => d, StringComparer.Ordinal))
        {
            string[] files = Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal).ToArray();
            CSharpCompilation compilation = await TestCompilation.CreateAsync(files.Concat(stubs).Select(f => (f, File.ReadAllText(f))).ToArray());
            foreach (Diagnostic d in await TestCompilation.AnalyzeAsync(compilation))
            {
                if (!d.Id.StartsWith("FG", StringComparison.Ordinal) || !d.Location.IsInSource)
                {
                    continue;
                }

                if (d.Properties.TryGetValue(FinGuardDiagnostic.SymbolProperty, out string? symbol) && symbol != null && QualifiedName.IsMatch(symbol))
                {
                    named++;
                }
                else
                {
                    missing.Add($"{d.Id} at {Path.GetFileName(d.Location.SourceTree!.FilePath)}:{d.Location.GetLineSpan().StartLinePosition.Line + 1}: '{symbol}'");
                }
            }
        }

        Assert.True(missing.Count == 0, "findings without a well-formed finguard.symbol:\n" + string.Join("\n", missing));
        Assert.True(named > 100, $"only {named} corpus findings checked");
    }

    private const string Source = """
        namespace App.Payments
        {
            public class Checkout
            {
                public string CardNumber { get; set; } = "";

                public Checkout(string pan) { CardNumber = pan; }

                public void Pay(string pan)
                {
                    System.Func<string, string> f = p => p + pan;
                    string Local(string q) => q;
                    Local(pan);
                }

                public string Masked { get => CardNumber; }

                public class Nested<T>
                {
                    public T? Value;
                }
            }
        }
        """;

    [Fact]
    public void The_name_is_the_enclosing_member_or_type_qualified_with_dots()
    {
        SyntaxTree tree = CSharpSyntaxTree.ParseText(Source, path: "Checkout.cs");
        CSharpCompilation compilation = CSharpCompilation.Create("Names", new[] { tree }, new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) });
        SemanticModel model = compilation.GetSemanticModel(tree);
        SyntaxNode root = tree.GetRoot();
        INamedTypeSymbol checkout = compilation.GetTypeByMetadataName("App.Payments.Checkout")!;
        IPropertySymbol cardNumber = checkout.GetMembers("CardNumber").OfType<IPropertySymbol>().Single();
        IMethodSymbol pay = checkout.GetMembers("Pay").OfType<IMethodSymbol>().Single();
        IMethodSymbol constructor = checkout.InstanceConstructors.Single();

        // A finding on a declaration's own name belongs to its container.
        Assert.Equal("App.Payments.Checkout", FinGuardDiagnostic.SymbolName(cardNumber, cardNumber.Locations[0]));
        Assert.Equal("App.Payments.Checkout.Pay", FinGuardDiagnostic.SymbolName(pay.Parameters[0], pay.Parameters[0].Locations[0]));
        Assert.Equal("App.Payments", FinGuardDiagnostic.SymbolName(checkout, checkout.Locations[0]));

        // Code inside a member belongs to the member; lambdas and local functions to the member around them.
        Location inPay = root.DescendantNodes().OfType<InvocationExpressionSyntax>().Single().GetLocation();
        Assert.Equal("App.Payments.Checkout.Pay", FinGuardDiagnostic.SymbolName(pay, inPay));
        var lambda = (IMethodSymbol)model.GetSymbolInfo(root.DescendantNodes().OfType<SimpleLambdaExpressionSyntax>().Single()).Symbol!;
        Assert.Equal("App.Payments.Checkout.Pay", FinGuardDiagnostic.SymbolName(lambda, inPay));
        var local = (IMethodSymbol)model.GetDeclaredSymbol(root.DescendantNodes().OfType<LocalFunctionStatementSyntax>().Single())!;
        Assert.Equal("App.Payments.Checkout.Pay", FinGuardDiagnostic.SymbolName(local, inPay));

        // Constructors are named after their type; accessors count as their property; initializers as their member.
        Location inConstructor = root.DescendantNodes().OfType<AssignmentExpressionSyntax>().Single().GetLocation();
        Assert.Equal("App.Payments.Checkout.Checkout", FinGuardDiagnostic.SymbolName(constructor, inConstructor));
        IPropertySymbol masked = checkout.GetMembers("Masked").OfType<IPropertySymbol>().Single();
        Assert.Equal("App.Payments.Checkout.Masked", FinGuardDiagnostic.SymbolName(masked.GetMethod, Location.None));
        Assert.Equal("App.Payments.Checkout.CardNumber", FinGuardDiagnostic.SymbolName(cardNumber, Location.None));

        // Generic types without their type parameters.
        IFieldSymbol value = checkout.GetTypeMembers("Nested").Single().GetMembers("Value").OfType<IFieldSymbol>().Single();
        Assert.Equal("App.Payments.Checkout.Nested", FinGuardDiagnostic.SymbolName(value, value.Locations[0]));
    }

    [Fact]
    public void No_symbol_means_no_property()
    {
        var descriptor = new DiagnosticDescriptor("FG4002", "t", "m {0}", "c", DiagnosticSeverity.Warning, true);
        Diagnostic inConfig = FinGuardDiagnostic.Create(descriptor, Location.None, symbol: null, "x");
        Assert.False(inConfig.Properties.ContainsKey(FinGuardDiagnostic.SymbolProperty));
        Assert.Null(FinGuardDiagnostic.SymbolName(CSharpCompilation.Create("Empty").GlobalNamespace, Location.None));
        Assert.Null(FinGuardDiagnostic.SymbolName(CSharpCompilation.Create("Empty").Assembly, Location.None));
    }
}
