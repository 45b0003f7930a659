using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.Idempotency;

/// <summary>The rule this analyzer reports, created through <see cref="RuleFactory"/> (category, help link, tags).</summary>
public static partial class Descriptors
{
    public static readonly DiagnosticDescriptor KeyRegeneratedPerAttempt = RuleFactory.Create(
        RuleIds.KeyRegeneratedPerAttempt,
        title: "Idempotency key is regenerated on every retry attempt",
        messageFormat: "The idempotency key is created inside the retried code, so every attempt sends a new key and can charge again: create the key once before the retry loop or policy and reuse it",
        category: RuleFactory.IdempotencyCategory,
        description: "An idempotency key only protects a retry when the retry sends the same key. A key made with Guid.NewGuid(), DateTime.Now or a random number inside a retry loop, a Polly retry callback or any retried lambda changes on each attempt. PCI DSS v4.0 requirement 6.2.");
}

/// <summary>
/// FG2005: an idempotency key (<c>RequestOptions.IdempotencyKey</c> or an idempotency header) whose value is made
/// fresh (<c>Guid.NewGuid()</c>, the clock, a random number) inside code that runs again on a retry, so each attempt
/// sends a different key. A key made once before the loop or policy, or derived from stable ids, is fine.
/// </summary>
public sealed class RegeneratedKeyAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.KeyRegeneratedPerAttempt);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(static start =>
        {
            StripeIdempotencySymbols? stripe = StripeIdempotencySymbols.Create(start.Compilation);
            INamedTypeSymbol? headers = start.Compilation.GetTypeByMetadataName("System.Net.Http.Headers.HttpHeaders");
            start.RegisterOperationAction(c => AnalyzeAssignment(c, stripe), OperationKind.SimpleAssignment);
            start.RegisterOperationAction(AnalyzeProcessorCall, OperationKind.Invocation);

            if (headers != null)
            {
                start.RegisterOperationAction(c => AnalyzeHeaderAdd(c, headers), OperationKind.Invocation);
            }
        });
    }

    private static void AnalyzeAssignment(OperationAnalysisContext context, StripeIdempotencySymbols? stripe)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is IPropertyReferenceOperation property
            && ((stripe != null && stripe.IsIdempotencyKeyProperty(property.Property)) || ProcessorSdks.IsKeyProperty(property.Property)))
        {
            Check(context, assignment.Value);
        }
    }

    // Checkout.com's idempotencyKey and PayPal's payPalRequestId arguments.
    private static void AnalyzeProcessorCall(OperationAnalysisContext context)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (ProcessorSdks.Classify(invocation.TargetMethod.ContainingType) == ProcessorSdk.None)
        {
            return;
        }

        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            if (argument.ArgumentKind == ArgumentKind.Explicit && argument.Parameter != null && ProcessorSdks.IsKeyParameterName(argument.Parameter.Name))
            {
                Check(context, argument.Value);
            }
        }
    }

    private static void AnalyzeHeaderAdd(OperationAnalysisContext context, INamedTypeSymbol headers)
    {
        var invocation = (IInvocationOperation)context.Operation;
        IMethodSymbol method = invocation.TargetMethod;
        if ((method.Name != "Add" && method.Name != "TryAddWithoutValidation") || invocation.Arguments.Length != 2
            || !SymbolEqualityComparer.Default.Equals(method.ContainingType, headers))
        {
            return;
        }

        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            if (argument.Parameter?.Ordinal == 0 && !IdempotencyOperations.IsIdempotencyHeaderName(argument.Value.ConstantValue.Value as string))
            {
                return;
            }
        }

        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            if (argument.Parameter?.Ordinal == 1)
            {
                Check(context, argument.Value);
            }
        }
    }

    private static void Check(OperationAnalysisContext context, IOperation value)
    {
        // Where the fresh value is made: in the assigned expression itself, or in the initializer of the local it reads.
        IOperation? fresh = IdempotencyOperations.FindFreshValue(value);
        IOperation? madeAt = fresh;
        if (fresh == null && WrappedValues.StripImplicit(value) is ILocalReferenceOperation local)
        {
            madeAt = FindFreshLocalInitializer(local.Local, value);
        }

        if (madeAt == null)
        {
            return;
        }

        IOperation? scope = RetryScopes.FindRetriedScope(value);
        if (scope != null && RetryScopes.IsWithin(madeAt, scope))
        {
            context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.KeyRegeneratedPerAttempt, value.Syntax.GetLocation(), context.ContainingSymbol));
        }
    }

    private static IOperation? FindFreshLocalInitializer(ILocalSymbol local, IOperation use)
    {
        foreach (IOperation operation in IdempotencyOperations.Root(use).DescendantOperations())
        {
            if (operation is IVariableDeclaratorOperation declarator && SymbolEqualityComparer.Default.Equals(declarator.Symbol, local))
            {
                return declarator.Initializer != null && IdempotencyOperations.FindFreshValue(declarator.Initializer.Value) != null ? declarator : null;
            }
        }

        return null;
    }
}
