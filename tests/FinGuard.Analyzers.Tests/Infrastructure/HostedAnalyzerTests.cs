using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FinGuard.Analyzers.Tests.Infrastructure;

/// <summary>
/// What loading one host instead of 24 rule analyzers must not change: a rule turned off by its ID is off while the
/// others report, and a rule that throws still surfaces as an AD0001 that names a FinGuard analyzer, which is what the
/// build gate reads to fail closed (SarifLogReader: an AD0001 message containing <c>'FinGuard.</c>, FG9016).
/// </summary>
public sealed class HostedAnalyzerTests
{
    private const string Source = """
        public class Checkout
        {
            public string CardNumber { get; set; } = "";
            public string Sample = "4111 1111 1111 1111";
        }
        """;

    [Fact]
    public async Task A_rule_turned_off_by_its_id_is_off_and_the_other_rules_still_report()
    {
        var compilation = await TestCompilation.CreateAsync(("/src/Checkout.cs", Source));
        ImmutableArray<string> all = (await TestCompilation.AnalyzeAsync(compilation)).Select(d => d.Id).ToImmutableArray();
        Assert.Contains(RuleIds.PanMember, all);
        Assert.Contains(RuleIds.CardNumberLiteral, all);

        // dotnet_diagnostic.FG1001.severity = none reaches the compiler as this per-ID option.
        var off = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(ImmutableDictionary<string, ReportDiagnostic>.Empty.Add(RuleIds.PanMember, ReportDiagnostic.Suppress)));
        ImmutableArray<string> remaining = (await TestCompilation.AnalyzeAsync(off)).Select(d => d.Id).ToImmutableArray();
        Assert.DoesNotContain(RuleIds.PanMember, remaining);
        Assert.Contains(RuleIds.CardNumberLiteral, remaining);
        Assert.DoesNotContain("AD0001", remaining);
    }

    [Fact]
    public async Task A_rule_that_throws_is_reported_as_AD0001_naming_the_FinGuard_host()
    {
        var compilation = await TestCompilation.CreateAsync(("/src/Checkout.cs", Source));

        // A configuration file that throws when FG4003's rule reads it stands in for a rule's bug.
        var options = new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(new ThrowingAdditionalText("/src/appsettings.json")));
        ImmutableArray<Diagnostic> diagnostics = await TestCompilation.AnalyzeAsync(compilation, options);
        Diagnostic crash = Assert.Single(diagnostics.Where(d => d.Id == "AD0001").GroupBy(d => d.GetMessage().Split('\'')[1]).Select(g => g.First()));
        Assert.Contains("'" + typeof(FinGuardAnalyzer).FullName + "'", crash.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("'FinGuard.", crash.GetMessage(), StringComparison.Ordinal);

        // The other rules of the host still report.
        Assert.Contains(diagnostics, d => d.Id == RuleIds.PanMember);
    }

    [Fact]
    public async Task The_host_does_not_start_a_rule_that_is_off_in_every_file()
    {
        var compilation = await TestCompilation.CreateAsync(("/src/Checkout.cs", Source), ("/src/Order.cs", "public class Order { }"));
        var counting = new CountingRule();
        var host = new FinGuardAnalyzer(ImmutableArray.Create<DiagnosticAnalyzer>(counting));

        // On by default: started, and its diagnostic reported.
        Assert.Contains(await RunAsync(compilation, host), d => d.Id == CountingRule.Id);
        Assert.Equal(1, counting.Starts);

        // Off by ID for the whole compilation (NoWarn, a rule set, dotnet_diagnostic.ID.severity = none in a global config).
        var off = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(ImmutableDictionary<string, ReportDiagnostic>.Empty.Add(CountingRule.Id, ReportDiagnostic.Suppress)));
        Assert.Empty(await RunAsync(off, host));
        Assert.Equal(1, counting.Starts);

        // Off in one file's .editorconfig only: still started. Off compilation-wide but on again in one file: the host
        // cannot tell which setting wins, so it starts the rule and leaves the filtering to the compiler.
        var offInOneFile = compilation.WithOptions(compilation.Options.WithSyntaxTreeOptionsProvider(new PerFileSeverity(("/src/Order.cs", ReportDiagnostic.Suppress))));
        Assert.NotEmpty(await RunAsync(offInOneFile, host));
        Assert.Equal(2, counting.Starts);
        var onInOneFile = off.WithOptions(off.Options.WithSyntaxTreeOptionsProvider(new PerFileSeverity(("/src/Order.cs", ReportDiagnostic.Warn))));
        await RunAsync(onInOneFile, host);
        Assert.Equal(3, counting.Starts);

        // Off in every file's .editorconfig: not started.
        var offEverywhere = compilation.WithOptions(compilation.Options.WithSyntaxTreeOptionsProvider(new PerFileSeverity(("/src/Order.cs", ReportDiagnostic.Suppress), ("/src/Checkout.cs", ReportDiagnostic.Suppress))));
        Assert.Empty(await RunAsync(offEverywhere, host));
        Assert.Equal(3, counting.Starts);
    }

    private static async Task<ImmutableArray<Diagnostic>> RunAsync(Compilation compilation, DiagnosticAnalyzer host)
        => await compilation.WithAnalyzers(ImmutableArray.Create(host)).GetAnalyzerDiagnosticsAsync();

    /// <summary>A stand-in rule that counts how often the host started it and reports once per type.</summary>
    private sealed class CountingRule : DiagnosticAnalyzer
    {
        public const string Id = "FGX001";

        private static readonly DiagnosticDescriptor Rule = new DiagnosticDescriptor(Id, "Counting", "Type {0} seen; nothing to do", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        private int _starts;

        public int Starts => _starts;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(start =>
            {
                Interlocked.Increment(ref _starts);
                start.RegisterSymbolAction(symbol => symbol.ReportDiagnostic(Diagnostic.Create(Rule, symbol.Symbol.Locations[0], symbol.Symbol.Name)), SymbolKind.NamedType);
            });
        }
    }

    /// <summary>A per-file severity for <see cref="CountingRule.Id"/>, as an .editorconfig section would give.</summary>
    private sealed class PerFileSeverity : SyntaxTreeOptionsProvider
    {
        private readonly Dictionary<string, ReportDiagnostic> _byPath;

        public PerFileSeverity(params (string Path, ReportDiagnostic Severity)[] files) => _byPath = files.ToDictionary(f => f.Path, f => f.Severity);

        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.NotGenerated;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
            => _byPath.TryGetValue(tree.FilePath, out severity) && diagnosticId == CountingRule.Id;

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
        {
            severity = ReportDiagnostic.Default;
            return false;
        }
    }

    private sealed class ThrowingAdditionalText : AdditionalText
    {
        public ThrowingAdditionalText(string path) => Path = path;

        public override string Path { get; }

        public override SourceText? GetText(CancellationToken cancellationToken = default) => throw new InvalidOperationException("a rule's bug");
    }
}
