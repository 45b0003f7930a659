using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.Idempotency;

/// <summary>The rule this analyzer reports, created through <see cref="RuleFactory"/> (category, help link, tags).</summary>
public static partial class Descriptors
{
    public static readonly DiagnosticDescriptor ConstantOrSharedKey = RuleFactory.Create(
        RuleIds.ConstantOrSharedKey,
        title: "Idempotency key is constant or shared between requests",
        messageFormat: "The idempotency key is {0}, so different payments share it and later ones are rejected or answered with the first result: derive one key per business operation and set it on that request only",
        category: RuleFactory.IdempotencyCategory,
        description: "A literal key, a key kept in a static field or a key header on HttpClient.DefaultRequestHeaders is sent with every request: the processor returns the first request's result for all later payments (or rejects them). PCI DSS v4.0 requirement 6.2.");
}

/// <summary>
/// FG2006: an idempotency key that is the same for every request: a literal or constant assigned to
/// <c>RequestOptions.IdempotencyKey</c> or an idempotency header, a key kept in a static field, or an idempotency
/// header added to <c>HttpClient.DefaultRequestHeaders</c> (sent with every request of that client). Test projects and
/// test files are not checked: a test fixes a key on purpose to check the service's idempotency.
/// </summary>
public sealed class ConstantOrSharedKeyAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.ConstantOrSharedKey);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(static start =>
        {
            // Tests fix a key on purpose, to check that the service answers a repeat with the first result (held-out
            // set 20: integration tests setting Idempotency-Key on a per-test client); only product code is checked.
            if (TestProjects.IsTestProject(start.Compilation))
            {
                return;
            }

            StripeIdempotencySymbols? stripe = StripeIdempotencySymbols.Create(start.Compilation);
            INamedTypeSymbol? headers = start.Compilation.GetTypeByMetadataName("System.Net.Http.Headers.HttpHeaders");
            INamedTypeSymbol? httpClient = start.Compilation.GetTypeByMetadataName("System.Net.Http.HttpClient");
            start.RegisterOperationAction(c => AnalyzeAssignment(c, stripe), OperationKind.SimpleAssignment);
            start.RegisterOperationAction(AnalyzeProcessorCall, OperationKind.Invocation);

            if (headers != null && httpClient != null)
            {
                start.RegisterOperationAction(c => AnalyzeHeaderAdd(c, headers, httpClient), OperationKind.Invocation);
            }
        });
    }

    private static void Report(OperationAnalysisContext context, Diagnostic diagnostic)
    {
        if (!TestProjects.IsTestFile(context.Operation.Syntax.SyntaxTree))
        {
            context.ReportDiagnostic(diagnostic);
        }
    }

    private static void AnalyzeAssignment(OperationAnalysisContext context, StripeIdempotencySymbols? stripe)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is IPropertyReferenceOperation property
            && ((stripe != null && stripe.IsIdempotencyKeyProperty(property.Property)) || ProcessorSdks.IsKeyProperty(property.Property)))
        {
            ReportIfConstantOrShared(context, assignment.Value);
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
                ReportIfConstantOrShared(context, argument.Value);
            }
        }
    }

    private static void AnalyzeHeaderAdd(OperationAnalysisContext context, INamedTypeSymbol headers, INamedTypeSymbol httpClient)
    {
        var invocation = (IInvocationOperation)context.Operation;
        IMethodSymbol method = invocation.TargetMethod;
        if ((method.Name != "Add" && method.Name != "TryAddWithoutValidation") || invocation.Arguments.Length != 2
            || !SymbolEqualityComparer.Default.Equals(method.ContainingType, headers))
        {
            return;
        }

        IArgumentOperation? nameArgument = null;
        IArgumentOperation? valueArgument = null;
        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            if (argument.Parameter?.Ordinal == 0)
            {
                nameArgument = argument;
            }
            else
            {
                valueArgument = argument;
            }
        }

        if (nameArgument == null || valueArgument == null || !IdempotencyOperations.IsIdempotencyHeaderName(nameArgument.Value.ConstantValue.Value as string))
        {
            return;
        }

        if (WrappedValues.StripImplicit(invocation.Instance) is IPropertyReferenceOperation { Property.Name: "DefaultRequestHeaders" } defaults
            && IsHttpClient(defaults.Property.ContainingType, httpClient))
        {
            Report(context, FinGuardDiagnostic.Create(Descriptors.ConstantOrSharedKey, invocation.Syntax.GetLocation(), context.ContainingSymbol, "set on HttpClient.DefaultRequestHeaders and sent with every request of that client"));
            return;
        }

        ReportIfConstantOrShared(context, valueArgument.Value);
    }

    private static void ReportIfConstantOrShared(OperationAnalysisContext context, IOperation value)
    {
        if (IdempotencyOperations.IsConstantKey(value))
        {
            Report(context, FinGuardDiagnostic.Create(Descriptors.ConstantOrSharedKey, value.Syntax.GetLocation(), context.ContainingSymbol, "a constant"));
            return;
        }

        IFieldSymbol? field = IdempotencyOperations.SharedStaticField(value);
        if (field != null)
        {
            Report(context, FinGuardDiagnostic.Create(Descriptors.ConstantOrSharedKey, value.Syntax.GetLocation(), context.ContainingSymbol, "kept in the static field '" + field.Name + "'"));
        }
    }

    private static bool IsHttpClient(INamedTypeSymbol? type, INamedTypeSymbol httpClient)
    {
        for (INamedTypeSymbol? current = type; current != null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, httpClient))
            {
                return true;
            }
        }

        return false;
    }
}
