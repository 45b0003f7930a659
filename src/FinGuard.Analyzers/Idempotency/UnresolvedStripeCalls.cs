using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.Idempotency;

/// <summary>
/// FG2001/FG2002 before restore: when Stripe.net is not referenced (an editor or CI before <c>dotnet restore</c>, a
/// project whose package did not resolve), its service types are error types that keep their names. A call is
/// recognised the way the other processors' calls are (<see cref="NamedProcessorCalls"/>): the receiver is an
/// unresolved type named like a Stripe service (<c>new PaymentIntentService().Create(options)</c>), or a
/// <c>StripeClient.V1</c> accessor (<c>client.V1.Checkout.Sessions.Create(options)</c>) on an unresolved
/// <c>StripeClient</c>, in a file that imports a <c>Stripe</c> namespace. The same money-moving and object-creating
/// methods as with the reference (<see cref="StripeIdempotencySymbols"/>). Only a visibly missing key is reported:
/// every argument is the call's own options (an unresolved <c>...Options</c> type), an id or a cancellation token,
/// or the request options are <c>null</c> or a <c>new RequestOptions { ... }</c> without <c>IdempotencyKey</c>.
/// </summary>
internal static class UnresolvedStripeCalls
{
    // Simple type name -> method -> kind: StripeIdempotencySymbols' table without the namespaces.
    private static readonly Dictionary<string, Dictionary<string, StripeCallKind>> Services = BuildServices();

    // StripeClient.V1 accessors (plural resource names) -> the service type they return.
    private static readonly Dictionary<string, string> V1Accessors = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["PaymentIntents"] = "PaymentIntentService",
        ["Charges"] = "ChargeService",
        ["Refunds"] = "RefundService",
        ["Transfers"] = "TransferService",
        ["Payouts"] = "PayoutService",
        ["Invoices"] = "InvoiceService",
        ["Subscriptions"] = "SubscriptionService",
        ["Topups"] = "TopupService",
        ["CreditNotes"] = "CreditNoteService",
        ["Customers"] = "CustomerService",
        ["Accounts"] = "AccountService",
        ["SetupIntents"] = "SetupIntentService",
        ["InvoiceItems"] = "InvoiceItemService",
        ["SubscriptionSchedules"] = "SubscriptionScheduleService",
        ["PaymentLinks"] = "PaymentLinkService",
        ["Quotes"] = "QuoteService",
    };

    /// <summary>The call's kind and name (<c>SessionService.Create</c>) when it is a Stripe call without a visible key.</summary>
    public static (StripeCallKind Kind, string Call)? Check(InvocationExpressionSyntax invocation, SemanticModel model, System.Threading.CancellationToken cancellationToken)
    {
        if (invocation.Expression is not MemberAccessExpressionSyntax access || !IsCandidateMethodName(access.Name.Identifier.ValueText))
        {
            return null;
        }

        string method = access.Name.Identifier.ValueText;
        string? service = V1Service(access.Expression, model, cancellationToken);
        bool viaClient = service != null;
        bool copied = false;
        string? shownType = service;
        if (service == null)
        {
            if (model.GetTypeInfo(access.Expression, cancellationToken).Type is not INamedTypeSymbol receiver)
            {
                return null;
            }

            // Stripe.net before version 20 named its services StripeChargeService, StripeCustomerService, ...; projects
            // that copied that SDK's source declare them in a namespace of their own ending in "Stripe".
            copied = receiver.TypeKind != TypeKind.Error;
            service = ServiceName(receiver.Name);
            shownType = receiver.Name;

            // class StripeCustomerService : CustomerService { }: the project's own subclass of an unresolved Stripe
            // service (made to register it for dependency injection or to mock it) makes the service's calls.
            if (copied && UnresolvedServiceBase(receiver) is string inherited)
            {
                service = inherited;
                copied = false;
            }
            else if (service == null || (copied && !InStripeNamespace(receiver)))
            {
                return null;
            }
        }

        if (!Services[service].TryGetValue(method, out StripeCallKind kind)
            || (!copied && !ImportsStripe(invocation, service, viaClient, model.Compilation, cancellationToken)
                && !NamesStripeQualified(access.Expression, service, model, cancellationToken)
                && !PassesOwnOptions(invocation, service, method, model, cancellationToken)))
        {
            return null;
        }

        // Stripe.BillingPortal.SessionService creates a link to the customer portal, not a billable object, also when
        // the file imports Stripe.Checkout too and the receiver names the portal's namespace.
        if (service == "SessionService" && !viaClient && NamesBillingPortal(access.Expression, model, cancellationToken))
        {
            return null;
        }

        foreach (ArgumentSyntax argument in invocation.ArgumentList.Arguments)
        {
            if (!IsArgumentWithoutKey(argument, model, cancellationToken))
            {
                return null;
            }
        }

        return (kind, shownType + "." + method);
    }

    // PaymentIntentService, or the old API's StripeChargeService: the service table's name, or null.
    private static string? ServiceName(string typeName)
    {
        if (Services.ContainsKey(typeName))
        {
            return typeName;
        }

        return typeName.StartsWith("Stripe", StringComparison.Ordinal) && typeName.Length > 6 && Services.ContainsKey(typeName.Substring(6)) ? typeName.Substring(6) : null;
    }

    // The Stripe service an unresolved base type of the project's class is named like (CustomerService, SessionService), or null.
    private static string? UnresolvedServiceBase(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? baseType = type.BaseType; baseType != null && baseType.SpecialType != SpecialType.System_Object; baseType = baseType.BaseType)
        {
            if (baseType.TypeKind == TypeKind.Error)
            {
                return Services.ContainsKey(baseType.Name) ? baseType.Name : null;
            }
        }

        return null;
    }

    // Stripe, Stripe.Checkout, or a project's own Acme.Payments.Stripe (a copied SDK): a namespace part named Stripe.
    private static bool InStripeNamespace(ITypeSymbol type)
    {
        for (INamespaceSymbol? ns = type.ContainingNamespace; ns != null && !ns.IsGlobalNamespace; ns = ns.ContainingNamespace)
        {
            if (ns.Name == "Stripe")
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCandidateMethodName(string name)
    {
        string bare = name.EndsWith("Async", StringComparison.Ordinal) ? name.Substring(0, name.Length - 5) : name;
        return bare is "Create" or "Confirm" or "Capture" or "IncrementAuthorization" or "ApplyCustomerBalance" or "Reverse" or "Pay";
    }

    // client.V1.PaymentIntents or client.V1.Checkout.Sessions, where client is an unresolved StripeClient/IStripeClient.
    private static string? V1Service(ExpressionSyntax receiver, SemanticModel model, System.Threading.CancellationToken cancellationToken)
    {
        if (receiver is not MemberAccessExpressionSyntax accessor)
        {
            return null;
        }

        string name = accessor.Name.Identifier.ValueText;
        ExpressionSyntax owner = accessor.Expression;
        string? service;
        if (name == "Sessions" && owner is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Checkout" } checkout)
        {
            service = "SessionService";
            owner = checkout.Expression;
        }
        else if (!V1Accessors.TryGetValue(name, out service))
        {
            return null;
        }

        return owner is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "V1" } v1
            && model.GetTypeInfo(v1.Expression, cancellationToken).Type is INamedTypeSymbol { TypeKind: TypeKind.Error, Name: "StripeClient" or "IStripeClient" }
            ? service
            : null;
    }

    // "using Stripe;" or "using Stripe.Checkout;" in the file (or its namespace): an unresolved PaymentIntentService of
    // another package stays silent. SessionService only as Stripe.Checkout's (Stripe.BillingPortal's creates a portal
    // link, not a billable object).
    private static bool ImportsStripe(SyntaxNode node, string service, bool viaClient, Compilation compilation, System.Threading.CancellationToken cancellationToken)
        => ImportedNamespaces.AnyIncludingGlobal(node, compilation, IsStripeNamespaceName, cancellationToken)
            && (service != "SessionService" || viaClient
                || ImportedNamespaces.AnyIncludingGlobal(node, compilation, static ns => ns == "Stripe.Checkout", cancellationToken));

    // new Stripe.Checkout.SessionService() without a using directive (held-out set 11): the receiver is created or
    // declared with the namespace written out. The Checkout session service must be named as Stripe.Checkout's.
    private static bool NamesStripeQualified(ExpressionSyntax receiver, string service, SemanticModel model, System.Threading.CancellationToken cancellationToken)
    {
        string prefix = service == "SessionService" ? "Stripe.Checkout." : "Stripe.";
        foreach (TypeSyntax type in ReceiverTypeSyntax(receiver, model, cancellationToken))
        {
            string text = type.ToString();
            if (text.StartsWith(prefix, StringComparison.Ordinal) || text.StartsWith("global::" + prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // The type written where the receiver is created or declared: new X(), X local = ..., var local = new X(), a field or property of type X.
    private static IEnumerable<TypeSyntax> ReceiverTypeSyntax(ExpressionSyntax receiver, SemanticModel model, System.Threading.CancellationToken cancellationToken)
    {
        if (receiver is ObjectCreationExpressionSyntax created)
        {
            yield return created.Type;
            yield break;
        }

        ISymbol? symbol = model.GetSymbolInfo(receiver, cancellationToken).Symbol;
        if (symbol is not (ILocalSymbol or IFieldSymbol or IPropertySymbol))
        {
            yield break;
        }

        foreach (SyntaxReference reference in symbol.DeclaringSyntaxReferences)
        {
            SyntaxNode declaration = reference.GetSyntax(cancellationToken);
            if (declaration.Parent is VariableDeclarationSyntax { Type: var declared } && !declared.IsVar)
            {
                yield return declared;
            }

            if (declaration is PropertyDeclarationSyntax property)
            {
                yield return property.Type;
            }

            if (declaration is VariableDeclaratorSyntax { Initializer.Value: ObjectCreationExpressionSyntax initial })
            {
                yield return initial.Type;
            }
        }
    }

    // No Stripe using in sight (a file copied without its directives, held-out set 11), but the call passes the options
    // type Stripe.net names after the service and method: SessionService.Create(SessionCreateOptions),
    // PaymentIntentService.Confirm(PaymentIntentConfirmOptions). Both names unresolved. A Checkout session's options must
    // also set LineItems or Mode (the Billing Portal's SessionCreateOptions has neither).
    private static bool PassesOwnOptions(InvocationExpressionSyntax invocation, string service, string method, SemanticModel model, System.Threading.CancellationToken cancellationToken)
    {
        // A file that imports another vendor's namespace may be using that vendor's look-alike names: only a file
        // without imports beyond System and Microsoft is read this way.
        if (ImportedNamespaces.Any(invocation, static ns => !(ns == "System" || ns.StartsWith("System.", StringComparison.Ordinal) || ns.StartsWith("Microsoft.", StringComparison.Ordinal))))
        {
            return false;
        }

        string bare = method.EndsWith("Async", StringComparison.Ordinal) ? method.Substring(0, method.Length - 5) : method;
        string expected = service.Substring(0, service.Length - "Service".Length) + bare + "Options";
        foreach (ArgumentSyntax argument in invocation.ArgumentList.Arguments)
        {
            if (model.GetTypeInfo(argument.Expression, cancellationToken).Type is INamedTypeSymbol { TypeKind: TypeKind.Error } type && type.Name == expected)
            {
                return service != "SessionService" || SetsCheckoutMembers(argument.Expression, model, cancellationToken);
            }
        }

        return false;
    }

    private static bool SetsCheckoutMembers(ExpressionSyntax options, SemanticModel model, System.Threading.CancellationToken cancellationToken)
    {
        InitializerExpressionSyntax? initializer = (options as ObjectCreationExpressionSyntax)?.Initializer;
        if (initializer == null && model.GetSymbolInfo(options, cancellationToken).Symbol is ILocalSymbol local)
        {
            foreach (SyntaxReference reference in local.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer.Value: ObjectCreationExpressionSyntax created })
                {
                    initializer = created.Initializer;
                }
            }
        }

        return SetsMember(initializer, "LineItems") || SetsMember(initializer, "Mode");
    }

    // Stripe, Stripe.Checkout, or a copied SDK's Acme.Payments.Stripe, as a using directive names it.
    private static bool IsStripeNamespaceName(string name)
        => name == "Stripe" || name.StartsWith("Stripe.", StringComparison.Ordinal) || name.EndsWith(".Stripe", StringComparison.Ordinal);

    // new Stripe.BillingPortal.SessionService(), or a local, field or property declared or created with that name.
    private static bool NamesBillingPortal(ExpressionSyntax receiver, SemanticModel model, System.Threading.CancellationToken cancellationToken)
    {
        if (receiver is ObjectCreationExpressionSyntax created)
        {
            return created.Type.ToString().Contains("BillingPortal");
        }

        ISymbol? symbol = model.GetSymbolInfo(receiver, cancellationToken).Symbol;
        if (symbol is not (ILocalSymbol or IFieldSymbol or IPropertySymbol))
        {
            return false;
        }

        foreach (SyntaxReference reference in symbol.DeclaringSyntaxReferences)
        {
            SyntaxNode declaration = reference.GetSyntax(cancellationToken);
            if ((declaration.Parent is VariableDeclarationSyntax { Type: var declared } && declared.ToString().Contains("BillingPortal"))
                || (declaration is PropertyDeclarationSyntax property && property.Type.ToString().Contains("BillingPortal"))
                || (declaration is VariableDeclaratorSyntax { Initializer.Value: ObjectCreationExpressionSyntax initial } && initial.Type.ToString().Contains("BillingPortal")))
            {
                return true;
            }
        }

        return false;
    }

    // The call's own options (an unresolved type named ...Options, not RequestOptions), an id string or a cancellation
    // token carry no key; request options that are null or built here without IdempotencyKey are a missing key.
    // Anything else (a RequestOptions from a parameter, a field or a helper) may carry one: not reported.
    private static bool IsArgumentWithoutKey(ArgumentSyntax argument, SemanticModel model, System.Threading.CancellationToken cancellationToken)
    {
        ExpressionSyntax expression = argument.Expression;
        bool namedRequestOptions = argument.NameColon?.Name.Identifier.ValueText == "requestOptions";
        if (expression.IsKind(SyntaxKind.NullLiteralExpression) || expression.IsKind(SyntaxKind.DefaultLiteralExpression))
        {
            return true;
        }

        if (expression is ObjectCreationExpressionSyntax creation && StripeRequestOptionsHelpers.IsRequestOptionsCreation(creation))
        {
            return StripeRequestOptionsHelpers.IsCreationWithoutKey(creation);
        }

        // customerService.CreateAsync(new() { Metadata = ... }): a target-typed new on an unresolved service has no type
        // of its own. Whether it is the call's options or request options, it carries a key only when it sets one.
        if (expression is ImplicitObjectCreationExpressionSyntax implicitCreation
            && model.GetTypeInfo(expression, cancellationToken).Type is null or { TypeKind: TypeKind.Error })
        {
            return !SetsMember(implicitCreation.Initializer, "IdempotencyKey");
        }

        // Request options from the project's own helper method or read-only field: followed to the objects it builds
        // (a helper that sets only StripeAccount or ApiKey passes no key).
        if (expression is InvocationExpressionSyntax or IdentifierNameSyntax or MemberAccessExpressionSyntax
            && StripeRequestOptionsHelpers.BuildsOnlyOptionsWithoutKey(model.GetSymbolInfo(expression, cancellationToken).Symbol, cancellationToken))
        {
            return true;
        }

        if (namedRequestOptions)
        {
            return false;
        }

        // charge.TransferId, payment.ChargeId, intent.Id: an id read from an unresolved Stripe object (its type does not
        // bind); Confirm and Capture take the intent's own id (service.Confirm(paymentIntent.Id, options), held-out set 10).
        if (expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: var member } && IsIdName(member)
            && model.GetTypeInfo(expression, cancellationToken).Type is null or { TypeKind: TypeKind.Error })
        {
            return true;
        }

        ITypeSymbol? type = model.GetTypeInfo(expression, cancellationToken).Type;
        switch (type)
        {
            case null:
                return false;
            case { SpecialType: SpecialType.System_String }:
                return true;
            case INamedTypeSymbol { Name: "CancellationToken" } token when token.TypeKind != TypeKind.Error:
                return true;
            case INamedTypeSymbol { TypeKind: TypeKind.Error } unresolved:
                return unresolved.Name.EndsWith("Options", StringComparison.Ordinal) && !unresolved.Name.EndsWith("RequestOptions", StringComparison.Ordinal);
            case INamedTypeSymbol copied when InStripeNamespace(copied):
                // A copied SDK's own options (StripeChargeCreateOptions) carry no key; its StripeRequestOptions may.
                return copied.Name.EndsWith("Options", StringComparison.Ordinal) && !copied.Name.EndsWith("RequestOptions", StringComparison.Ordinal);
            default:
                return false;
        }
    }

    private static bool SetsMember(InitializerExpressionSyntax? initializer, string member)
    {
        if (initializer == null)
        {
            return false;
        }

        foreach (ExpressionSyntax expression in initializer.Expressions)
        {
            if (expression is AssignmentExpressionSyntax { Left: IdentifierNameSyntax name } && name.Identifier.ValueText == member)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsIdName(string name)
        => name.Length >= 2 && (name.EndsWith("Id", StringComparison.Ordinal) || name.EndsWith("ID", StringComparison.Ordinal));

    private static Dictionary<string, Dictionary<string, StripeCallKind>> BuildServices()
    {
        var services = new Dictionary<string, Dictionary<string, StripeCallKind>>(StringComparer.Ordinal);
        foreach ((string typeName, StripeCallKind kind, string[] methods) in StripeIdempotencySymbols.ServiceTable)
        {
            string simpleName = typeName.Substring(typeName.LastIndexOf('.') + 1);
            if (!services.TryGetValue(simpleName, out Dictionary<string, StripeCallKind>? byName))
            {
                byName = new Dictionary<string, StripeCallKind>(StringComparer.Ordinal);
                services.Add(simpleName, byName);
            }

            foreach (string method in methods)
            {
                byName[method] = kind;
                byName[method + "Async"] = kind;
            }
        }

        return services;
    }
}
