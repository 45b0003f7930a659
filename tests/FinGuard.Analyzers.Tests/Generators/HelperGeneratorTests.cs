using System.Collections.Immutable;
using FinGuard.Analyzers.Tests.Infrastructure;
using FinGuard.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FinGuard.Analyzers.Tests.Generators;

/// <summary>The helper generator emits the vetted helpers only where code uses them, and the result compiles.</summary>
public class HelperGeneratorTests
{
    [Fact]
    public async Task Code_using_CardMasking_compiles_with_the_generated_helper()
    {
        var (output, generated) = await RunAsync("""

public class Receipt
{
    public string Line(string token, string pan) => token + " " + FinGuard.Security.CardMasking.Mask(pan);
}
""");
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Equal(new[] { "FinGuard.Security.CardMasking.g.cs" }, generated);
    }

    [Fact]
    public async Task Tokenizer_abstraction_is_emitted_when_used()
    {
        var (output, generated) = await RunAsync(@"
using System.Threading.Tasks;
using FinGuard.Security;
internal class Checkout
{
    private readonly ICardTokenizer _tokenizer;
    public Checkout(ICardTokenizer tokenizer) => _tokenizer = tokenizer;
    public async Task<string> Tokenize(string pan) => (await _tokenizer.TokenizeAsync(pan, 12, 2030)).Value;
}");
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Equal(new[] { "FinGuard.Security.ICardTokenizer.g.cs" }, generated);
    }

    [Fact]
    public async Task Nothing_is_emitted_into_projects_that_do_not_use_the_helpers()
    {
        var (_, generated) = await RunAsync("public class Plain { public int Number { get; set; } }");
        Assert.Empty(generated);
    }

    [Fact]
    public async Task FinGuardEmitHelpers_false_turns_emission_off()
    {
        var (_, generated) = await RunAsync("public class C { string M(string p) => FinGuard.Security.CardMasking.Mask(p); }", emitHelpers: "false");
        Assert.Empty(generated);
    }

    [Fact]
    public async Task A_helper_already_visible_from_a_reference_is_not_emitted_again()
    {
        // A test project that sees the product's internals (InternalsVisibleTo) must not get a second copy (CS0436).
        var library = (await TestCompilation.CreateAsync(("Lib.cs", "[assembly: System.Runtime.CompilerServices.InternalsVisibleTo(\"FinGuardTest\")]\n" + HelperGenerator.ReadHelper("CardMasking.cs"))))
            .WithAssemblyName("Product");
        var (output, generated) = await RunAsync("public class C { string M(string p) => FinGuard.Security.CardMasking.Mask(p); }", extraReference: library.ToMetadataReference());
        Assert.Empty(generated);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    private static async Task<(Compilation Output, string[] Generated)> RunAsync(string source, string? emitHelpers = null, MetadataReference? extraReference = null)
    {
        Compilation compilation = await TestCompilation.CreateAsync(("Code.cs", source));
        if (extraReference != null)
        {
            compilation = compilation.AddReferences(extraReference);
        }

        var options = new DictionaryConfigOptionsProvider(emitHelpers == null
            ? ImmutableDictionary<string, string>.Empty
            : ImmutableDictionary<string, string>.Empty.Add("build_property.FinGuardEmitHelpers", emitHelpers));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new HelperGenerator().AsSourceGenerator() }, optionsProvider: options, parseOptions: (CSharpParseOptions)compilation.SyntaxTrees.First().Options);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);
        string[] generated = driver.GetRunResult().Results.SelectMany(r => r.GeneratedSources).Select(s => s.HintName).OrderBy(s => s).ToArray();
        return (output, generated);
    }

    private sealed class DictionaryConfigOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly DictionaryOptions _global;

        public DictionaryConfigOptionsProvider(ImmutableDictionary<string, string> global) => _global = new DictionaryOptions(global);

        public override AnalyzerConfigOptions GlobalOptions => _global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => DictionaryOptions.Empty;
    }

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new DictionaryOptions(ImmutableDictionary<string, string>.Empty);
        private readonly ImmutableDictionary<string, string> _values;

        public DictionaryOptions(ImmutableDictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
    }
}
