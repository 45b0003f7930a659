using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.Idempotency;

/// <summary>The rules this analyzer reports, created through <see cref="RuleFactory"/> (category, help link, tags).</summary>
public static partial class Descriptors
{
    public static readonly DiagnosticDescriptor StripeMoneyMovementWithoutKey = RuleFactory.Create(
        RuleIds.StripeMoneyMovementWithoutKey,
        title: "Stripe call that moves money has no idempotency key",
        messageFormat: "'{0}' moves money without an idempotency key, so a retried request can charge twice: pass RequestOptions with an IdempotencyKey derived from the order or payment",
        category: RuleFactory.IdempotencyCategory,
        description: "Stripe.net makes a random idempotency key for each call, kept only across its own network retries; a retry by the application (a timeout, a Polly policy, a user pressing Pay again) sends a new key and Stripe performs the operation again. Pass RequestOptions.IdempotencyKey derived from the business operation. PCI DSS v4.0 requirement 6.2 (secure, robust payment software).");

    public static readonly DiagnosticDescriptor StripeObjectCreationWithoutKey = RuleFactory.Create(
        RuleIds.StripeObjectCreationWithoutKey,
        title: "Stripe call that creates an object has no idempotency key",
        messageFormat: "'{0}' creates a Stripe object without an idempotency key, so a retried request can create a duplicate: pass RequestOptions with an IdempotencyKey derived from the business operation",
        category: RuleFactory.IdempotencyCategory,
        description: "Creating customers, setup intents, invoices or Checkout sessions twice leaves duplicates that later get charged or confuse reconciliation. Pass RequestOptions.IdempotencyKey derived from the business operation. PCI DSS v4.0 requirement 6.2.",
        severity: DiagnosticSeverity.Info);
}

/// <summary>
/// FG2001 (moves money, Warning) and FG2002 (creates an object, Info): a Stripe.net service call that POSTs without
/// <c>RequestOptions.IdempotencyKey</c>. One analyzer for both so each invocation is classified once.
/// Only reported when the missing key is visible: no <c>RequestOptions</c>, <c>null</c>, or one built in this method
/// without a key, or from the project's own helper method or read-only field that builds options without a key
/// (<see cref="StripeRequestOptionsHelpers"/>). Options from a parameter or anything else are trusted. Test projects and
/// test files are skipped (Stripe test mode). Without a Stripe.net reference
/// (before restore) the calls are recognised by their type and member names (<see cref="UnresolvedStripeCalls"/>).
/// </summary>
public sealed class StripeIdempotencyKeyAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.StripeMoneyMovementWithoutKey, Descriptors.StripeObjectCreationWithoutKey);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(static start =>
        {
            // Calls in test projects run against Stripe's test mode: not a double-charge risk (as for FG2003).
            if (TestProjects.IsTestProject(start.Compilation))
            {
                return;
            }

            StripeIdempotencySymbols? stripe = StripeIdempotencySymbols.Create(start.Compilation);
            if (stripe == null)
            {
                // Before restore (no Stripe.net reference): the same calls recognised by their type and member names.
                start.RegisterSyntaxNodeAction(AnalyzeUnresolvedInvocation, SyntaxKind.InvocationExpression);
                return;
            }

            start.RegisterOperationAction(c => AnalyzeInvocation(c, stripe), OperationKind.Invocation);
        });
    }

    private static void AnalyzeUnresolvedInvocation(SyntaxNodeAnalysisContext context)
    {
        var invocation = (InvocationExpressionSyntax)context.Node;
        if (!TestProjects.IsTestFile(invocation.SyntaxTree) && UnresolvedStripeCalls.Check(invocation, context.SemanticModel, context.CancellationToken) is { } finding)
        {
            DiagnosticDescriptor descriptor = finding.Kind == StripeCallKind.MovesMoney ? Descriptors.StripeMoneyMovementWithoutKey : Descriptors.StripeObjectCreationWithoutKey;
            context.ReportDiagnostic(FinGuardDiagnostic.Create(descriptor, invocation.GetLocation(), context.ContainingSymbol, finding.Call));
        }
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, StripeIdempotencySymbols stripe)
    {
        var invocation = (IInvocationOperation)context.Operation;
        StripeCallKind kind = stripe.Classify(invocation.TargetMethod);
        if (kind == StripeCallKind.None || TestProjects.IsTestFile(invocation.Syntax.SyntaxTree))
        {
            return;
        }

        IArgumentOperation? argument = stripe.FindRequestOptionsArgument(invocation);
        if (argument == null || stripe.Evaluate(argument) != KeyEvidence.Missing)
        {
            return;
        }

        DiagnosticDescriptor descriptor = kind == StripeCallKind.MovesMoney ? Descriptors.StripeMoneyMovementWithoutKey : Descriptors.StripeObjectCreationWithoutKey;
        context.ReportDiagnostic(FinGuardDiagnostic.Create(descriptor, invocation.Syntax.GetLocation(), context.ContainingSymbol, invocation.TargetMethod.ContainingType.Name + "." + invocation.TargetMethod.Name));
    }
}
