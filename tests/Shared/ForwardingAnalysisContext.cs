using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FinGuard.Tests;

/// <summary>Wraps each callback an analyzer registers; <paramref name="kind"/> names the callback kind for reports.</summary>
internal interface ICallbackWrapper
{
    Action<T> Wrap<T>(Action<T> action, string kind);
}

/// <summary>
/// One copy (linked from tests/Shared into the benchmark and the analyzer tests) of the analysis context that passes
/// every registration of a wrapped analyzer on to the real context with its callback wrapped: the cost budget counts
/// callbacks with it, the benchmark's <c>--callback-allocations</c> measures what each allocates. Callbacks registered
/// in a compilation start action are wrapped too (<see cref="ForwardingCompilationStartContext"/>).
/// </summary>
internal sealed class ForwardingAnalysisContext : AnalysisContext
{
    private readonly AnalysisContext _c;
    private readonly ICallbackWrapper _a;

    public ForwardingAnalysisContext(AnalysisContext context, ICallbackWrapper wrapper)
    {
        _c = context;
        _a = wrapper;
    }

    public override void EnableConcurrentExecution() => _c.EnableConcurrentExecution();

    public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => _c.ConfigureGeneratedCodeAnalysis(analysisMode);

    public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action)
        => _c.RegisterCompilationStartAction(_a.Wrap<CompilationStartAnalysisContext>(start => action(new ForwardingCompilationStartContext(start, _a)), "compilation start"));

    public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => _c.RegisterCompilationAction(_a.Wrap(action, "compilation"));

    public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => _c.RegisterSemanticModelAction(_a.Wrap(action, "semantic model"));

    public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => _c.RegisterSymbolAction(_a.Wrap(action, "symbol " + string.Join(",", symbolKinds)), symbolKinds);

    public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) => _c.RegisterSymbolStartAction(_a.Wrap(action, "symbol start"), symbolKind);

    public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => _c.RegisterCodeBlockStartAction(_a.Wrap(action, "code block start"));

    public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => _c.RegisterCodeBlockAction(_a.Wrap(action, "code block"));

    public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => _c.RegisterSyntaxTreeAction(_a.Wrap(action, "syntax tree"));

    public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) => _c.RegisterAdditionalFileAction(_a.Wrap(action, "additional file"));

    public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => _c.RegisterSyntaxNodeAction(_a.Wrap(action, "syntax " + string.Join(",", syntaxKinds)), syntaxKinds);

    public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => _c.RegisterOperationBlockStartAction(_a.Wrap(action, "operation block start"));

    public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => _c.RegisterOperationBlockAction(_a.Wrap(action, "operation block"));

    public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => _c.RegisterOperationAction(_a.Wrap(action, "operation " + string.Join(",", operationKinds)), operationKinds);
}

/// <summary>The compilation start context of <see cref="ForwardingAnalysisContext"/>: the same forwarding one level down.</summary>
internal sealed class ForwardingCompilationStartContext : CompilationStartAnalysisContext
{
    private readonly CompilationStartAnalysisContext _c;
    private readonly ICallbackWrapper _a;

    public ForwardingCompilationStartContext(CompilationStartAnalysisContext context, ICallbackWrapper wrapper)
        : base(context.Compilation, context.Options, context.CancellationToken)
    {
        _c = context;
        _a = wrapper;
    }

    public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => _c.RegisterCompilationEndAction(_a.Wrap(action, "compilation end"));

    public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => _c.RegisterSemanticModelAction(_a.Wrap(action, "semantic model"));

    public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => _c.RegisterSymbolAction(_a.Wrap(action, "symbol " + string.Join(",", symbolKinds)), symbolKinds);

    public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) => _c.RegisterSymbolStartAction(_a.Wrap(action, "symbol start"), symbolKind);

    public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => _c.RegisterCodeBlockStartAction(_a.Wrap(action, "code block start"));

    public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => _c.RegisterCodeBlockAction(_a.Wrap(action, "code block"));

    public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => _c.RegisterSyntaxTreeAction(_a.Wrap(action, "syntax tree"));

    public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) => _c.RegisterAdditionalFileAction(_a.Wrap(action, "additional file"));

    public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => _c.RegisterSyntaxNodeAction(_a.Wrap(action, "syntax " + string.Join(",", syntaxKinds)), syntaxKinds);

    public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => _c.RegisterOperationBlockStartAction(_a.Wrap(action, "operation block start"));

    public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => _c.RegisterOperationBlockAction(_a.Wrap(action, "operation block"));

    public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => _c.RegisterOperationAction(_a.Wrap(action, "operation " + string.Join(",", operationKinds)), operationKinds);
}
