using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FinGuard.Analyzers.Tests.Infrastructure;

/// <summary>
/// The conventions every analyzer's <c>Initialize</c> follows (CONTRIBUTING.md, "Analyzer conventions"), checked by
/// running each <c>Initialize</c> against a recording context rather than by reading prose.
/// </summary>
public sealed class AnalyzerConventionTests
{
    public static TheoryData<string> AnalyzerNames()
    {
        var data = new TheoryData<string>();
        foreach (DiagnosticAnalyzer analyzer in FinGuardComponents.Analyzers)
        {
            data.Add(analyzer.GetType().Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AnalyzerNames))]
    public void Every_analyzer_runs_concurrently_and_skips_generated_code_without_rechecking_each_diagnostic(string name)
    {
        DiagnosticAnalyzer analyzer = FinGuardComponents.Analyzers.Single(a => a.GetType().Name == name);
        var context = new ConventionRecordingContext();
        analyzer.Initialize(context);

        Assert.True(context.ConcurrentExecution, name + " must call EnableConcurrentExecution()");

        // Not Analyze: generated code is the generator's business, and the gate lists generated files instead.
        // ReportDiagnostics: without it the analyzer driver checks every reported diagnostic against [GeneratedCode],
        // walking every token of each file the first time something is reported in it (AnalyzerDriver.IsInGeneratedCode);
        // on payment-dense code that walk was the largest single item of FinGuard's cost (docs/benchmarks.md).
        Assert.Equal(GeneratedCodeAnalysisFlags.ReportDiagnostics, context.GeneratedCode);
    }

    [Fact]
    public void The_host_is_the_one_analyzer_the_compiler_loads_and_its_catalogue_lists_every_rule_once()
    {
        // The compiler loads FinGuardAnalyzer only (its remarks say why); every rule runs inside it, so a rule missing
        // from the catalogue would never run, and a rule the compiler loaded as well would report everything twice.
        Type[] rules = FinGuardComponents.AnalyzerTypes.Where(t => t != typeof(FinGuardAnalyzer)).ToArray();
        Assert.Single(typeof(FinGuardAnalyzer).GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), false));
        Assert.Empty(rules.Where(t => t.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), false).Length > 0).Select(t => t.Name + " has [DiagnosticAnalyzer]: the compiler would run it beside the host"));

        Type[] hosted = FinGuardComponents.Analyzers.Select(a => a.GetType()).ToArray();
        Assert.Equal(hosted.Length, hosted.Distinct().Count());
        Assert.Empty(rules.Except(hosted).Select(t => t.Name + " is not listed in FinGuardAnalyzer.CreateRuleAnalyzers()"));

        string[] ruleIds = FinGuardComponents.Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal).ToArray();
        string[] hostIds = FinGuardComponents.Host.Single().SupportedDiagnostics.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal).ToArray();
        Assert.Equal(ruleIds, hostIds);
    }

    [Fact]
    public void The_host_runs_concurrently_and_skips_generated_code_without_rechecking_each_diagnostic()
    {
        var context = new ConventionRecordingContext();
        FinGuardComponents.Host.Single().Initialize(context);
        Assert.True(context.ConcurrentExecution);
        Assert.Equal(GeneratedCodeAnalysisFlags.ReportDiagnostics, context.GeneratedCode);
    }

    private sealed class ConventionRecordingContext : AnalysisContext
    {
        public bool ConcurrentExecution { get; private set; }

        public GeneratedCodeAnalysisFlags? GeneratedCode { get; private set; }

        public override void EnableConcurrentExecution() => ConcurrentExecution = true;

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => GeneratedCode = analysisMode;

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action)
        {
        }

        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action)
        {
        }

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action)
        {
        }

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds)
        {
        }

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action)
        {
        }

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action)
        {
        }

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action)
        {
        }

        public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action)
        {
        }

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds)
        {
        }

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action)
        {
        }

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action)
        {
        }

        public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind)
        {
        }

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds)
        {
        }
    }
}
