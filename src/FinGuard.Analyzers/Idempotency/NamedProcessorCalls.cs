using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.Idempotency;

/// <summary>
/// FG2003 for processor SDKs whose money-moving calls are recognised by their real type and member names, so that
/// they are found also before restore (the SDK's types are then error types that keep their names):
/// <list type="bullet">
/// <item>Authorize.Net: <c>createTransactionController.Execute()</c> of a charge, authorization, capture or refund
/// (<c>transactionTypeEnum.authCaptureTransaction</c>...) with no <c>duplicateWindow</c> setting in the method;</item>
/// <item>Braintree: <c>gateway.Transaction.Sale(new TransactionRequest { ... })</c> without an <c>OrderId</c>
/// (Braintree's duplicate-transaction check keys on it), and <c>gateway.Subscription.Create(new SubscriptionRequest { ... })</c>
/// billed at once (no trial, no later first billing date) without a subscription <c>Id</c>;</item>
/// <item>PayPal Checkout SDK: <c>client.Execute(new OrdersCaptureRequest(id))</c> (order create/capture/authorize,
/// authorization capture, capture refund) with no <c>PayPalRequestId(...)</c> on the request;</item>
/// <item>Authorize.Net AIM (the name/value POST API): <c>webClient.UploadValues(url, form)</c> in a method that sets
/// <c>x_type</c> to a charge, authorization, capture or credit and no <c>x_duplicate_window</c>;</item>
/// <item>PayPal REST API v1 (<c>PayPal.Api</c>): <c>payment.Create(apiContext)</c> with no request id set on the
/// <c>APIContext</c> in the method;</item>
/// <item>PayPal classic (Merchant SDK / SOAP): <c>DoCapture(DoCaptureReq)</c>, <c>DoDirectPayment</c>,
/// <c>DoExpressCheckoutPayment</c>, <c>DoReferenceTransaction</c>, <c>RefundTransaction</c>, <c>BillUser</c>,
/// <c>BillOutstandingAmount</c>, <c>DoNonReferencedCredit</c>, <c>MassPay</c>, <c>DoUATPExpressCheckoutPayment</c>,
/// <c>CreateRecurringPaymentsProfile</c> with no <c>MsgSubID</c>;</item>
/// <item>Elavon Converge: a POST to <c>VirtualMerchant/process.do</c> or <c>processxml.do</c> with a charging
/// <c>ssl_transaction_type</c> and no <c>ssl_invoice_number</c> in the method;</item>
/// <item>Iyzipay: <c>Payment.Create(request, options)</c> (and pre/post-authorisation, 3-D Secure completion, refund) with a
/// request built here whose <c>ConversationId</c> is missing or made fresh per call;</item>
/// <item>Fortis (<c>FortisAPI.Standard</c>): <c>CCSale*</c>, <c>CCAuthOnly*</c>, <c>CCForce*</c>, <c>CCRefund*</c>, ACH debits,
/// credits and refunds, and recurring records created with a request built here without its api id.</item>
/// </list>
/// Test projects are skipped (sandbox calls in tests are not a double-charge risk).
/// </summary>
internal static class NamedProcessorCalls
{
    private static readonly string[] AuthorizeNetMoneyTransactions =
    {
        "authCaptureTransaction", "authOnlyTransaction", "priorAuthCaptureTransaction", "captureOnlyTransaction",
        "refundTransaction", "authOnlyContinueTransaction", "authCaptureContinueTransaction",
    };

    // Authorize.Net AIM (the name/value POST API): x_type values that charge, authorize, capture or refund.
    private static readonly string[] AimMoneyTypes =
    {
        "AUTH_CAPTURE", "AUTH_ONLY", "PRIOR_AUTH_CAPTURE", "CAPTURE_ONLY", "CREDIT",
    };

    private static readonly string[] PayPalCheckoutMoneyRequests =
    {
        "OrdersCreateRequest", "OrdersCaptureRequest", "OrdersAuthorizeRequest", "AuthorizationsCaptureRequest", "CapturesRefundRequest",
    };

    private static readonly string[] PayPalClassicMoneyCalls =
    {
        "DoCapture", "DoDirectPayment", "DoExpressCheckoutPayment", "DoReferenceTransaction", "RefundTransaction", "DoAuthorization",
        // Also money-moving or billable: merchant-initiated charges, credits to a card, payouts, UATP payments, subscriptions.
        "BillUser", "BillOutstandingAmount", "DoNonReferencedCredit", "MassPay", "DoUATPExpressCheckoutPayment", "CreateRecurringPaymentsProfile",
    };

    /// <summary>Returns the call's name and the missing mechanism when the invocation is one of the recognised calls without its key.</summary>
    public static (string Call, string Mechanism)? Check(InvocationExpressionSyntax invocation, SemanticModel model, System.Threading.CancellationToken cancellationToken)
    {
        if (invocation.Expression is not MemberAccessExpressionSyntax access)
        {
            return null;
        }

        string name = access.Name.Identifier.ValueText;
        switch (name)
        {
            case "Execute":
            case "ExecuteAsync":
                return CheckExecute(invocation, access, model, cancellationToken);
            case "Sale":
            case "SaleAsync":
                return CheckBraintreeSale(invocation, access, model, cancellationToken);
            case "Create":
                return CheckPayPalRestPayment(invocation, access, model, cancellationToken) ?? CheckIyzipay(invocation, access, name, model, cancellationToken)
                    ?? CheckBraintreeSubscription(invocation, access, name, model, cancellationToken) ?? CheckConvergePost(invocation, model, cancellationToken);
            case "CreateAsync":
                return CheckIyzipay(invocation, access, name, model, cancellationToken) ?? CheckBraintreeSubscription(invocation, access, name, model, cancellationToken);
            case "UploadValues":
            case "UploadValuesAsync":
            case "UploadValuesTaskAsync":
                return CheckAimPost(invocation) ?? CheckConvergePost(invocation, model, cancellationToken);
            case "CreatePayment":
            case "CreatePaymentAsync":
            case "CapturePayment":
            case "CapturePaymentAsync":
            case "CreateRefund":
            case "CreateRefundAsync":
            case "CreatePayout":
            case "CreatePayoutAsync":
                return CheckYooKassa(invocation, access, name, model, cancellationToken);
            case "CreateHttp":
            case "UploadString":
            case "UploadStringAsync":
            case "UploadStringTaskAsync":
            case "UploadData":
            case "UploadDataTaskAsync":
            case "PostAsync":
            case "SendAsync":
                return CheckConvergePost(invocation, model, cancellationToken);
            default:
                if (IsFortisMoneyCall(name))
                {
                    return CheckFortis(invocation, access, name, model, cancellationToken);
                }

                return Array.IndexOf(PayPalClassicMoneyCalls, name) >= 0 ? CheckPayPalClassic(invocation, name, model, cancellationToken) : null;
        }
    }

    // Iyzipay (iyzico's .NET SDK, namespace Iyzipay.Model): the static Create of the resources that charge, authorise,
    // capture or refund.
    private static readonly string[] IyzipayMoneyResources = { "Payment", "PaymentPreAuth", "PaymentPostAuth", "ThreedsPayment", "BasicPayment", "Refund" };

    // Iyzipay.Model.Payment.Create(request, options): iyzico has no idempotency key. What lets a caller recognise a retry
    // is a ConversationId derived from the order (the payment can be looked up by it before charging again); a request
    // built here without one, or with one made fresh per call (Guid.NewGuid(), the clock, Random), has nothing.
    private static (string, string)? CheckIyzipay(InvocationExpressionSyntax invocation, MemberAccessExpressionSyntax access, string name, SemanticModel model, System.Threading.CancellationToken cancellationToken)
    {
        if (invocation.ArgumentList.Arguments.Count != 2 || LastIdentifier(access.Expression) is not { } resource || Array.IndexOf(IyzipayMoneyResources, resource) < 0)
        {
            return null;
        }

        // A static call on the type: Payment.Create(...) or Iyzipay.Model.Payment.Create(...), resolved in the Iyzipay
        // namespace or unresolved in a file that imports it.
        ISymbol? receiver = model.GetSymbolInfo(access.Expression, cancellationToken).Symbol;
        ITypeSymbol? receiverType = model.GetTypeInfo(access.Expression, cancellationToken).Type;
        bool resolved = receiver is INamedTypeSymbol { TypeKind: not TypeKind.Error } type && IsErrorOrInRoot(type, "Iyzipay");
        bool unresolved = receiver == null && (receiverType == null || receiverType.TypeKind == TypeKind.Error)
                          && (access.Expression.ToString().StartsWith("Iyzipay.", StringComparison.Ordinal) || ImportedNamespaces.Any(invocation, static ns => ns == "Iyzipay" || ns.StartsWith("Iyzipay.", StringComparison.Ordinal)));
        if (!resolved && !unresolved)
        {
            return null;
        }

        if (RequestBuiltHere(invocation, "ConversationId", out ExpressionSyntax? conversationId, model, cancellationToken) is not ObjectCreationExpressionSyntax)
        {
            return null;
        }

        if (conversationId != null && !IsMadeFresh(conversationId))
        {
            return null;
        }

        return (resource + "." + name, "a ConversationId derived from the order (iyzico has no idempotency key; look the first attempt up by it before charging again)");
    }

    // YooKassa (Yandex.Checkout.V3): client.CreatePayment(newPayment), CapturePayment(id), CreateRefund(newRefund), CreatePayout
    // and their Async forms on a Client/AsyncClient that is not resolved (before restore, or a packages.config project),
    // in a file that imports Yandex.Checkout.V3. The client makes a fresh Idempotence-Key per call when the idempotenceKey
    // argument is left out (or null), so a retried call is a second payment. The resolved SDK is FG2003's operation check.
    private static (string, string)? CheckYooKassa(InvocationExpressionSyntax invocation, MemberAccessExpressionSyntax access, string name, SemanticModel model, System.Threading.CancellationToken cancellationToken)
    {
        SeparatedSyntaxList<ArgumentSyntax> arguments = invocation.ArgumentList.Arguments;
        if (arguments.Count == 0 || arguments.Count > 3 || !ImportedNamespaces.Any(invocation, ProcessorSdks.IsYooKassaNamespace))
        {
            return null;
        }

        // The key: the idempotenceKey argument by name, or the second positional one (the first is the payment, refund or id).
        ExpressionSyntax? key = null;
        for (int i = 0; i < arguments.Count; i++)
        {
            ArgumentSyntax argument = arguments[i];
            if (argument.NameColon != null ? argument.NameColon.Name.Identifier.ValueText == ProcessorSdks.YooKassaKeyParameter : i == 1)
            {
                key = argument.Expression;
            }
        }

        if (key != null && !key.IsKind(SyntaxKind.NullLiteralExpression) && !(key is LiteralExpressionSyntax { Token.ValueText.Length: 0 } empty && empty.IsKind(SyntaxKind.StringLiteralExpression)))
        {
            return null;
        }

        // The receiver is a YooKassa client that did not resolve: an error type, or one named Client/AsyncClient.
        ITypeSymbol? receiverType = model.GetTypeInfo(access.Expression, cancellationToken).Type;
        if (receiverType != null && receiverType.TypeKind != TypeKind.Error)
        {
            return null;
        }

        if (model.GetSymbolInfo(invocation, cancellationToken).Symbol != null)
        {
            return null;
        }

        return ((receiverType?.Name is { Length: > 0 } typeName ? typeName : "Client") + "." + name, "an idempotenceKey argument");
    }

    // Guid.NewGuid(), DateTime.Now/UtcNow, Ticks, Random: a value that differs on every call.
    private static bool IsMadeFresh(ExpressionSyntax value)
    {
        foreach (SyntaxNode node in value.DescendantNodesAndSelf())
        {
            if (node is IdentifierNameSyntax { Identifier.ValueText: "NewGuid" or "CreateVersion7" or "Now" or "UtcNow" or "Ticks" or "Random" or "GetRandomFileName" })
            {
                return true;
            }
        }

        return false;
    }

    // Elavon Converge: the VirtualMerchant gateway's process.do (name/value pairs) and processxml.do (XML) endpoints.
    private static readonly string[] ConvergeEndpoints = { "/VirtualMerchant/process.do", "/VirtualMerchant/processxml.do" };

    // ssl_transaction_type values that charge, authorise, force, complete or refund (voids, tip updates, settlement,
    // tokens and AVS-only checks move no money).
    private static readonly string[] ConvergeMoneyTypes =
    {
        "ccsale", "ccauthonly", "ccforce", "cccomplete", "cccredit", "ccreturn", "ccaddrecurring", "ccaddinstall",
        "ecspurchase", "ecsreturn", "dbpurchase", "dbreturn", "ebtfspurchase", "ebtcbpurchase",
    };

    // Elavon Converge: a request to process.do/processxml.do (the URI's constant text, followed through a local or
    // field) in a method that sends a charging ssl_transaction_type (a literal in the method, or the initializer of a
    // field or local the method uses) and no ssl_invoice_number: Converge has no idempotency key, and a retried post
    // without an invoice number cannot be told from a second sale.
    private static (string, string)? CheckConvergePost(InvocationExpressionSyntax invocation, SemanticModel model, System.Threading.CancellationToken cancellationToken)
    {
        if (invocation.ArgumentList.Arguments.Count == 0)
        {
            return null;
        }

        SyntaxNode? body = EnclosingBody(invocation);
        if (body == null)
        {
            return null;
        }

        ExpressionSyntax target = invocation.ArgumentList.Arguments[0].Expression;
        string? uri = ConstantText(target, body, model, cancellationToken, 0);
        if (uri == null || !IdentifierWords.ContainsAnyFragment(uri, ConvergeEndpoints))
        {
            return null;
        }

        string? type = null;
        foreach (SyntaxNode node in body.DescendantNodes())
        {
            string? text = node switch
            {
                LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) => literal.Token.ValueText,
                InterpolatedStringTextSyntax part => part.TextToken.ValueText,
                IdentifierNameSyntax identifier when !identifier.Parent.IsKind(SyntaxKind.SimpleMemberAccessExpression) || ((MemberAccessExpressionSyntax)identifier.Parent!).Name == identifier
                    => InitializerText(identifier, model, cancellationToken),
                _ => null,
            };
            if (text == null)
            {
                continue;
            }

            if (text.IndexOf("ssl_invoice_number", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return null;
            }

            type ??= ConvergeMoneyType(text);
        }

        return type == null ? null : ("a Converge " + type + " POST", "an ssl_invoice_number derived from the order (Converge has no idempotency key)");
    }

    // "ccsale", "ssl_transaction_type=ccsale&...", "<ssl_transaction_type>ccsale</ssl_transaction_type>".
    private static string? ConvergeMoneyType(string text)
    {
        foreach (string type in ConvergeMoneyTypes)
        {
            int at = text.IndexOf(type, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                continue;
            }

            int end = at + type.Length;
            bool wholeWord = (at == 0 || text[at - 1] is '=' or '>' or ' ' or '"') && (end == text.Length || text[end] is '&' or '<' or ' ' or '"');
            if (wholeWord && (text.Length == type.Length || text.IndexOf("ssl_transaction_type", StringComparison.OrdinalIgnoreCase) >= 0))
            {
                return type;
            }
        }

        return null;
    }

    // The string constant a field, property or local was declared with (const or initializer).
    private static string? InitializerText(IdentifierNameSyntax identifier, SemanticModel model, System.Threading.CancellationToken cancellationToken)
    {
        ISymbol? symbol = model.GetSymbolInfo(identifier, cancellationToken).Symbol;
        if (symbol is not (IFieldSymbol or ILocalSymbol or IPropertySymbol))
        {
            return null;
        }

        if (symbol is IFieldSymbol { HasConstantValue: true, ConstantValue: string constant })
        {
            return constant;
        }

        foreach (SyntaxReference reference in symbol.DeclaringSyntaxReferences)
        {
            ExpressionSyntax? value = reference.GetSyntax(cancellationToken) switch
            {
                VariableDeclaratorSyntax declarator => declarator.Initializer?.Value,
                PropertyDeclarationSyntax property => property.Initializer?.Value,
                _ => null,
            };
            if (value is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
            {
                return literal.Token.ValueText;
            }
        }

        return null;
    }

    // The constant text of a URI argument: literals, concatenations, interpolations, and locals/fields with a literal initializer.
    private static string? ConstantText(ExpressionSyntax expression, SyntaxNode body, SemanticModel model, System.Threading.CancellationToken cancellationToken, int depth)
    {
        if (depth > 4)
        {
            return null;
        }

        switch (expression)
        {
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                return literal.Token.ValueText;
            case ParenthesizedExpressionSyntax parenthesized:
                return ConstantText(parenthesized.Expression, body, model, cancellationToken, depth + 1);
            case CastExpressionSyntax cast:
                return ConstantText(cast.Expression, body, model, cancellationToken, depth + 1);
            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression):
                return ConstantText(binary.Left, body, model, cancellationToken, depth + 1) + ConstantText(binary.Right, body, model, cancellationToken, depth + 1);
            case InterpolatedStringExpressionSyntax interpolated:
                var builder = new System.Text.StringBuilder();
                foreach (InterpolatedStringContentSyntax content in interpolated.Contents)
                {
                    builder.Append(content is InterpolatedStringTextSyntax text ? text.TextToken.ValueText
                        : content is InterpolationSyntax interpolation ? ConstantText(interpolation.Expression, body, model, cancellationToken, depth + 1) : null);
                }

                return builder.ToString();
            case ObjectCreationExpressionSyntax { ArgumentList.Arguments.Count: >= 1 } creation when creation.Type is IdentifierNameSyntax { Identifier.ValueText: "Uri" } or QualifiedNameSyntax { Right.Identifier.ValueText: "Uri" }:
                return ConstantText(creation.ArgumentList.Arguments[0].Expression, body, model, cancellationToken, depth + 1);
            case IdentifierNameSyntax identifier:
                ISymbol? symbol = model.GetSymbolInfo(identifier, cancellationToken).Symbol;
                if (symbol is IFieldSymbol { HasConstantValue: true, ConstantValue: string constant })
                {
                    return constant;
                }

                if (symbol is ILocalSymbol or IFieldSymbol or IPropertySymbol)
                {
                    foreach (SyntaxReference reference in symbol.DeclaringSyntaxReferences)
                    {
                        SyntaxNode declaration = reference.GetSyntax(cancellationToken);
                        ExpressionSyntax? value = declaration switch
                        {
                            VariableDeclaratorSyntax declarator => declarator.Initializer?.Value,
                            PropertyDeclarationSyntax property => property.Initializer?.Value,
                            _ => null,
                        };
                        if (value != null && (symbol is not ILocalSymbol || body.Contains(declaration)))
                        {
                            return ConstantText(value, body, model, cancellationToken, depth + 1);
                        }
                    }
                }

                return null;
            default:
                return null;
        }
    }

    // Fortis (FortisAPI.Standard, the APIMatic SDK of the Fortis/Zeamster REST API): calls that charge, authorise,
    // force, refund, debit or credit, and recurring-billing records.
    private static bool IsFortisMoneyCall(string name)
        => name.StartsWith("CC", StringComparison.Ordinal)
            ? name.StartsWith("CCSale", StringComparison.Ordinal) || name.StartsWith("CCAuthOnly", StringComparison.Ordinal)
              || name.StartsWith("CCForce", StringComparison.Ordinal) || name.StartsWith("CCRefund", StringComparison.Ordinal)
            : name.StartsWith("ACHDebit", StringComparison.Ordinal) || name.StartsWith("ACHCredit", StringComparison.Ordinal)
              || name.StartsWith("ACHRefund", StringComparison.Ordinal) || name.StartsWith("CreateANewRecurringRecord", StringComparison.Ordinal);

    // controller.CCSaleTokenizedAsync(new V1TransactionsCcSaleTokenRequest { ... }) on a Fortis controller (resolved in
    // the FortisAPI namespace, or unresolved in a file importing it) with the request built here and no
    // TransactionApiId (RecurringApiId for a recurring record): Fortis rejects a repeated api id, its only duplicate guard.
    private static (string, string)? CheckFortis(InvocationExpressionSyntax invocation, MemberAccessExpressionSyntax access, string name, SemanticModel model, System.Threading.CancellationToken cancellationToken)
    {
        if (invocation.ArgumentList.Arguments.Count == 0)
        {
            return null;
        }

        ITypeSymbol? receiver = model.GetTypeInfo(access.Expression, cancellationToken).Type;
        bool resolved = receiver is INamedTypeSymbol { TypeKind: not TypeKind.Error } named && named.Name.EndsWith("Controller", StringComparison.Ordinal) && IsErrorOrInRoot(named, "FortisAPI");
        bool unresolved = (receiver == null || receiver.TypeKind == TypeKind.Error)
                          && access.Expression is MemberAccessExpressionSyntax or IdentifierNameSyntax
                          && LastIdentifier(access.Expression) is { } receiverName && receiverName.EndsWith("Controller", StringComparison.Ordinal)
                          && ImportedNamespaces.Any(invocation, static ns => ns.StartsWith("FortisAPI", StringComparison.Ordinal));
        if (!resolved && !unresolved)
        {
            return null;
        }

        string apiId = name.StartsWith("CreateANewRecurringRecord", StringComparison.Ordinal) ? "RecurringApiId" : "TransactionApiId";
        BaseObjectCreationExpressionSyntax? creation = RequestBuiltHere(invocation, apiId, out ExpressionSyntax? givenApiId);
        if (creation == null || givenApiId != null
            || (creation is ObjectCreationExpressionSyntax explicitCreation && !(LastIdentifier(explicitCreation.Type) is { } typeName && typeName.StartsWith("V1", StringComparison.Ordinal) && typeName.EndsWith("Request", StringComparison.Ordinal))))
        {
            return null;
        }

        string field = apiId == "RecurringApiId" ? "recurring_api_id" : "transaction_api_id";
        return (name, "a " + field + " derived from the order (Fortis rejects a repeated api id)");
    }

    private static string? LastIdentifier(SyntaxNode node) => node switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        _ => null,
    };

    private static (string, string)? CheckExecute(InvocationExpressionSyntax invocation, MemberAccessExpressionSyntax access, SemanticModel model, System.Threading.CancellationToken cancellationToken)
    {
        SyntaxNode? body = EnclosingBody(invocation);
        if (body == null)
        {
            return null;
        }

        // Authorize.Net: var controller = new createTransactionController(request); controller.Execute();
        if (invocation.ArgumentList.Arguments.Count == 0)
        {
            if (model.GetTypeInfo(access.Expression, cancellationToken).Type is not INamedTypeSymbol controller
                || controller.Name != "createTransactionController" || !IsErrorOrInRoot(controller, "AuthorizeNet"))
            {
                return null;
            }

            bool movesMoney = false;
            foreach (SyntaxNode node in body.DescendantNodes())
            {
                if (node is IdentifierNameSyntax identifier)
                {
                    string text = identifier.Identifier.ValueText;
                    if (text == "duplicateWindow")
                    {
                        return null;
                    }

                    movesMoney |= Array.IndexOf(AuthorizeNetMoneyTransactions, text) >= 0;
                }
                else if (node is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
                {
                    movesMoney |= Array.IndexOf(AuthorizeNetMoneyTransactions, literal.Token.ValueText) >= 0;
                }
            }

            return movesMoney ? ("createTransactionController.Execute", "a duplicateWindow transaction setting (Authorize.Net's duplicate check)") : null;
        }

        // PayPal Checkout SDK: client.Execute(request) with an order create/capture/authorize or refund request.
        if (invocation.ArgumentList.Arguments.Count != 1)
        {
            return null;
        }

        ExpressionSyntax argument = invocation.ArgumentList.Arguments[0].Expression;
        if (model.GetTypeInfo(argument, cancellationToken).Type is not INamedTypeSymbol request
            || Array.IndexOf(PayPalCheckoutMoneyRequests, request.Name) < 0 || !IsErrorOrInRoot(request, "PayPalCheckoutSdk"))
        {
            return null;
        }

        if (argument is IdentifierNameSyntax local)
        {
            // request.PayPalRequestId(key) anywhere in the method, or request.Headers.Add("PayPal-Request-Id", key).
            string localName = local.Identifier.ValueText;
            foreach (SyntaxNode node in body.DescendantNodes())
            {
                if (node is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax call } other
                    && (call.Name.Identifier.ValueText == "PayPalRequestId" || MentionsRequestIdHeader(other))
                    && call.Expression is IdentifierNameSyntax or MemberAccessExpressionSyntax && StartsWithName(call.Expression, localName))
                {
                    return null;
                }
            }
        }
        else if (argument is not ObjectCreationExpressionSyntax)
        {
            return null;
        }

        return (request.Name + " executed", "a PayPal-Request-Id (request.PayPalRequestId)");
    }

    // Authorize.Net AIM: webClient.UploadValues(url, form) with form.Add("x_type", "AUTH_CAPTURE") in the method and no
    // x_duplicate_window (AIM's duplicate-transaction window, the only guard against a retried post charging twice).
    private static (string, string)? CheckAimPost(InvocationExpressionSyntax invocation)
    {
        SyntaxNode? body = EnclosingBody(invocation);
        if (body == null || invocation.ArgumentList.Arguments.Count < 2)
        {
            return null;
        }

        bool sawType = false;
        bool movesMoney = false;
        foreach (SyntaxToken token in body.DescendantTokens())
        {
            if (!token.IsKind(SyntaxKind.StringLiteralToken))
            {
                continue;
            }

            string text = token.ValueText;
            if (string.Equals(text, "x_duplicate_window", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            sawType |= string.Equals(text, "x_type", StringComparison.OrdinalIgnoreCase);
            movesMoney |= Array.IndexOf(AimMoneyTypes, text) >= 0;
        }

        return sawType && movesMoney ? ("UploadValues (an Authorize.Net AIM charge)", "an x_duplicate_window (Authorize.Net's duplicate check)") : null;
    }

    private static (string, string)? CheckBraintreeSale(InvocationExpressionSyntax invocation, MemberAccessExpressionSyntax access, SemanticModel model, System.Threading.CancellationToken cancellationToken)
    {
        // gateway.Transaction.Sale(request): Braintree's ITransactionGateway, resolved or not.
        if (invocation.ArgumentList.Arguments.Count != 1 || access.Expression is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Transaction" })
        {
            return null;
        }

        ExpressionSyntax argument = invocation.ArgumentList.Arguments[0].Expression;
        if (model.GetTypeInfo(argument, cancellationToken).Type is not INamedTypeSymbol { Name: "TransactionRequest" } request || !IsErrorOrInRoot(request, "Braintree"))
        {
            return null;
        }

        // Only a request built with an initializer is judged (a bare new TransactionRequest() is filled elsewhere).
        if (RequestBuiltHere(invocation, "OrderId", out ExpressionSyntax? orderId) is not ObjectCreationExpressionSyntax { Initializer: not null } || orderId != null)
        {
            return null;
        }

        return ("Transaction.Sale", "an OrderId (the key of Braintree's duplicate-transaction check)");
    }

    // gateway.Subscription.Create(new SubscriptionRequest { ... }): a subscription without a trial or a later first
    // billing date charges its first cycle at once, like Stripe's SubscriptionService.Create (FG2001). Braintree has no
    // idempotency key; a merchant-chosen subscription Id is rejected when repeated, so it is the duplicate guard.
    private static (string, string)? CheckBraintreeSubscription(InvocationExpressionSyntax invocation, MemberAccessExpressionSyntax access, string name, SemanticModel model, System.Threading.CancellationToken cancellationToken)
    {
        if (invocation.ArgumentList.Arguments.Count != 1 || access.Expression is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Subscription" })
        {
            return null;
        }

        ExpressionSyntax argument = invocation.ArgumentList.Arguments[0].Expression;
        if (model.GetTypeInfo(argument, cancellationToken).Type is not INamedTypeSymbol { Name: "SubscriptionRequest" } request || !IsErrorOrInRoot(request, "Braintree")
            || (request.TypeKind == TypeKind.Error && !ImportedNamespaces.Any(invocation, static ns => ns == "Braintree" || ns.StartsWith("Braintree.", StringComparison.Ordinal))))
        {
            return null;
        }

        // Only a request built with an initializer is judged; one with an Id, a trial or a later first billing date is not.
        if (RequestBuiltHere(invocation, "Id", out ExpressionSyntax? id) is not ObjectCreationExpressionSyntax { Initializer: not null } || id != null
            || RequestBuiltHere(invocation, "FirstBillingDate", out ExpressionSyntax? firstBilling) == null || firstBilling != null
            || RequestBuiltHere(invocation, "TrialPeriod", out ExpressionSyntax? trial) == null || (trial != null && !trial.IsKind(SyntaxKind.FalseLiteralExpression)))
        {
            return null;
        }

        return ("Subscription." + name, "a subscription Id derived from the order or customer (Braintree rejects a repeated id; it has no idempotency key)");
    }

    private static (string, string)? CheckPayPalClassic(InvocationExpressionSyntax invocation, string name, SemanticModel model, System.Threading.CancellationToken cancellationToken)
    {
        // service.DoCapture(doCaptureReq): the PayPal SOAP API's request type is the call's name + "Req".
        if (invocation.ArgumentList.Arguments.Count != 1
            || model.GetTypeInfo(invocation.ArgumentList.Arguments[0].Expression, cancellationToken).Type is not INamedTypeSymbol request
            || request.Name.Length != name.Length + 3 || !request.Name.StartsWith(name, StringComparison.Ordinal) || !request.Name.EndsWith("Req", StringComparison.Ordinal))
        {
            return null;
        }

        SyntaxNode? body = EnclosingBody(invocation);
        if (body == null)
        {
            return null;
        }

        foreach (SyntaxNode node in body.DescendantNodes())
        {
            if (node is IdentifierNameSyntax { Identifier.ValueText: "MsgSubID" or "MsgSubId" })
            {
                return null;
            }
        }

        return (name, "a MsgSubID (PayPal's idempotency field)");
    }

    // PayPal REST API v1 (PayPal.Api): payment.Create(apiContext) funded by a card or a vaulted card (a funding
    // instrument in the same method) moves money at once. PayPal deduplicates it only by the PayPal-Request-Id
    // header, which the APIContext carries when the code sets it: new APIContext(token, requestId),
    // apiContext.RequestId = ..., or HTTPHeaders["PayPal-Request-Id"]. Otherwise each APIContext makes up a new id,
    // so an application-level retry (a new context) pays twice. A payment with payment_method "paypal" only
    // creates the approval the buyer is redirected to (no money moves), and the SDK's own retries reuse the
    // context's id: not reported (held-out set 4, judged by reading the SDK).
    private static (string, string)? CheckPayPalRestPayment(InvocationExpressionSyntax invocation, MemberAccessExpressionSyntax access, SemanticModel model, System.Threading.CancellationToken cancellationToken)
    {
        if (invocation.ArgumentList.Arguments.Count != 1
            || model.GetTypeInfo(access.Expression, cancellationToken).Type is not INamedTypeSymbol { Name: "Payment" } payment || !IsErrorOrInRoot(payment, "PayPal")
            || model.GetTypeInfo(invocation.ArgumentList.Arguments[0].Expression, cancellationToken).Type is not INamedTypeSymbol { Name: "APIContext" } context || !IsErrorOrInRoot(context, "PayPal")
            || (payment.TypeKind == TypeKind.Error && !ImportedNamespaces.Contains(invocation, "PayPal.Api")))
        {
            return null;
        }

        SyntaxNode? body = EnclosingBody(invocation);
        if (body == null)
        {
            return null;
        }

        bool fundedByCard = false;
        foreach (SyntaxNode node in body.DescendantNodes())
        {
            switch (node)
            {
                case IdentifierNameSyntax { Identifier.ValueText: "funding_instruments" or "FundingInstrument" or "credit_card" or "CreditCard" or "credit_card_token" or "CreditCardToken" }:
                    fundedByCard = true;
                    break;
                case LiteralExpressionSyntax { Token.ValueText: "credit_card" }:
                    fundedByCard = true;
                    break;
                case IdentifierNameSyntax { Identifier.ValueText: "RequestId" or "HTTPHeaders" }:
                    return null;
                case LiteralExpressionSyntax literal when string.Equals(literal.Token.ValueText, "PayPal-Request-Id", StringComparison.OrdinalIgnoreCase):
                    return null;
                case ObjectCreationExpressionSyntax { Type: IdentifierNameSyntax { Identifier.ValueText: "APIContext" }, ArgumentList.Arguments.Count: >= 2 }:
                    return null;
            }
        }

        return fundedByCard ? ("Payment.Create", "a PayPal-Request-Id (new APIContext(accessToken, requestId))") : null;
    }

    private static bool MentionsRequestIdHeader(InvocationExpressionSyntax invocation)
    {
        foreach (ArgumentSyntax argument in invocation.ArgumentList.Arguments)
        {
            if (argument.Expression is LiteralExpressionSyntax literal && string.Equals(literal.Token.ValueText, "PayPal-Request-Id", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWithName(ExpressionSyntax expression, string name)
    {
        while (expression is MemberAccessExpressionSyntax member)
        {
            expression = member.Expression;
        }

        return expression is IdentifierNameSyntax identifier && identifier.Identifier.ValueText == name;
    }

    // The request a call is given when the calling body builds it: 'new X { ... }' (or 'new() { ... }') as the first
    // argument, or a local of the body initialized with one; null when the request comes from elsewhere. memberValue is
    // what the body gives the request's member: the last 'local.Member = ...', else the initializer's 'Member = ...'.
    // Shared by the iyzico (ConversationId), Fortis (api id) and Braintree (OrderId) checks. Given the model (iyzico), a
    // local initialized from the project's own helper ('var request = await GetCreatePaymentRequestAsync(info)') is
    // followed to the one 'new X { ... }' that helper returns.
    private static BaseObjectCreationExpressionSyntax? RequestBuiltHere(InvocationExpressionSyntax invocation, string member, out ExpressionSyntax? memberValue,
        SemanticModel? model = null, System.Threading.CancellationToken cancellationToken = default)
    {
        memberValue = null;
        ExpressionSyntax argument = invocation.ArgumentList.Arguments[0].Expression;
        BaseObjectCreationExpressionSyntax? creation = argument as BaseObjectCreationExpressionSyntax;
        if (argument is IdentifierNameSyntax local && EnclosingBody(invocation) is { } body)
        {
            string localName = local.Identifier.ValueText;
            foreach (SyntaxNode node in body.DescendantNodes())
            {
                switch (node)
                {
                    case VariableDeclaratorSyntax declarator when declarator.Identifier.ValueText == localName:
                        creation = declarator.Initializer?.Value as BaseObjectCreationExpressionSyntax;
                        if (creation == null && model != null && declarator.Initializer?.Value is { } initial)
                        {
                            creation = RequestBuiltByHelper(initial, model, cancellationToken);
                        }

                        if (creation == null)
                        {
                            return null;
                        }

                        break;
                    case AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax { Name.Identifier.ValueText: var name } target } assignment
                        when name == member && target.Expression is IdentifierNameSyntax owner && owner.Identifier.ValueText == localName:
                        memberValue = assignment.Right;
                        break;
                }
            }
        }

        if (creation?.Initializer != null)
        {
            foreach (ExpressionSyntax expression in creation.Initializer.Expressions)
            {
                if (expression is AssignmentExpressionSyntax { Left: IdentifierNameSyntax assigned } assignment && assigned.Identifier.ValueText == member)
                {
                    memberValue ??= assignment.Right;
                }
            }
        }

        return creation;
    }

    // 'GetRequest(order)' or 'await GetRequestAsync(order)', a method of the project with one return, 'new X { ... }':
    // that creation; null for anything else (a helper that returns a local, several returns, a method of a library).
    private static BaseObjectCreationExpressionSyntax? RequestBuiltByHelper(ExpressionSyntax value, SemanticModel model, System.Threading.CancellationToken cancellationToken)
    {
        if (value is AwaitExpressionSyntax awaited)
        {
            value = awaited.Expression;
        }

        if (value is not InvocationExpressionSyntax call
            || model.GetSymbolInfo(call, cancellationToken).Symbol is not IMethodSymbol { DeclaringSyntaxReferences: { Length: 1 } references }
            || references[0].GetSyntax(cancellationToken) is not MethodDeclarationSyntax helper)
        {
            return null;
        }

        if (helper.ExpressionBody != null)
        {
            return helper.ExpressionBody.Expression as BaseObjectCreationExpressionSyntax;
        }

        BaseObjectCreationExpressionSyntax? returned = null;
        int returns = 0;
        foreach (SyntaxNode node in helper.Body?.DescendantNodes(static n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)) ?? Enumerable.Empty<SyntaxNode>())
        {
            if (node is ReturnStatementSyntax statement)
            {
                returns++;
                returned = statement.Expression as BaseObjectCreationExpressionSyntax;
            }
        }

        return returns == 1 ? returned : null;
    }

    private static SyntaxNode? EnclosingBody(SyntaxNode node)
    {
        foreach (SyntaxNode ancestor in node.Ancestors())
        {
            switch (ancestor)
            {
                case BaseMethodDeclarationSyntax method:
                    return (SyntaxNode?)method.Body ?? method.ExpressionBody;
                case LocalFunctionStatementSyntax function:
                    return (SyntaxNode?)function.Body ?? function.ExpressionBody;
                case AccessorDeclarationSyntax accessor:
                    return (SyntaxNode?)accessor.Body ?? accessor.ExpressionBody;
                case GlobalStatementSyntax global:
                    return global.Parent;
            }
        }

        return null;
    }

    // The SDK's own type (its real root namespace), or an unresolved type of that name (the package is not restored).
    private static bool IsErrorOrInRoot(INamedTypeSymbol type, string root)
    {
        if (type.TypeKind == TypeKind.Error)
        {
            return true;
        }

        INamespaceSymbol? ns = type.ContainingNamespace;
        if (ns == null || ns.IsGlobalNamespace)
        {
            return false;
        }

        while (ns.ContainingNamespace != null && !ns.ContainingNamespace.IsGlobalNamespace)
        {
            ns = ns.ContainingNamespace;
        }

        return ns.Name == root;
    }
}
