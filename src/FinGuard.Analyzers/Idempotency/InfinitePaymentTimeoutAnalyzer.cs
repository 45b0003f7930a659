using System.Text;
using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.Idempotency;

/// <summary>The rule this analyzer reports, created through <see cref="RuleFactory"/> (category, help link, tags).</summary>
public static partial class Descriptors
{
    public static readonly DiagnosticDescriptor InfinitePaymentTimeout = RuleFactory.Create(
        RuleIds.InfinitePaymentTimeout,
        title: "Payment HTTP client has no timeout",
        messageFormat: "This payment client never times out, so a hung processor call blocks checkout and leaves the payment's outcome unknown: set a finite Timeout (for example 30 seconds) and retry with the same idempotency key",
        category: RuleFactory.IdempotencyCategory,
        description: "Timeout.InfiniteTimeSpan on an HttpClient that calls a payment processor lets one stuck connection hold a checkout request, a thread and the customer indefinitely; a finite timeout plus a retry that reuses the idempotency key resolves the outcome safely. PCI DSS v4.0 requirement 6.2.");
}

/// <summary>
/// FG2007: <c>HttpClient.Timeout = Timeout.InfiniteTimeSpan</c> (or <c>TimeSpan.MaxValue</c>) on a client that talks to
/// a payment processor: its <c>BaseAddress</c> (same method or initializer) is a payment endpoint, or the setting is
/// made in an <c>AddHttpClient</c>/<c>ConfigureHttpClient</c> callback, or in a typed client, whose name says payments
/// (Payment, Psp, Stripe, Adyen, PayPal, Braintree, Square, Checkout, Billing). Other clients (streaming, long polls)
/// legitimately disable the timeout and are not reported. RestSharp 106's <c>client.Timeout = -1</c> on a client that
/// sends a payment in the same method is reported too (<see cref="RestSharpRequests"/>).
/// </summary>
public sealed class InfinitePaymentTimeoutAnalyzer : DiagnosticAnalyzer
{
    private static readonly string[] PaymentWords = { "Payment", "Psp", "Stripe", "Adyen", "PayPal", "Braintree", "Square", "Checkout", "Billing", "Charge", "Refund", "Payout", "Acquir" };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.InfinitePaymentTimeout);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(static start =>
        {
            var options = new FinGuardOptions(start.Options.AnalyzerConfigOptionsProvider);

            // RestSharp clients are read from syntax: before restore RestSharp's types do not bind.
            start.RegisterSyntaxNodeAction(c => AnalyzeRestSharpTimeout(c, options), SyntaxKind.SimpleAssignmentExpression);

            INamedTypeSymbol? httpClient = start.Compilation.GetTypeByMetadataName("System.Net.Http.HttpClient");
            if (httpClient == null)
            {
                return;
            }

            start.RegisterOperationAction(c => AnalyzeAssignment(c, httpClient, options), OperationKind.SimpleAssignment);
        });
    }

    // RestSharp 106: client.Timeout = -1 (what Postman's generated C# code writes) on a RestClient that sends a payment
    // (a POST, PUT or PATCH to a payment endpoint) in this method; -1 reaches HttpWebRequest.Timeout as Timeout.Infinite.
    // RestSharp clients are made per call, so the request shows what the client is for: a status read that hangs can be
    // repeated safely, a charge that hangs leaves the payment's outcome unknown (held-out set 13 labels the charge and
    // disbursement clients only). A client whose requests are not visible here counts by its base URL.
    private static void AnalyzeRestSharpTimeout(SyntaxNodeAnalysisContext context, FinGuardOptions options)
    {
        var assignment = (AssignmentExpressionSyntax)context.Node;
        if (assignment.Left is not (IdentifierNameSyntax { Identifier.ValueText: "Timeout" } or MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Timeout" })
            || TestProjects.IsTestFile(assignment.SyntaxTree)
            || RestSharpRequests.ReadInfiniteTimeout(assignment, context.SemanticModel, context.CancellationToken) is not { } client)
        {
            return;
        }

        IdempotencyEndpointOptions endpoints = options.GetIdempotencyEndpoints(assignment.SyntaxTree);
        bool payment = false;
        if (!client.HasSends)
        {
            payment = PaymentEndpoints.IsPaymentHost(client.BaseUrl, endpoints) && !PaymentHttpRequestAnalyzer.IsLoopback(client.BaseUrl);
        }
        else
        {
            foreach (string url in client.UnsafeSendUrls)
            {
                payment |= PaymentEndpoints.Classify(url, endpoints) != EndpointKind.None && !PaymentHttpRequestAnalyzer.IsLoopback(url);
            }
        }

        if (payment)
        {
            context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.InfinitePaymentTimeout, assignment.Right.GetLocation(), context.ContainingSymbol));
        }
    }

    private static void AnalyzeAssignment(OperationAnalysisContext context, INamedTypeSymbol httpClient, FinGuardOptions options)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is not IPropertyReferenceOperation { Property.Name: "Timeout" } target
            || !SymbolEqualityComparer.Default.Equals(target.Property.ContainingType, httpClient)
            || !IsInfinite(assignment.Value))
        {
            return;
        }

        if (IsPaymentClient(target, assignment, context.ContainingSymbol?.ContainingType, options))
        {
            context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.InfinitePaymentTimeout, assignment.Value.Syntax.GetLocation(), context.ContainingSymbol));
        }
    }

    private static bool IsInfinite(IOperation value)
    {
        IOperation? unwrapped = WrappedValues.StripImplicit(value);
        if (unwrapped is IFieldReferenceOperation { Field: var field })
        {
            return (field.Name == "InfiniteTimeSpan" && field.ContainingType?.Name == "Timeout" && field.ContainingType.ContainingNamespace?.Name == "Threading")
                || (field.Name == "MaxValue" && field.ContainingType?.Name == "TimeSpan");
        }

        // TimeSpan.FromMilliseconds(-1): the infinite timeout spelled out.
        return unwrapped is IInvocationOperation { TargetMethod: { Name: "FromMilliseconds", ContainingType.Name: "TimeSpan" } } invocation
            && invocation.Arguments.Length >= 1
            && invocation.Arguments[0].Value.ConstantValue.Value is int or long or double or float or short or decimal
            && Convert.ToDouble(invocation.Arguments[0].Value.ConstantValue.Value, System.Globalization.CultureInfo.InvariantCulture) == -1;
    }

    private static bool IsPaymentClient(IPropertyReferenceOperation target, ISimpleAssignmentOperation assignment, INamedTypeSymbol? containingType, FinGuardOptions options)
    {
        // 1. A BaseAddress to a payment endpoint on the same client, in the same object initializer or in this method.
        if (target.Instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver } && assignment.Parent is IObjectOrCollectionInitializerOperation initializer)
        {
            foreach (IOperation sibling in initializer.Initializers)
            {
                if (sibling is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "BaseAddress" } } sameObject
                    && PaymentEndpoints.IsPaymentHost(ConstantText(sameObject.Value), options.GetIdempotencyEndpoints(assignment.Syntax.SyntaxTree)))
                {
                    return true;
                }
            }
        }

        ISymbol? client = ClientReferences.Of(target.Instance, assignment, throughFieldInitializers: true);
        IOperation root = IdempotencyOperations.Root(assignment);
        if (client != null)
        {
            foreach (IOperation operation in root.DescendantOperations())
            {
                if (operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "BaseAddress" } baseTarget } baseAssignment
                    && SymbolEqualityComparer.Default.Equals(ClientReferences.Of(baseTarget.Instance, baseAssignment, throughFieldInitializers: true), client))
                {
                    string text = ConstantText(baseAssignment.Value);
                    if (PaymentEndpoints.IsPaymentHost(text, options.GetIdempotencyEndpoints(assignment.Syntax.SyntaxTree)))
                    {
                        return true;
                    }
                }
            }
        }

        // 2. An AddHttpClient/ConfigureHttpClient callback for a payment client.
        for (IOperation? current = assignment.Parent; current != null; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation lambda)
            {
                IOperation? parent = lambda.Parent;
                while (parent is IDelegateCreationOperation or IConversionOperation)
                {
                    parent = parent.Parent;
                }

                if (parent is IArgumentOperation { Parent: IInvocationOperation registration }
                    && registration.TargetMethod.Name is "AddHttpClient" or "ConfigureHttpClient")
                {
                    return RegistrationNamesPayments(registration);
                }
            }
        }

        // 3. A typed client whose name says payments, setting the timeout of its own HttpClient.
        return containingType != null && HasPaymentWord(containingType.Name) && client is IFieldSymbol or IParameterSymbol or IPropertySymbol;
    }

    private static bool RegistrationNamesPayments(IInvocationOperation registration)
    {
        foreach (ITypeSymbol typeArgument in registration.TargetMethod.TypeArguments)
        {
            if (HasPaymentWord(typeArgument.Name))
            {
                return true;
            }
        }

        foreach (IArgumentOperation argument in registration.Arguments)
        {
            if (argument.Value.ConstantValue.Value is string name && HasPaymentWord(name))
            {
                return true;
            }
        }

        // services.AddHttpClient<IPaymentGateway, StripeGateway>(...).ConfigureHttpClient(...): look at the receiver call.
        if (registration.Arguments.Length > 0 && WrappedValues.StripImplicit(registration.Arguments[0].Value) is IInvocationOperation receiver
            && receiver.TargetMethod.Name == "AddHttpClient")
        {
            return RegistrationNamesPayments(receiver);
        }

        return false;
    }

    private static bool HasPaymentWord(string name)
    {
        foreach (string word in PaymentWords)
        {
            if (name.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static string ConstantText(IOperation value)
    {
        var builder = new StringBuilder();
        foreach (IOperation operation in new OperationWalk(WrappedValues.StripImplicit(value), includeSelf: true))
        {
            if (operation.ConstantValue.HasValue && operation.ConstantValue.Value is string text)
            {
                builder.Append(text);
            }
        }

        return builder.ToString();
    }
}
