using FinGuard.Analyzers.AccessAudit;
using FinGuard.Analyzers.CardData;
using FinGuard.Analyzers.DataProtection;
using FinGuard.Analyzers.Idempotency;
using FinGuard.Analyzers.Secrets;
using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers;

/// <summary>
/// The one analyzer the compiler loads: it hosts every rule analyzer (the catalogue, <see cref="CreateRuleAnalyzers"/>)
/// and passes each rule's registrations to the driver as its own. The rule classes carry no
/// <c>[DiagnosticAnalyzer]</c>; tests and the benchmark create them one by one.
/// </summary>
/// <remarks>
/// Why a host (issue #26): the analyzer driver walks the operations and syntax of every method once per loaded
/// analyzer that registered actions of that kind, and keeps state per analyzer. Hosted, the 24 rules cost 39 % less
/// allocation on payment-dense code (the benchmark's <c>--hosted</c> column, docs/benchmarks.md). What hosting
/// changes for users: <c>dotnet format analyzers</c> starts each fixer's Fix All from the first diagnostic this one
/// analyzer reported, of any ID, so FinGuard's Fix All does not depend on the equivalence key it is handed
/// (<c>KeyIndependentFixAllProvider</c> in the code fixes); an exception in a rule is reported as AD0001 naming this
/// analyzer (the stack names the rule), which the gate still reads as a FinGuard failure (FG9016); a rule turned off
/// by its ID (<c>dotnet_diagnostic.FGnnnn.severity = none</c>, a rule set, <c>/nowarn</c>) is filtered by the compiler
/// per ID, and the host does not start its callbacks for a compilation in which every one of its IDs is off in every
/// file (<see cref="RuleSwitch"/>), as the driver does for a whole analyzer.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FinGuardAnalyzer : DiagnosticAnalyzer
{
    private readonly ImmutableArray<DiagnosticAnalyzer> _rules;

    public FinGuardAnalyzer()
        : this(CreateRuleAnalyzers())
    {
    }

    /// <summary>A host of other rules: for tests of the hosting itself.</summary>
    internal FinGuardAnalyzer(ImmutableArray<DiagnosticAnalyzer> rules)
    {
        _rules = rules;
        var descriptors = ImmutableArray.CreateBuilder<DiagnosticDescriptor>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (DiagnosticAnalyzer rule in _rules)
        {
            foreach (DiagnosticDescriptor descriptor in rule.SupportedDiagnostics)
            {
                if (seen.Add(descriptor.Id))
                {
                    descriptors.Add(descriptor);
                }
            }
        }

        SupportedDiagnostics = descriptors.ToImmutable();
    }

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <summary>
    /// Every rule analyzer FinGuard ships, one instance each; <c>AnalyzerConventionTests</c> checks that every analyzer
    /// type of the assembly is listed here.
    /// </summary>
    public static ImmutableArray<DiagnosticAnalyzer> CreateRuleAnalyzers() => ImmutableArray.Create<DiagnosticAnalyzer>(
        // FG1xxx card data
        new PanMemberAnalyzer(),
        new SensitiveAuthenticationDataAnalyzer(),
        new CardDataLoggedAnalyzer(),
        new CardDataPersistedAnalyzer(),
        new RawCardDataToProcessorAnalyzer(),
        new CardNumberLiteralAnalyzer(),
        new UnkeyedPanHashAnalyzer(),
        // FG2xxx payment-call safety
        new StripeIdempotencyKeyAnalyzer(),
        new ProcessorIdempotencyAnalyzer(),
        new PaymentHttpRequestAnalyzer(),
        new RegeneratedKeyAnalyzer(),
        new ConstantOrSharedKeyAnalyzer(),
        new InfinitePaymentTimeoutAnalyzer(),
        // FG3xxx data protection and crypto
        new UnencryptedFinancialFieldAnalyzer(),
        new WeakEncryptionAnalyzer(),
        new StaticNonceAnalyzer(),
        new KeyInCodeAnalyzer(),
        new AccountDataLoggedAnalyzer(),
        new AccountDataExposedAnalyzer(),
        // FG4xxx secrets
        new SecretLiteralAnalyzer(),
        new CommittedSecretAnalyzer(),
        new CertificateValidationAnalyzer(),
        new PlainHttpEndpointAnalyzer(),
        new DeprecatedTlsVersionAnalyzer(),
        // FG5xxx access and audit
        new MoneyMovementAccessAnalyzer(),
        new MutableAuditRecordAnalyzer());

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
        foreach (DiagnosticAnalyzer rule in _rules)
        {
            rule.Initialize(new HostedContext(context, rule.SupportedDiagnostics));
        }
    }

    /// <summary>
    /// Passes a rule's registrations to the host's context: the driver sees them as the host's own actions. Only the
    /// rule's compilation start action (where every rule but two registers its callbacks) is wrapped, to skip a rule
    /// that is off in the compilation; nothing wraps a per-node callback. A rule's <c>EnableConcurrentExecution</c>
    /// and generated-code setting are the host's (every rule sets the same, which <c>AnalyzerConventionTests</c> checks).
    /// </summary>
    private sealed class HostedContext : AnalysisContext
    {
        private readonly AnalysisContext _host;
        private readonly ImmutableArray<DiagnosticDescriptor> _descriptors;

        public HostedContext(AnalysisContext host, ImmutableArray<DiagnosticDescriptor> descriptors)
        {
            _host = host;
            _descriptors = descriptors;
        }

        public override void EnableConcurrentExecution()
        {
        }

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode)
        {
        }

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action)
        {
            ImmutableArray<DiagnosticDescriptor> descriptors = _descriptors;
            _host.RegisterCompilationStartAction(start =>
            {
                if (!RuleSwitch.IsOff(descriptors, start.Compilation, !start.Options.AdditionalFiles.IsEmpty, start.CancellationToken))
                {
                    action(start);
                }
            });
        }

        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => _host.RegisterCompilationAction(action);

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => _host.RegisterSemanticModelAction(action);

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => _host.RegisterSymbolAction(action, symbolKinds);

        public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) => _host.RegisterSymbolStartAction(action, symbolKind);

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => _host.RegisterCodeBlockStartAction(action);

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => _host.RegisterCodeBlockAction(action);

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => _host.RegisterSyntaxTreeAction(action);

        public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) => _host.RegisterAdditionalFileAction(action);

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => _host.RegisterSyntaxNodeAction(action, syntaxKinds);

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => _host.RegisterOperationAction(action, operationKinds);

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => _host.RegisterOperationBlockStartAction(action);

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => _host.RegisterOperationBlockAction(action);
    }
}
