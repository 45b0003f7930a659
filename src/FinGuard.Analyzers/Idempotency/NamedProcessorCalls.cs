namespace FinGuard.Analyzers.Idempotency;

/// <summary>
/// FG2003 for processor SDKs whose money-moving calls are recognised by their real type and member names, so that
/// they are found also before restore (the SDK's types are then error types that keep their names):
/// <list type="bullet">
/// <item>Authorize.Net: <c>createTransactionController.Execute()</c> of a charge, authorization, capture or refund
/// (<c>transactionTypeEnum.authCaptureTransaction</c>...) with no <c>duplicateWindow</c> setting in the method;</item>
/// <item>Braintree: <c>gateway.Transaction.Sale(new TransactionRequest { ... })</c> without an <c>OrderId</c>
/// (Braintree's duplicate-transaction check keys on it);</item>
/// <item>PayPal Checkout SDK: <c>client.Execute(new OrdersCaptureRequest(id))</c> (order create/capture/authorize,
/// authorization capture, capture refund) with no <c>PayPalRequestId(...)</c> on the request;</item>
/// <item>Authorize.Net AIM (the name/value POST API): <c>webClient.UploadValues(url, form)</c> in a method that sets
/// <c>x_type</c> to a charge, authorization, capture or credit and no <c>x_duplicate_window</c>;</item>
/// <item>PayPal REST API v1 (<c>PayPal.Api</c>): <c>payment.Create(apiContext)</c> with no request id set on the
/// <c>APIContext</c> in the method;</item>
/// <item>PayPal classic (Merchant SDK / SOAP): <c>DoCapture(DoCaptureReq)</c>, <c>DoDirectPayment</c>,
/// <c>DoExpressCheckoutPayment</c>, <c>DoReferenceTransaction</c>, <c>RefundTransaction</c>, <c>BillUser</c>,
/// <c>BillOutstandingAmount</c>, <c>DoNonReferencedCredit</c>, <c>MassPay</c>, <c>DoUATPExpressCheckoutPayment</c>,
/// <c>CreateRecurringPaymentsProfile</c> with no <c>MsgSubID</c>.</item>
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
                return CheckPayPalRestPayment(invocation, access, model, cancellationToken);
            case "UploadValues":
            case "UploadValuesAsync":
            case "UploadValuesTaskAsync":
                return CheckAimPost(invocation);
            default:
                return Array.IndexOf(PayPalClassicMoneyCalls, name) >= 0 ? CheckPayPalClassic(invocation, name, model, cancellationToken) : null;
        }
    }

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

        ObjectCreationExpressionSyntax? creation = argument as ObjectCreationExpressionSyntax;
        SyntaxNode? body = EnclosingBody(invocation);
        if (argument is IdentifierNameSyntax local && body != null)
        {
            string localName = local.Identifier.ValueText;
            foreach (SyntaxNode node in body.DescendantNodes())
            {
                switch (node)
                {
                    case VariableDeclaratorSyntax declarator when declarator.Identifier.ValueText == localName:
                        creation = declarator.Initializer?.Value as ObjectCreationExpressionSyntax;
                        if (creation == null)
                        {
                            return null;
                        }

                        break;
                    case AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "OrderId" } target }
                        when target.Expression is IdentifierNameSyntax owner && owner.Identifier.ValueText == localName:
                        return null;
                }
            }
        }

        if (creation?.Initializer == null)
        {
            return null;
        }

        foreach (ExpressionSyntax expression in creation.Initializer.Expressions)
        {
            if (expression is AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: "OrderId" } })
            {
                return null;
            }
        }

        return ("Transaction.Sale", "an OrderId (the key of Braintree's duplicate-transaction check)");
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
