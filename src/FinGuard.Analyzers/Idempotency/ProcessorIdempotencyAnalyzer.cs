using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.Idempotency;

/// <summary>The rule this analyzer reports, created through <see cref="RuleFactory"/> (category, help link, tags).</summary>
public static partial class Descriptors
{
    public static readonly DiagnosticDescriptor ProcessorCallWithoutKey = RuleFactory.Create(
        RuleIds.ProcessorCallWithoutKey,
        title: "Processor SDK call that moves money has no idempotency key",
        messageFormat: "'{0}' moves money without {1}, so a retried request can pay twice: pass a key derived from the order or payment",
        category: RuleFactory.IdempotencyCategory,
        description: "Adyen (RequestOptions.IdempotencyKey), Checkout.com (the idempotencyKey argument) and PayPal (PayPal-Request-Id) deduplicate retried requests only when the request carries a key. PCI DSS v4.0 requirement 6.2.");
}

/// <summary>
/// FG2003: a money-moving call on another processor's SDK without that SDK's idempotency mechanism: Adyen
/// (<c>Adyen.Service.*</c>, <c>RequestOptions.IdempotencyKey</c>), Checkout.com (<c>Checkout.Payments.*Client</c>,
/// the <c>idempotencyKey</c> argument) and PayPal Server SDK (<c>payPalRequestId</c> argument or input property).
/// Square's SDK requires its key (a compile error without it); FG2005/FG2006 still check its value.
/// Only a visibly missing key is reported (omitted, null, empty, or an options/input object built here without it).
/// </summary>
public sealed class ProcessorIdempotencyAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.ProcessorCallWithoutKey);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterOperationAction(AnalyzeInvocation, OperationKind.Invocation);
        context.RegisterCompilationStartAction(static start =>
        {
            // Sandbox calls in tests are not a double-charge risk; the SDK-named calls are checked in product code only.
            if (!TestProjects.IsTestProject(start.Compilation))
            {
                start.RegisterSyntaxNodeAction(AnalyzeNamedSdkCall, SyntaxKind.InvocationExpression);
            }
        });
    }

    // Authorize.Net, Braintree and PayPal (Checkout SDK, classic API) calls, recognised by their type and member names
    // so that they are found before restore too (NamedProcessorCalls).
    private static void AnalyzeNamedSdkCall(SyntaxNodeAnalysisContext context)
    {
        var invocation = (InvocationExpressionSyntax)context.Node;
        if (!TestProjects.IsTestFile(invocation.SyntaxTree) && NamedProcessorCalls.Check(invocation, context.SemanticModel, context.CancellationToken) is { } finding)
        {
            context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.ProcessorCallWithoutKey, invocation.GetLocation(), context.ContainingSymbol, finding.Call, finding.Mechanism));
        }
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context)
    {
        var invocation = (IInvocationOperation)context.Operation;
        IMethodSymbol method = invocation.TargetMethod;
        ProcessorSdk sdk = ProcessorSdks.Classify(method.ContainingType);
        if (sdk is ProcessorSdk.None or ProcessorSdk.Square || !ProcessorSdks.MovesMoney(method.Name))
        {
            return;
        }

        // YooKassa's own test suite and samples' tests call the sandbox: as for the SDK-named calls, product code only.
        if (sdk == ProcessorSdk.YooKassa && (TestProjects.IsTestFile(invocation.Syntax.SyntaxTree) || TestProjects.IsTestProject(context.Compilation)))
        {
            return;
        }

        bool sawMechanism = false;
        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            IParameterSymbol? parameter = argument.Parameter;
            if (parameter == null)
            {
                continue;
            }

            KeyEvidence evidence;
            if (ProcessorSdks.IsKeyParameterName(parameter.Name) && parameter.Type.SpecialType == SpecialType.System_String)
            {
                evidence = argument.ArgumentKind == ArgumentKind.DefaultValue || IdempotencyOperations.IsEmptyString(argument.Value) ? KeyEvidence.Missing : KeyEvidence.Present;
            }
            else if (sdk == ProcessorSdk.Adyen && parameter.Type is INamedTypeSymbol { Name: "RequestOptions" } optionsType && optionsType.ContainingNamespace?.Name == "Model")
            {
                evidence = argument.ArgumentKind == ArgumentKind.DefaultValue ? KeyEvidence.Missing : EvaluateObject(argument.Value, argument, "IdempotencyKey");
            }
            else if (sdk == ProcessorSdk.PayPal && parameter.Type is INamedTypeSymbol inputType && HasProperty(inputType, "PayPalRequestId"))
            {
                evidence = EvaluateObject(argument.Value, argument, "PayPalRequestId");
            }
            else
            {
                continue;
            }

            if (evidence != KeyEvidence.Missing)
            {
                return;
            }

            sawMechanism = true;
        }

        if (sawMechanism)
        {
            string mechanism = sdk switch
            {
                ProcessorSdk.PayPal => "a PayPal-Request-Id",
                ProcessorSdk.CheckoutCom => "an idempotencyKey argument",
                ProcessorSdk.YooKassa => "an idempotenceKey argument",
                _ => "RequestOptions.IdempotencyKey",
            };
            context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.ProcessorCallWithoutKey, invocation.Syntax.GetLocation(), context.ContainingSymbol, method.ContainingType.Name + "." + method.Name, mechanism));
        }
    }

    private static bool HasProperty(INamedTypeSymbol type, string name)
    {
        foreach (ISymbol member in type.GetMembers())
        {
            if (member is IPropertySymbol property && string.Equals(property.Name, name, System.StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // An options/input object: Missing when null or created in this method without the key; Unknown otherwise.
    private static KeyEvidence EvaluateObject(IOperation value, IOperation use, string keyProperty)
    {
        IOperation? unwrapped = WrappedValues.StripImplicit(value);
        if (unwrapped is ILiteralOperation or IDefaultValueOperation && unwrapped.ConstantValue.HasValue && unwrapped.ConstantValue.Value == null)
        {
            return KeyEvidence.Missing;
        }

        IObjectCreationOperation? creation = unwrapped as IObjectCreationOperation;
        if (unwrapped is ILocalReferenceOperation local)
        {
            foreach (IOperation operation in IdempotencyOperations.Root(use).DescendantOperations())
            {
                switch (operation)
                {
                    case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local.Local):
                        creation = WrappedValues.StripImplicit(declarator.Initializer?.Value) as IObjectCreationOperation;
                        if (creation == null)
                        {
                            return KeyEvidence.Unknown;
                        }

                        break;
                    case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Instance: ILocalReferenceOperation instance } property }
                        when SymbolEqualityComparer.Default.Equals(instance.Local, local.Local) && string.Equals(property.Property.Name, keyProperty, System.StringComparison.OrdinalIgnoreCase):
                        return KeyEvidence.Present;
                    case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } when SymbolEqualityComparer.Default.Equals(target.Local, local.Local):
                        return KeyEvidence.Unknown;
                    case ILocalReferenceOperation reference when SymbolEqualityComparer.Default.Equals(reference.Local, local.Local)
                        && reference.Parent is IArgumentOperation other && !ReferenceEquals(other, use):
                        return KeyEvidence.Unknown;
                }
            }
        }

        if (creation == null)
        {
            return KeyEvidence.Unknown;
        }

        foreach (IArgumentOperation argument in creation.Arguments)
        {
            if (argument.Parameter != null && string.Equals(argument.Parameter.Name, keyProperty, System.StringComparison.OrdinalIgnoreCase))
            {
                return IdempotencyOperations.IsEmptyString(argument.Value) ? KeyEvidence.Missing : KeyEvidence.Present;
            }
        }

        if (creation.Initializer != null)
        {
            foreach (IOperation initializer in creation.Initializer.Initializers)
            {
                if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment
                    && string.Equals(property.Property.Name, keyProperty, System.StringComparison.OrdinalIgnoreCase))
                {
                    return IdempotencyOperations.IsEmptyString(assignment.Value) ? KeyEvidence.Missing : KeyEvidence.Present;
                }
            }
        }

        return KeyEvidence.Missing;
    }
}
