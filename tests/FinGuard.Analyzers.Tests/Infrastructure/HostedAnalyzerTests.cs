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

    private sealed class ThrowingAdditionalText : AdditionalText
    {
        public ThrowingAdditionalText(string path) => Path = path;

        public override string Path { get; }

        public override SourceText? GetText(CancellationToken cancellationToken = default) => throw new InvalidOperationException("a rule's bug");
    }
}
