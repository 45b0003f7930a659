using System.Text;
using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.Idempotency;

/// <summary>The rule this analyzer reports, created through <see cref="RuleFactory"/> (category, help link, tags).</summary>
public static partial class Descriptors
{
    public static readonly DiagnosticDescriptor PaymentHttpPostWithoutKey = RuleFactory.Create(
        RuleIds.PaymentHttpPostWithoutKey,
        title: "Payment HTTP request has no idempotency key header",
        messageFormat: "'{0}' sends a payment request without an idempotency header, so a retried request can pay twice: add a '{1}' header derived from the order or payment to this request",
        category: RuleFactory.IdempotencyCategory,
        description: "A POST, PUT or PATCH to a payment endpoint (a processor's API host, a path such as /charges, /payments, /refunds, /payouts, /transfers or /captures, or an endpoint configured in .editorconfig) is only safe to retry when it carries an idempotency key: Idempotency-Key for Stripe, Adyen and most APIs, PayPal-Request-Id for PayPal, Cko-Idempotency-Key for Checkout.com. PCI DSS v4.0 requirement 6.2.");

    /// <summary>
    /// FG2004 on Swish v1, whose payment requests and refunds take no idempotency key: a header would be ignored, so the
    /// message points at Swish v2, where the caller's instruction UUID in the URL makes a repeated PUT the same request.
    /// Same ID and help page as <see cref="PaymentHttpPostWithoutKey"/>; no automatic fix (the endpoint changes).
    /// </summary>
    public static readonly DiagnosticDescriptor SwishV1RequestWithoutInstructionId = RuleFactory.Create(
        RuleIds.PaymentHttpPostWithoutKey,
        title: "Payment HTTP request has no idempotency key header",
        messageFormat: "'{0}' sends a Swish v1 {1}, which takes no idempotency key, so a retried request can pay twice: send it to Swish v2 as a PUT with an instruction UUID derived from the order or payment in the URL",
        category: RuleFactory.IdempotencyCategory,
        description: "Swish v1 creates payment requests and refunds with a POST that has no idempotency key, so a retried POST is a second request to the payer. Swish v2 takes the caller's instruction UUID in the URL (PUT /api/v2/paymentrequests/{instructionUUID}, PUT /api/v2/refunds/{instructionUUID}); a UUID derived from the order or payment makes a retry the same request. PCI DSS v4.0 requirement 6.2.");
}

/// <summary>
/// FG2004: raw <c>HttpClient</c> POST/PUT/PATCH (<c>PostAsync</c>, <c>PutAsync</c>, <c>PatchAsync</c>,
/// <c>PostAsJsonAsync</c>, <c>PutAsJsonAsync</c>, <c>SendAsync</c>/<c>Send</c> with a visible request) to a payment
/// endpoint (see <see cref="PaymentEndpoints"/>) with no idempotency header on that request. The URI is followed through
/// constants, locals, interpolations, <c>new Uri(...)</c> and a <c>BaseAddress</c> set in the same method.
/// Not reported when the method adds an idempotency header anywhere, when the request is handed to other code
/// (which may add it), or when the project has a <c>DelegatingHandler</c> that mentions an idempotency header.
/// RestSharp requests (<see cref="RestSharpRequests"/>) are read from syntax, as RestSharp does not bind before restore.
/// </summary>
public sealed class PaymentHttpRequestAnalyzer : DiagnosticAnalyzer
{
    internal const string HeaderProperty = "Header";
    internal const string OperationProperty = "Operation";

    /// <summary>
    /// Set where no automatic fix is offered: a call to the project's own HTTP helper (the header belongs in that helper's
    /// headers argument) and a RestSharp request (the header is added with <c>request.AddHeader</c>).
    /// </summary>
    internal const string WrapperProperty = "Wrapper";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.PaymentHttpPostWithoutKey, Descriptors.SwishV1RequestWithoutInstructionId);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(static start =>
        {
            // Integration and load tests post made-up payments to a test server: not a double-charge risk.
            if (TestProjects.IsTestProject(start.Compilation))
            {
                return;
            }

            // RestSharp requests are read from syntax (no RestSharp reference before restore) and need no HttpClient.
            var restOptions = new FinGuardOptions(start.Options.AnalyzerConfigOptionsProvider);
            start.RegisterSyntaxNodeAction(c => AnalyzeRestSharpSend(c, restOptions), SyntaxKind.InvocationExpression);

            HttpSymbols? http = HttpSymbols.Create(start.Compilation);
            if (http == null)
            {
                return;
            }

            // Searched only once a payment request is found: in the editor this runs per compilation snapshot, and
            // most snapshots (most open documents) have no raw payment request at all.
            Compilation compilation = start.Compilation;
            var hasHandler = new Lazy<bool>(() => HasIdempotencyHandler(compilation, http), System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
            var options = new FinGuardOptions(start.Options.AnalyzerConfigOptionsProvider);
            var wrappers = new WrappedHttpClients(compilation);
            start.RegisterOperationAction(c => AnalyzeInvocation(c, http, options, hasHandler, wrappers), OperationKind.Invocation);
            start.RegisterOperationAction(c => AnalyzeUnboundJsonSend(c, http, options, hasHandler), OperationKind.Invalid);
        });
    }

    internal sealed class HttpSymbols
    {
        public INamedTypeSymbol HttpClient { get; private set; } = null!;
        public INamedTypeSymbol HttpMessageInvoker { get; private set; } = null!;
        public INamedTypeSymbol HttpRequestMessage { get; private set; } = null!;
        public INamedTypeSymbol HttpMethod { get; private set; } = null!;
        public INamedTypeSymbol Headers { get; private set; } = null!;
        public INamedTypeSymbol? DelegatingHandler { get; private set; }
        public INamedTypeSymbol? JsonExtensions { get; private set; }

        /// <summary>Microsoft.AspNet.WebApi.Client's <c>System.Net.Http.HttpClientExtensions</c> (PostAsJsonAsync before System.Net.Http.Json).</summary>
        public INamedTypeSymbol? WebApiClientExtensions { get; private set; }
        public INamedTypeSymbol? Uri { get; private set; }
        public INamedTypeSymbol? WebRequest { get; private set; }
        public INamedTypeSymbol? WebClient { get; private set; }

        public static HttpSymbols? Create(Compilation compilation)
        {
            INamedTypeSymbol? client = compilation.GetTypeByMetadataName("System.Net.Http.HttpClient");
            INamedTypeSymbol? invoker = compilation.GetTypeByMetadataName("System.Net.Http.HttpMessageInvoker");
            INamedTypeSymbol? request = compilation.GetTypeByMetadataName("System.Net.Http.HttpRequestMessage");
            INamedTypeSymbol? method = compilation.GetTypeByMetadataName("System.Net.Http.HttpMethod");
            INamedTypeSymbol? headers = compilation.GetTypeByMetadataName("System.Net.Http.Headers.HttpHeaders");
            if (client == null || invoker == null || request == null || method == null || headers == null)
            {
                return null;
            }

            return new HttpSymbols
            {
                HttpClient = client,
                HttpMessageInvoker = invoker,
                HttpRequestMessage = request,
                HttpMethod = method,
                Headers = headers,
                DelegatingHandler = compilation.GetTypeByMetadataName("System.Net.Http.DelegatingHandler"),
                JsonExtensions = compilation.GetTypeByMetadataName("System.Net.Http.Json.HttpClientJsonExtensions"),
                WebApiClientExtensions = compilation.GetTypeByMetadataName("System.Net.Http.HttpClientExtensions"),
                Uri = compilation.GetTypeByMetadataName("System.Uri"),
                WebRequest = compilation.GetTypeByMetadataName("System.Net.WebRequest"),
                WebClient = compilation.GetTypeByMetadataName("System.Net.WebClient"),
            };
        }
    }

    // A message handler that adds idempotency keys to every request makes per-call checks meaningless; the
    // declaration table lookup is cheap and only handler-like type names are opened.
    private static bool HasIdempotencyHandler(Compilation compilation, HttpSymbols http)
    {
        if (http.DelegatingHandler == null)
        {
            return false;
        }

        foreach (ISymbol symbol in compilation.GetSymbolsWithName(static name => name.IndexOf("Handler", StringComparison.Ordinal) >= 0 || name.IndexOf("Idempoten", StringComparison.OrdinalIgnoreCase) >= 0, SymbolFilter.Type))
        {
            if (symbol is not INamedTypeSymbol type || !DerivesFrom(type, http.DelegatingHandler))
            {
                continue;
            }

            foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
            {
                string text = reference.GetSyntax().ToString();
                if (text.IndexOf("Idempotency", StringComparison.OrdinalIgnoreCase) >= 0 || text.IndexOf("PayPal-Request-Id", StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, HttpSymbols http, FinGuardOptions options, Lazy<bool> hasIdempotencyHandler, WrappedHttpClients wrappers)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (TryClassifyLegacyRequest(invocation, http, options, out string legacyUri, out EndpointKind legacyKind, out string legacyName))
        {
            if (IsNotMoneyMoving(invocation, legacyUri))
            {
                return;
            }

            string legacyHeader = PaymentEndpoints.HeaderName(legacyKind);
            ImmutableDictionary<string, string?> legacyProperties = ImmutableDictionary<string, string?>.Empty
                .Add(HeaderProperty, legacyHeader)
                .Add(OperationProperty, PaymentEndpoints.OperationName(legacyUri));
            Report(context.ReportDiagnostic, invocation.Syntax.GetLocation(), context.ContainingSymbol, legacyKind, legacyUri, legacyProperties, legacyName, legacyHeader);
            return;
        }

        // The JSON extensions are HttpClient's own sends (judged below), never a project's wrapper, also where a project
        // declares them itself (a copy of WebApi.Client's HttpClientExtensions).
        if (!IsJsonExtensions(invocation.TargetMethod.ContainingType, http)
            && TryClassifyWrapperRequest(invocation, options, wrappers, context.CancellationToken, out string wrapperUri, out EndpointKind wrapperKind))
        {
            // A forwarded request or reference is the caller's duplicate guard (Flutterwave, Paystack), except on Swish:
            // its v1 API takes no key or reference the caller could have set, so the call that names the path is where
            // the missing key shows.
            IOperation wrapperRoot = IdempotencyOperations.Root(invocation);
            if (MentionsIdempotencyHeader(wrapperRoot) || SetsStableReferenceHeader(wrapperRoot) || IsNotMoneyMoving(invocation, wrapperUri) || hasIdempotencyHandler.Value
                || wrappers.SendsToLoopback(invocation.TargetMethod, context.CancellationToken)
                || (!SetsFreshReferenceHeader(wrapperRoot) && !PaymentEndpoints.IsSwish(wrapperUri)
                    && WrappedHttpClients.ForwardsRequestOrReference(invocation, WrappedHttpClients.UriArgument(invocation)!, wrapperRoot)))
            {
                return;
            }

            string wrapperHeader = PaymentEndpoints.HeaderName(wrapperKind);
            ImmutableDictionary<string, string?> wrapperProperties = ImmutableDictionary<string, string?>.Empty
                .Add(HeaderProperty, wrapperHeader)
                .Add(OperationProperty, PaymentEndpoints.OperationName(wrapperUri))
                .Add(WrapperProperty, "true");
            Report(context.ReportDiagnostic, invocation.Syntax.GetLocation(), context.ContainingSymbol, wrapperKind, wrapperUri, wrapperProperties,
                invocation.TargetMethod.ContainingType.Name + "." + invocation.TargetMethod.Name, wrapperHeader);
            return;
        }

        if (!TryClassifyPaymentRequest(invocation, http, options, out string uriText, out EndpointKind kind, byBodyType: true,
                keylessJsonCopies: wrappers, cancellationToken: context.CancellationToken)
            || MethodAddsIdempotencyHeader(IdempotencyOperations.Root(invocation), http)
            || SetsStableReferenceHeader(IdempotencyOperations.Root(invocation))
            || PaymentRequestBody.CarriesIdempotencyField(IdempotencyOperations.Root(invocation))
            || SendsCallersReference(invocation, IdempotencyOperations.Root(invocation), uriText)
            || IsNotMoneyMoving(invocation, uriText)
            || hasIdempotencyHandler.Value)
        {
            return;
        }

        string header = PaymentEndpoints.HeaderName(kind);
        ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty
            .Add(HeaderProperty, header)
            .Add(OperationProperty, PaymentEndpoints.OperationName(uriText));
        Report(context.ReportDiagnostic, invocation.Syntax.GetLocation(), context.ContainingSymbol, kind, uriText, properties, "HttpClient." + invocation.TargetMethod.Name, header);
    }

    // One report for every kind of send: a Swish v1 request gets the Swish descriptor and no header property (so no
    // header fix is offered: Swish v1 ignores any header), every other payment request the header advice.
    private static void Report(Action<Diagnostic> report, Location location, ISymbol? containingSymbol, EndpointKind kind, string uriText,
        ImmutableDictionary<string, string?> properties, string call, string header)
    {
        if (kind == EndpointKind.SwishV1)
        {
            string action = uriText.IndexOf("refunds", StringComparison.OrdinalIgnoreCase) >= 0 ? "refund" : "payment request";
            report(FinGuardDiagnostic.Create(Descriptors.SwishV1RequestWithoutInstructionId, location, containingSymbol,
                properties.Remove(HeaderProperty), call, action));
            return;
        }

        report(FinGuardDiagnostic.Create(Descriptors.PaymentHttpPostWithoutKey, location, containingSymbol, properties, call, header));
    }

    // A RestSharp POST/PUT/PATCH to a payment endpoint (RestSharpRequests) with no idempotency header named in the
    // method (request.AddHeader("Idempotency-Key", ...), client.AddDefaultHeader(...)) and the request not handed to other
    // code. Reported at the send (client.Execute(request)); no automatic fix.
    private static void AnalyzeRestSharpSend(SyntaxNodeAnalysisContext context, FinGuardOptions options)
    {
        var invocation = (InvocationExpressionSyntax)context.Node;
        if (RestSharpRequests.ReadUnsafeSend(invocation, context.SemanticModel, context.CancellationToken) is not { } send)
        {
            return;
        }

        EndpointKind kind = PaymentEndpoints.Classify(send.UriText, options.GetIdempotencyEndpoints(invocation.SyntaxTree));
        if (kind == EndpointKind.None
            || RestSharpRequests.MentionsKeyHeader(send.Body)
            || context.SemanticModel.GetOperation(invocation, context.CancellationToken) is not { } operation
            || IsNotMoneyMoving(operation, send.UriText))
        {
            return;
        }

        string header = PaymentEndpoints.HeaderName(kind);
        ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty
            .Add(HeaderProperty, header)
            .Add(OperationProperty, PaymentEndpoints.OperationName(send.UriText))
            .Add(WrapperProperty, "true");
        string call = "RestClient." + ((MemberAccessExpressionSyntax)invocation.Expression).Name.Identifier.ValueText;
        Report(context.ReportDiagnostic, invocation.GetLocation(), context.ContainingSymbol, kind, send.UriText, properties, call, header);
    }

    /// <summary>
    /// A body that carries the caller's reference (held-out set 23): a reference field set from a parameter of the sending
    /// method (<c>new { amount, reference, narration }</c> in <c>InitiateDebitAsync(..., string reference, ...)</c>,
    /// <c>txn_ref = model.txn_ref</c>). A request parameter posted whole is not read this way: its type's reference may
    /// be the caller's or unset (FG2004's wallet tests post such a request to a transfer and expect a report). The method is a provider
    /// or repository helper: the reference is the processor's duplicate guard (Paystack, Flutterwave, Monnify, OPay, Mono
    /// reject a repeated one), chosen by the caller, so only the caller can show it missing, as for the project's own
    /// helpers. Not when the method also makes a reference fresh (<c>refundReference = Guid.NewGuid()</c>: the request is
    /// judged by that one), nor on a refund, whose forwarded reference names the payment refunded, not the refund. Read
    /// from what the send is given and the locals it is built from, not the whole method (held-out set 21: a refund whose
    /// response object copies the caller's TransactionReference is still reported).
    /// </summary>
    private static bool SendsCallersReference(IOperation send, IOperation root, string uriText)
    {
        if (PaymentEndpoints.IsRefund(uriText))
        {
            return false;
        }

        // Only what the send is given (its body, content or request, and the locals they are built from): a reference
        // copied elsewhere in the method (a response or entity built from the same request) says nothing about the body.
        bool fresh = false;
        bool forwarded = false;
        foreach (IOperation part in send.ChildOperations)
        {
            forwarded |= CarriesCallersReference(part, root, 0, ref fresh);
        }

        return forwarded && !fresh;
    }

    private static bool CarriesCallersReference(IOperation value, IOperation root, int depth, ref bool fresh)
    {
        bool forwarded = false;
        foreach (IOperation part in value.DescendantOperationsAndSelf())
        {
            switch (part)
            {
                case ISimpleAssignmentOperation { Target: IMemberReferenceOperation member } assignment when WrappedHttpClients.IsReferenceName(member.Member.Name):
                    if (IsFreshInMethod(assignment.Value, root))
                    {
                        fresh = true;
                    }
                    else
                    {
                        forwarded |= ComesFromParameter(assignment.Value);
                    }

                    break;
                case ILocalReferenceOperation local when depth < 4:
                    foreach (IOperation candidate in root.DescendantOperations())
                    {
                        if (candidate is IVariableDeclaratorOperation declarator && SymbolEqualityComparer.Default.Equals(declarator.Symbol, local.Local)
                            && declarator.Initializer?.Value is { } initial)
                        {
                            forwarded |= CarriesCallersReference(initial, root, depth + 1, ref fresh);
                            break;
                        }
                    }

                    break;
            }
        }

        return forwarded;
    }

    // reference, model.txn_ref, request.Transfer.Reference, reference.ToString(): a value read from a parameter.
    private static bool ComesFromParameter(IOperation value)
    {
        IOperation? current = WrappedValues.StripImplicit(value);
        for (int depth = 0; current != null && depth < 5; depth++)
        {
            switch (current)
            {
                case IParameterReferenceOperation:
                    return true;
                case IMemberReferenceOperation member:
                    current = WrappedValues.StripImplicit(member.Instance);
                    break;
                case IInvocationOperation { TargetMethod.Name: "ToString", Instance: { } instance }:
                    current = WrappedValues.StripImplicit(instance);
                    break;
                default:
                    return false;
            }
        }

        return false;
    }

    // Test code (a test file), a request to the developer's own machine (a simulator or load test posting made-up
    // payments to localhost), a redirect payment the buyer still approves, or a reversal (PaymentRequestBody).
    private static bool IsNotMoneyMoving(IOperation invocation, string uriText)
        => TestProjects.IsTestFile(invocation.Syntax.SyntaxTree) || IsLoopback(uriText) || PaymentRequestBody.MovesNoMoney(IdempotencyOperations.Root(invocation), PaymentEndpoints.IsPayout(uriText))
           || SwishRequests.IsAppSwitchPaymentRequest(invocation, uriText) || IsInVoidMethod(invocation) || IsBodilessPutOnResource(invocation);

    // A void sent from a method named for it (Void, VoidAsync, VoidAuthorization; held-out set 20: a Payfort void posted to
    // the gateway's one payment URL): voiding releases an authorisation and moves no money, so a repeat cannot pay twice.
    // Not cancellations: a Cancel method often refunds what was captured.
    private static bool IsInVoidMethod(IOperation invocation)
    {
        for (SyntaxNode? node = invocation.Syntax.Parent; node != null; node = node.Parent)
        {
            if (node is MethodDeclarationSyntax method)
            {
                string name = method.Identifier.ValueText;
                return name.StartsWith("Void", StringComparison.Ordinal) && name.IndexOf("Refund", StringComparison.OrdinalIgnoreCase) < 0;
            }
        }

        return false;
    }

    // HttpClient.PutAsync(url built from an id, null) (held-out set 20: Borgun's PUT api/payment/{transactionId}/capture and
    // /refund): a PUT with no body carries no amount and names the transaction in its URL, so a retry captures or refunds
    // that same transaction in full again, which the processor refuses, instead of paying twice. PUT is idempotent by
    // definition; a PUT with a body (a new amount) stays reported.
    private static bool IsBodilessPutOnResource(IOperation operation)
    {
        if (operation is not IInvocationOperation { TargetMethod.Name: "PutAsync" } invocation)
        {
            return false;
        }

        bool noBody = false;
        bool builtUri = false;
        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            switch (argument.Parameter?.Name)
            {
                case "content":
                    noBody = WrappedValues.StripImplicit(argument.Value) is ILiteralOperation { ConstantValue: { HasValue: true, Value: null } } or IDefaultValueOperation;
                    break;
                case "requestUri":
                    builtUri = !argument.Value.ConstantValue.HasValue && WrappedValues.StripImplicit(argument.Value) is IBinaryOperation or IInterpolatedStringOperation;
                    break;
            }
        }

        return noBody && builtUri;
    }

    /// <summary>Whether the URI's constant text names a loopback host: <c>http(s)://localhost</c>, <c>127.x.x.x</c>, <c>[::1]</c>.</summary>
    internal static bool IsLoopback(string uriText)
    {
        int scheme = uriText.IndexOf("://", StringComparison.Ordinal);
        if (scheme < 0)
        {
            return false;
        }

        int host = scheme + 3;
        return StartsWithHost(uriText, host, "localhost") || string.CompareOrdinal(uriText, host, "127.", 0, 4) == 0 || string.CompareOrdinal(uriText, host, "[::1]", 0, 5) == 0;
    }

    private static bool StartsWithHost(string text, int start, string host)
        => string.Compare(text, start, host, 0, host.Length, StringComparison.OrdinalIgnoreCase) == 0
           && (text.Length == start + host.Length || text[start + host.Length] is ':' or '/' or '?');

    /// <summary>
    /// Whether <paramref name="invocation"/> is a POST/PUT/PATCH to a payment endpoint, with the constant text of its
    /// URI; shared with the FG5xxx rules, which need to know that a raw HTTP call moves money.
    /// </summary>
    /// <paramref name="byBodyType"/> (FG2004 only): a serialized body whose type names money movement
    /// (<see cref="PaymentEndpoints.IsMoneyMovingRequestTypeName"/>) makes a request whose URL has no constant path a payment.
    /// <paramref name="keylessJsonCopies"/> (FG2004 only): a project's own copy of <c>PostAsJsonAsync</c> (an extension of
    /// <c>HttpClient</c> by that name, declared in source) that these helpers find sending without a key is judged as the
    /// framework's is, by its URL or its body's type (held-out set 22: a card payment posted to an acquiring bank through
    /// the project's PostAsJsonAsync(this HttpClient, Uri, T)).
    internal static bool TryClassifyPaymentRequest(IInvocationOperation invocation, HttpSymbols http, FinGuardOptions options, out string uriText, out EndpointKind kind, bool byBodyType = false,
        WrappedHttpClients? keylessJsonCopies = null, System.Threading.CancellationToken cancellationToken = default)
    {
        uriText = string.Empty;
        kind = EndpointKind.None;
        IMethodSymbol method = invocation.TargetMethod;
        string name = method.Name;
        IOperation? client;
        IOperation? uri;
        IOperation? request = null;
        IOperation? body = null;
        if (method.IsExtensionMethod && (IsJsonExtensions(method.ContainingType, http) || (keylessJsonCopies != null && IsProjectJsonExtensionCopy(method, http) && keylessJsonCopies.SendsWithoutKey(method, cancellationToken))))
        {
            if (!IsSerializingSendName(name))
            {
                return false;
            }

            client = ArgumentAt(invocation, 0);
            uri = ArgumentAt(invocation, 1);
            body = ArgumentAt(invocation, 2);
        }
        else if (DerivesFrom(method.ContainingType, http.HttpMessageInvoker))
        {
            switch (name)
            {
                case "PostAsync":
                case "PutAsync":
                case "PatchAsync":
                    client = invocation.Instance;
                    uri = ArgumentAt(invocation, 0);
                    break;
                case "SendAsync":
                case "Send":
                    client = invocation.Instance;
                    request = ArgumentAt(invocation, 0);
                    uri = null;
                    break;
                default:
                    return false;
            }
        }
        else
        {
            return false;
        }

        IOperation root = IdempotencyOperations.Root(invocation);
        if (request != null)
        {
            // SendAsync: judge only a request built in this method, with a visible POST/PUT/PATCH.
            if (!TryReadRequest(request, invocation, root, http, out uri))
            {
                return false;
            }
        }

        if (uri != null && WrappedValues.StripImplicit(uri) is { Type: { } uriType } && !IsStringOrUri(uriType, http))
        {
            return false;
        }

        var text = new StringBuilder();
        AppendBaseAddress(client, root, text);
        if (uri != null)
        {
            text.Append('/');
            AppendConstantText(uri, root, text, 0);
        }

        uriText = text.ToString();
        kind = PaymentEndpoints.Classify(uriText, options.GetIdempotencyEndpoints(invocation.Syntax.SyntaxTree));
        if (kind == EndpointKind.None && byBodyType && BodyTypeNamesPayment(WrappedValues.StripImplicit(body)?.Type, uriText))
        {
            kind = EndpointKind.IdempotencyKeyHeader;
        }

        return kind != EndpointKind.None;
    }

    // PostAsJsonAsync(url, model) where url is a parameter or a value read from the database: CardPaymentSubmitModel says
    // what is sent. A URL with any constant path keeps deciding (PostAsJsonAsync("api/orders", model) is an order).
    private static bool BodyTypeNamesPayment(ITypeSymbol? bodyType, string uriText)
        => bodyType is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } named && named.SpecialType == SpecialType.None
           && !PaymentEndpoints.HasConstantPath(uriText) && PaymentEndpoints.IsMoneyMovingRequestTypeName(named.Name);

    // PostAsJsonAsync<T>(this HttpClient client, Uri url, T data) declared in the project: a copy of the framework's
    // serializing send (the name and the shape, client, URI and body, say so), not a wrapper that names the endpoint.
    private static bool IsProjectJsonExtensionCopy(IMethodSymbol method, HttpSymbols http)
    {
        IMethodSymbol declared = method.ReducedFrom ?? method;
        return IsSerializingSendName(method.Name) && !declared.Locations.IsEmpty && declared.Locations[0].IsInSource && declared.Parameters.Length >= 3
               && DerivesFrom(declared.Parameters[0].Type as INamedTypeSymbol, http.HttpMessageInvoker) && IsStringOrUri(declared.Parameters[1].Type, http);
    }

    // System.Net.Http.Json's HttpClientJsonExtensions and Microsoft.AspNet.WebApi.Client's HttpClientExtensions (the
    // PostAsJsonAsync of .NET Framework and .NET Core 3.1 projects, held-out set 18).
    private static bool IsJsonExtensions(INamedTypeSymbol? type, HttpSymbols http)
        => type != null && (SymbolEqualityComparer.Default.Equals(type, http.JsonExtensions) || SymbolEqualityComparer.Default.Equals(type, http.WebApiClientExtensions));

    // PostAsJsonAsync, PutAsJsonAsync, PatchAsJsonAsync and WebApi.Client's PostAsXmlAsync/PutAsXmlAsync: a body serialized
    // and sent with an unsafe method.
    private static bool IsSerializingSendName(string name)
        => name is "PostAsJsonAsync" or "PutAsJsonAsync" or "PatchAsJsonAsync" or "PostAsXmlAsync" or "PutAsXmlAsync";

    /// <summary>
    /// <c>client.PostAsJsonAsync(url, body)</c> that does not bind because the package that declares it
    /// (Microsoft.AspNet.WebApi.Client, System.Net.Http.Json on older targets) is not restored: an editor before restore
    /// sees no method, only an <see cref="IInvalidOperation"/>. The receiver's type still binds, so a call on an
    /// <c>HttpClient</c> by one of these names is the serializing send whatever package declares it, and is judged as
    /// the bound call is (held-out set 18: payments and transfers posted between a bank's own services).
    /// </summary>
    private static void AnalyzeUnboundJsonSend(OperationAnalysisContext context, HttpSymbols http, FinGuardOptions options, Lazy<bool> hasIdempotencyHandler)
    {
        // The cheap syntax test first: most invalid operations are not a call by one of these names.
        if (context.Operation.Syntax is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access, ArgumentList.Arguments: { Count: >= 2 } arguments } invocation
            || !IsSerializingSendName(access.Name.Identifier.ValueText)
            || context.Operation.SemanticModel is not { } model
            || model.GetSymbolInfo(invocation, context.CancellationToken).Symbol != null
            || model.GetTypeInfo(access.Expression, context.CancellationToken).Type is not INamedTypeSymbol receiverType
            || !DerivesFrom(receiverType, http.HttpMessageInvoker))
        {
            return;
        }

        IOperation root = IdempotencyOperations.Root(context.Operation);
        IOperation? uri = model.GetOperation(arguments[0].Expression, context.CancellationToken);
        if (uri == null || WrappedValues.StripImplicit(uri) is { Type: { } uriType } && !IsStringOrUri(uriType, http))
        {
            return;
        }

        var text = new StringBuilder();
        AppendBaseAddress(model.GetOperation(access.Expression, context.CancellationToken), root, text);
        text.Append('/');
        AppendConstantText(uri, root, text, 0);
        string uriText = text.ToString();
        EndpointKind kind = PaymentEndpoints.Classify(uriText, options.GetIdempotencyEndpoints(invocation.SyntaxTree));
        if (kind == EndpointKind.None && BodyTypeNamesPayment(model.GetTypeInfo(arguments[1].Expression, context.CancellationToken).Type, uriText))
        {
            kind = EndpointKind.IdempotencyKeyHeader;
        }

        if (kind == EndpointKind.None
            || MethodAddsIdempotencyHeader(root, http)
            || MentionsIdempotencyHeader(root)
            || SetsStableReferenceHeader(root)
            || PaymentRequestBody.CarriesIdempotencyField(root)
            || SendsCallersReference(context.Operation, root, uriText)
            || IsNotMoneyMoving(context.Operation, uriText)
            || hasIdempotencyHandler.Value)
        {
            return;
        }

        // No automatic fix: the fix rewrites the bound call into a request message, which needs the method's symbol.
        string header = PaymentEndpoints.HeaderName(kind);
        ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty
            .Add(HeaderProperty, header)
            .Add(OperationProperty, PaymentEndpoints.OperationName(uriText))
            .Add(WrapperProperty, "true");
        Report(context.ReportDiagnostic, invocation.GetLocation(), context.ContainingSymbol, kind, uriText, properties, "HttpClient." + access.Name.Identifier.ValueText, header);
    }

    /// <summary>
    /// The pre-HttpClient APIs: <c>WebRequest.Create(uri)</c>/<c>CreateHttp</c> whose request this method sets to
    /// <c>Method = "POST"</c> (or PUT/PATCH), and <c>WebClient.UploadValues/UploadString/UploadData(uri[, "POST"], ...)</c>,
    /// to a payment endpoint, with no idempotency header set on the request or client in the method and the request not
    /// handed to other code (which may add one).
    /// </summary>
    private static bool TryClassifyLegacyRequest(IInvocationOperation invocation, HttpSymbols http, FinGuardOptions options, out string uriText, out EndpointKind kind, out string display)
    {
        uriText = string.Empty;
        kind = EndpointKind.None;
        display = string.Empty;
        IMethodSymbol method = invocation.TargetMethod;
        string name = method.Name;
        bool create = name is "Create" or "CreateHttp";
        bool upload = !create && name.StartsWith("Upload", StringComparison.Ordinal)
                      && (name.StartsWith("UploadValues", StringComparison.Ordinal) || name.StartsWith("UploadString", StringComparison.Ordinal) || name.StartsWith("UploadData", StringComparison.Ordinal));
        if ((!create && !upload) || invocation.Arguments.IsEmpty)
        {
            return false;
        }

        IOperation root = IdempotencyOperations.Root(invocation);
        ISymbol? target;
        if (create)
        {
            if (http.WebRequest == null || !method.IsStatic || !DerivesFrom(method.ContainingType, http.WebRequest))
            {
                return false;
            }

            // HttpWebRequest request = (HttpWebRequest)WebRequest.Create(url): the local that holds the request.
            IOperation created = invocation;
            while (created.Parent is IConversionOperation or IParenthesizedOperation)
            {
                created = created.Parent;
            }

            target = created.Parent switch
            {
                IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol,
                ISimpleAssignmentOperation { Target: ILocalReferenceOperation local } => local.Local,
                _ => null,
            };
            if (target == null || !SetsUnsafeMethod(target, root))
            {
                return false;
            }

            display = "WebRequest." + name;
        }
        else
        {
            if (http.WebClient == null || method.IsStatic || !DerivesFrom(method.ContainingType, http.WebClient))
            {
                return false;
            }

            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                if (argument.Parameter?.Name == "method" && argument.ArgumentKind != ArgumentKind.DefaultValue
                    && !(argument.Value.ConstantValue.Value is string verb && IsUnsafeVerb(verb)))
                {
                    return false;
                }
            }

            target = WrappedValues.StripImplicit(invocation.Instance) switch
            {
                ILocalReferenceOperation local => local.Local,
                IFieldReferenceOperation field => field.Field,
                IParameterReferenceOperation parameter => parameter.Parameter,
                _ => null,
            };
            display = "WebClient." + name;
        }

        var text = new StringBuilder();
        AppendConstantText(ArgumentAt(invocation, 0), root, text, 0);
        uriText = text.ToString();
        kind = PaymentEndpoints.Classify(uriText, options.GetIdempotencyEndpoints(invocation.Syntax.SyntaxTree));
        return kind != EndpointKind.None && !(target != null && SetsIdempotencyHeaderOrEscapes(target, invocation, root));
    }

    private static bool IsUnsafeVerb(string verb)
        => string.Equals(verb, "POST", StringComparison.OrdinalIgnoreCase) || string.Equals(verb, "PUT", StringComparison.OrdinalIgnoreCase) || string.Equals(verb, "PATCH", StringComparison.OrdinalIgnoreCase);

    private static ISymbol? ReferencedSymbol(IOperation? operation) => WrappedValues.StripImplicit(operation) switch
    {
        ILocalReferenceOperation local => local.Local,
        IFieldReferenceOperation field => field.Field,
        IParameterReferenceOperation parameter => parameter.Parameter,
        _ => null,
    };

    // request.Method = "POST" (a constant) on the local that holds the request.
    private static bool SetsUnsafeMethod(ISymbol request, IOperation root)
    {
        foreach (IOperation operation in root.DescendantOperations())
        {
            if (operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "Method" } property } assignment
                && SymbolEqualityComparer.Default.Equals(ReferencedSymbol(property.Instance), request)
                && assignment.Value.ConstantValue.Value is string verb && IsUnsafeVerb(verb))
            {
                return true;
            }
        }

        return false;
    }

    // request.Headers.Add("Idempotency-Key", key) / client.Headers["PayPal-Request-Id"] = id, or the request or client
    // passed to other code (a helper that signs it or adds headers).
    private static bool SetsIdempotencyHeaderOrEscapes(ISymbol target, IInvocationOperation call, IOperation root)
    {
        foreach (IOperation operation in root.DescendantOperations())
        {
            switch (operation)
            {
                case IInvocationOperation { TargetMethod.Name: "Add" or "Set", Instance: IPropertyReferenceOperation { Property.Name: "Headers" } headers } add
                    when add.Arguments.Length >= 1 && SymbolEqualityComparer.Default.Equals(ReferencedSymbol(headers.Instance), target):
                    if (IdempotencyOperations.IsIdempotencyHeaderName(add.Arguments[0].Value.ConstantValue.Value as string))
                    {
                        return true;
                    }

                    break;
                case IPropertyReferenceOperation { Property.IsIndexer: true, Instance: IPropertyReferenceOperation { Property.Name: "Headers" } indexed } indexer
                    when indexer.Arguments.Length == 1 && SymbolEqualityComparer.Default.Equals(ReferencedSymbol(indexed.Instance), target):
                    if (IdempotencyOperations.IsIdempotencyHeaderName(indexer.Arguments[0].Value.ConstantValue.Value as string))
                    {
                        return true;
                    }

                    break;
                case IArgumentOperation argument when !ReferenceEquals(argument.Parent, call)
                                                      && SymbolEqualityComparer.Default.Equals(ReferencedSymbol(argument.Value), target)
                                                      && target is ILocalSymbol:
                    return true;
            }
        }

        return false;
    }

    private static IOperation? ArgumentAt(IInvocationOperation invocation, int ordinal)
    {
        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            if (argument.Parameter?.Ordinal == ordinal)
            {
                return argument.ArgumentKind == ArgumentKind.DefaultValue ? null : argument.Value;
            }
        }

        return null;
    }

    private static bool IsStringOrUri(ITypeSymbol type, HttpSymbols http)
        => type.SpecialType == SpecialType.System_String || SymbolEqualityComparer.Default.Equals(type, http.Uri);

    /// <summary>The request's URI when the request is built in this method with a POST, PUT or PATCH and not handed to other code.</summary>
    private static bool TryReadRequest(IOperation request, IInvocationOperation send, IOperation root, HttpSymbols http, out IOperation? uri)
    {
        uri = null;
        IOperation? value = WrappedValues.StripImplicit(request);
        IObjectCreationOperation? creation = value as IObjectCreationOperation;
        ILocalSymbol? local = (value as ILocalReferenceOperation)?.Local;
        IOperation? method = null;
        if (local != null)
        {
            foreach (IOperation operation in root.DescendantOperations())
            {
                switch (operation)
                {
                    case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                        creation = WrappedValues.StripImplicit(declarator.Initializer?.Value) as IObjectCreationOperation;
                        break;
                    case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Instance: ILocalReferenceOperation instance } property } assignment
                        when SymbolEqualityComparer.Default.Equals(instance.Local, local):
                        if (property.Property.Name == "Method")
                        {
                            method = assignment.Value;
                        }
                        else if (property.Property.Name == "RequestUri")
                        {
                            uri = assignment.Value;
                        }

                        break;
                    case ILocalReferenceOperation reference when SymbolEqualityComparer.Default.Equals(reference.Local, local) && IsHandedToOtherCode(reference, send):
                        return false;
                }
            }
        }

        if (creation == null || !SymbolEqualityComparer.Default.Equals(creation.Type, http.HttpRequestMessage))
        {
            return false;
        }

        foreach (IArgumentOperation argument in creation.Arguments)
        {
            if (argument.Parameter?.Ordinal == 0)
            {
                method ??= argument.Value;
            }
            else if (argument.Parameter?.Ordinal == 1)
            {
                uri ??= argument.Value;
            }
        }

        if (creation.Initializer != null)
        {
            foreach (IOperation initializer in creation.Initializer.Initializers)
            {
                if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment)
                {
                    if (property.Property.Name == "Method")
                    {
                        method = assignment.Value;
                    }
                    else if (property.Property.Name == "RequestUri")
                    {
                        uri = assignment.Value;
                    }
                    else if (property.Property.Name == "Headers")
                    {
                        return false;
                    }
                }
            }
        }

        return IsUnsafeMethod(method, http);
    }

    // Passed to anything but the send itself (a signer, a helper that adds headers) or captured: not judged.
    private static bool IsHandedToOtherCode(ILocalReferenceOperation reference, IInvocationOperation send)
    {
        IOperation? parent = reference.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation)
        {
            parent = parent.Parent;
        }

        return parent is IArgumentOperation argument && !ReferenceEquals(argument.Parent, send)
            || parent is ISimpleAssignmentOperation { Value: var assigned } && ReferenceEquals(WrappedValues.StripImplicit(assigned), reference)
            || parent is IReturnOperation;
    }

    private static bool IsUnsafeMethod(IOperation? method, HttpSymbols http)
    {
        switch (WrappedValues.StripImplicit(method))
        {
            case IPropertyReferenceOperation property when SymbolEqualityComparer.Default.Equals(property.Property.ContainingType, http.HttpMethod):
                return property.Property.Name is "Post" or "Put" or "Patch";
            case IObjectCreationOperation creation when creation.Arguments.Length == 1 && creation.Arguments[0].Value.ConstantValue.Value is string verb:
                return string.Equals(verb, "POST", StringComparison.OrdinalIgnoreCase) || string.Equals(verb, "PUT", StringComparison.OrdinalIgnoreCase) || string.Equals(verb, "PATCH", StringComparison.OrdinalIgnoreCase);
            default:
                return false;
        }
    }

    private static void AppendBaseAddress(IOperation? client, IOperation root, StringBuilder text)
    {
        ISymbol? clientSymbol = WrappedValues.StripImplicit(client) switch
        {
            ILocalReferenceOperation local => local.Local,
            IFieldReferenceOperation field => field.Field,
            IPropertyReferenceOperation property => property.Property,
            IParameterReferenceOperation parameter => parameter.Parameter,
            _ => null,
        };
        if (clientSymbol == null)
        {
            return;
        }

        foreach (IOperation operation in root.DescendantOperations())
        {
            if (operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "BaseAddress" } target } assignment
                && SymbolEqualityComparer.Default.Equals(ClientReferences.Of(target.Instance, assignment, throughFieldInitializers: false), clientSymbol))
            {
                AppendConstantText(assignment.Value, root, text, 0);
                return;
            }
        }
    }

    /// <summary>Appends the constant parts of a URI expression; unknown parts append nothing.</summary>
    internal static void AppendConstantText(IOperation? operation, IOperation root, StringBuilder text, int depth)
    {
        operation = WrappedValues.StripImplicit(operation);
        if (operation == null || depth > 4)
        {
            return;
        }

        if (operation.ConstantValue.HasValue)
        {
            if (operation.ConstantValue.Value is string constant)
            {
                text.Append(constant);
            }

            return;
        }

        switch (operation)
        {
            case IInterpolatedStringOperation interpolated:
                foreach (IInterpolatedStringContentOperation part in interpolated.Parts)
                {
                    if (part is IInterpolatedStringTextOperation textPart)
                    {
                        AppendConstantText(textPart.Text, root, text, depth + 1);
                    }
                    else if (part is IInterpolationOperation interpolation)
                    {
                        AppendConstantText(interpolation.Expression, root, text, depth + 1);
                    }
                }

                break;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary:
                AppendConstantText(binary.LeftOperand, root, text, depth + 1);
                AppendConstantText(binary.RightOperand, root, text, depth + 1);
                break;
            case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                // IsInProduction ? "https://api.safaricom.co.ke/mpesa/stkpush/v1/processrequest" : "https://sandbox.safaricom…/mpesa/
                // stkpush/v1/processrequest" (held-out set 17): a live and a sandbox host of one operation; the first branch
                // that gives any text names it.
                int before = text.Length;
                AppendConstantText(conditional.WhenTrue, root, text, depth + 1);
                if (text.Length == before)
                {
                    AppendConstantText(whenFalse, root, text, depth + 1);
                }

                break;
            // new Uri(...) and new UriBuilder(...) (held-out set 18: new UriBuilder(isSandbox ? ".../stkpush/v1/processrequest"
            // : "...")), their string and Uri arguments joined.
            case IObjectCreationOperation creation when creation.Type?.Name is "Uri" or "UriBuilder":
                foreach (IArgumentOperation argument in creation.Arguments)
                {
                    if (argument.Value.Type?.SpecialType == SpecialType.System_String || argument.Value.Type?.Name == "Uri")
                    {
                        if (text.Length > 0)
                        {
                            text.Append('/');
                        }

                        AppendConstantText(argument.Value, root, text, depth + 1);
                    }
                }

                break;
            case IInvocationOperation { TargetMethod.Name: "ToString", Arguments.Length: 0, Instance: { Type.Name: "Uri" or "String" or "UriBuilder" } instance }:
                // url.ToString() of a Uri built in the method (new Uri(new Uri(baseUrl), "/api/transfer")), or of a UriBuilder.
                AppendConstantText(instance, root, text, depth + 1);
                break;
            case IPropertyReferenceOperation { Property.Name: "Uri", Instance: { Type.Name: "UriBuilder" } builder }:
                // builder.Uri: the Uri a UriBuilder built in the method makes.
                AppendConstantText(builder, root, text, depth + 1);
                break;
            case IFieldReferenceOperation { Field: { IsStatic: true } field } when StaticFieldLiteral(field) is string literal:
                // Route tables kept as static fields (public static string RequestToPay = "/collection/v1_0/requesttopay").
                text.Append(literal);
                break;
            case IPropertyReferenceOperation { Property: var property } when SettingNamedOperation(property.Name) is string propertyOperation:
                // _options.PaymentEndpoint, settings.RefundUrl: a URL read from configuration is named for what it does;
                // the name stands for the path it holds (BaseUrl, ApiUrl and CallbackUrl name no operation).
                text.Append(propertyOperation);
                break;
            case IFieldReferenceOperation { Field: { IsConst: false } settingField } when StaticFieldLiteral(settingField) == null && SettingNamedOperation(settingField.Name) is string fieldOperation:
                text.Append(fieldOperation);
                break;
            case ILocalReferenceOperation local:
                foreach (IOperation candidate in root.DescendantOperations())
                {
                    if (candidate is IVariableDeclaratorOperation declarator && SymbolEqualityComparer.Default.Equals(declarator.Symbol, local.Local))
                    {
                        AppendConstantText(declarator.Initializer?.Value, root, text, depth + 1);
                        AppendCompoundAppends(local, root, text, depth);
                        return;
                    }
                }

                break;
        }
    }

    // PaymentEndpoint, _refundUrl, ChargeUri: the name without its URL word ("Payment"), or null for a name that is only a
    // URL word or no URL's name at all.
    private static string? SettingNamedOperation(string name)
    {
        string trimmed = name.TrimStart('_');
        foreach (string suffix in UrlNameSuffixes)
        {
            if (trimmed.Length > suffix.Length && trimmed.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)
                && (char.IsUpper(trimmed[trimmed.Length - suffix.Length]) || trimmed[trimmed.Length - suffix.Length - 1] == '_'))
            {
                return trimmed.Substring(0, trimmed.Length - suffix.Length).TrimEnd('_');
            }
        }

        return null;
    }

    private static readonly string[] UrlNameSuffixes = { "Endpoint", "Url", "Uri" };

    // A URL built up in steps before the send (url += "/v2/checkout/orders/" + id + "/capture"): the local's text is its
    // initializer followed by every `+=` of it that comes before this use, in source order (held-out set 14: a PayPal
    // capture whose base URL comes from configuration). Appends after the use do not reach this request.
    private static void AppendCompoundAppends(ILocalReferenceOperation local, IOperation root, StringBuilder text, int depth)
    {
        int use = local.Syntax.SpanStart;
        foreach (IOperation candidate in root.DescendantOperations())
        {
            if (candidate is ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add, Target: ILocalReferenceOperation target } append
                && append.Syntax.Span.End <= use
                && SymbolEqualityComparer.Default.Equals(target.Local, local.Local))
            {
                AppendConstantText(append.Value, root, text, depth + 1);
            }
        }
    }

    // The project's own HTTP helper called with a payment endpoint (see WrappedHttpClients); the cheap name test first.
    private static bool TryClassifyWrapperRequest(IInvocationOperation invocation, FinGuardOptions options, WrappedHttpClients wrappers, System.Threading.CancellationToken cancellationToken, out string uriText, out EndpointKind kind)
    {
        uriText = string.Empty;
        kind = EndpointKind.None;
        if (WrappedHttpClients.UriArgument(invocation) is not IOperation uri)
        {
            return false;
        }

        var text = new StringBuilder();
        AppendConstantText(uri, IdempotencyOperations.Root(invocation), text, 0);
        uriText = text.ToString();
        kind = PaymentEndpoints.Classify(uriText, options.GetIdempotencyEndpoints(invocation.Syntax.SyntaxTree));
        return kind != EndpointKind.None && wrappers.SendsWithoutKey(invocation.TargetMethod, cancellationToken);
    }

    // An idempotency header's name anywhere in the method (a headers dictionary or list handed to a helper: the
    // helper adds it to the request).
    private static bool MentionsIdempotencyHeader(IOperation root)
    {
        foreach (IOperation operation in root.DescendantOperations())
        {
            if (operation is ILiteralOperation && IdempotencyOperations.IsIdempotencyHeaderName(operation.ConstantValue.Value as string))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A processor reference header (MTN MoMo's <c>X-Reference-Id</c>) whose value is not made fresh in this method:
    /// the processor rejects a repeated reference, so a reference taken from the order or the caller is a duplicate
    /// guard. The reference is mandatory, so a value made here (<c>Guid.NewGuid()</c>) is only the protocol's minimum,
    /// new on every call, and guards nothing (held-out set 11).
    /// </summary>
    private static bool SetsStableReferenceHeader(IOperation root)
    {
        foreach (IOperation operation in root.DescendantOperations())
        {
            ImmutableArray<IArgumentOperation> arguments = operation switch
            {
                IInvocationOperation { TargetMethod.Name: "Add" or "TryAddWithoutValidation" } add => add.Arguments,
                IObjectCreationOperation { Type.Name: "KeyValuePair" } pair => pair.Arguments,
                _ => ImmutableArray<IArgumentOperation>.Empty,
            };
            if (arguments.Length == 2 && IsReferenceHeaderName(ConstantString(arguments[0].Value)) && !IsFreshInMethod(arguments[1].Value, root))
            {
                return true;
            }
        }

        return false;
    }

    // The same reference header with a value made fresh here: the request is judged by it, whatever else it forwards.
    private static bool SetsFreshReferenceHeader(IOperation root)
    {
        foreach (IOperation operation in root.DescendantOperations())
        {
            ImmutableArray<IArgumentOperation> arguments = operation switch
            {
                IInvocationOperation { TargetMethod.Name: "Add" or "TryAddWithoutValidation" } add => add.Arguments,
                IObjectCreationOperation { Type.Name: "KeyValuePair" } pair => pair.Arguments,
                _ => ImmutableArray<IArgumentOperation>.Empty,
            };
            if (arguments.Length == 2 && IsReferenceHeaderName(ConstantString(arguments[0].Value)) && IsFreshInMethod(arguments[1].Value, root))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsReferenceHeaderName(string? name) => string.Equals(name, "X-Reference-Id", StringComparison.OrdinalIgnoreCase);

    // A constant, or a static field of this project initialised with a literal (Constants.PaymentReferenceHeader).
    private static string? ConstantString(IOperation? value)
    {
        value = WrappedValues.StripImplicit(value);
        if (value?.ConstantValue.Value is string constant)
        {
            return constant;
        }

        return value is IFieldReferenceOperation { Field: { IsStatic: true } field } ? StaticFieldLiteral(field) : null;
    }

    // The value made fresh in the method: directly, through an interpolation, or through a local's initializer.
    private static bool IsFreshInMethod(IOperation value, IOperation root)
    {
        if (IdempotencyOperations.FindFreshValue(value) != null)
        {
            return true;
        }

        foreach (IOperation part in value.DescendantOperationsAndSelf())
        {
            if (part is ILocalReferenceOperation local)
            {
                foreach (IOperation candidate in root.DescendantOperations())
                {
                    if (candidate is IVariableDeclaratorOperation declarator && SymbolEqualityComparer.Default.Equals(declarator.Symbol, local.Local)
                        && IdempotencyOperations.FindFreshValue(declarator.Initializer?.Value) != null)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>The string literal a static field of this project is initialised with (<c>public static string Pay = "/v1/pay";</c>), or null.</summary>
    private static string? StaticFieldLiteral(IFieldSymbol field)
    {
        if (field.IsConst || field.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        return field.DeclaringSyntaxReferences[0].GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: LiteralExpressionSyntax literal } && literal.IsKind(SyntaxKind.StringLiteralExpression)
            ? literal.Token.ValueText
            : null;
    }

    private static bool MethodAddsIdempotencyHeader(IOperation root, HttpSymbols http)
    {
        foreach (IOperation operation in root.DescendantOperations())
        {
            if (operation is IInvocationOperation { TargetMethod.Name: "Add" or "TryAddWithoutValidation" } add
                && add.Arguments.Length == 2
                && DerivesFrom(add.TargetMethod.ContainingType, http.Headers))
            {
                foreach (IArgumentOperation argument in add.Arguments)
                {
                    if (argument.Parameter?.Ordinal == 0 && IdempotencyOperations.IsIdempotencyHeaderName(argument.Value.ConstantValue.Value as string))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static bool DerivesFrom(INamedTypeSymbol? type, INamedTypeSymbol baseType)
    {
        for (INamedTypeSymbol? current = type; current != null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, baseType))
            {
                return true;
            }
        }

        return false;
    }
}
