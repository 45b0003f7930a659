namespace FinGuard.Analyzers.Shared;

/// <summary>Which processor SDK a symbol belongs to, by its real namespace.</summary>
internal enum ProcessorSdk
{
    None,

    /// <summary>Adyen .NET API library: <c>Adyen.Service.*</c>, key in <c>Adyen.Model.RequestOptions.IdempotencyKey</c>.</summary>
    Adyen,

    /// <summary>Checkout.com SDK: <c>Checkout.Payments.*Client</c>, key in an <c>idempotencyKey</c> argument.</summary>
    CheckoutCom,

    /// <summary>PayPal Server SDK: <c>PaypalServerSdk.*</c>, key in <c>payPalRequestId</c> (argument or input property).</summary>
    PayPal,

    /// <summary>Square .NET SDK: <c>Square.*</c>, key in the request's <c>IdempotencyKey</c> (required by the SDK).</summary>
    Square,

    /// <summary>
    /// YooKassa (formerly Yandex.Checkout) .NET client: <c>Yandex.Checkout.V3.Client</c>/<c>AsyncClient</c>, key in an
    /// <c>idempotenceKey</c> argument (a fresh GUID per call when omitted).
    /// </summary>
    YooKassa,
}

/// <summary>
/// Recognises the non-Stripe processor SDKs' idempotency mechanisms by their real namespaces and member names.
/// Braintree has no idempotency key (it deduplicates by order id, configured in the gateway) and is not covered.
/// </summary>
internal static class ProcessorSdks
{
    public static ProcessorSdk Classify(INamedTypeSymbol? type)
    {
        if (type == null || !TryGetRootNamespaces(type, out INamespaceSymbol rootNs, out INamespaceSymbol? second))
        {
            return ProcessorSdk.None;
        }

        switch (rootNs.Name)
        {
            case "Adyen":
                return ProcessorSdk.Adyen;
            case "PaypalServerSdk":
                return ProcessorSdk.PayPal;
            case "Square":
                return ProcessorSdk.Square;
            case "Yandex":
                // Yandex.Checkout.V3's clients; not Yandex's other libraries (maps, cloud, money wallets).
                return second?.Name == "Checkout" && IsYooKassaClientName(type.Name) ? ProcessorSdk.YooKassa : ProcessorSdk.None;
            case "Checkout":
                // "Checkout" is also a common name for a shop's own namespace: only the SDK's payments clients count.
                return second?.Name == "Payments" && type.Name.EndsWith("Client", StringComparison.Ordinal) ? ProcessorSdk.CheckoutCom : ProcessorSdk.None;
            default:
                return ProcessorSdk.None;
        }
    }

    /// <summary>
    /// Whether a type declared in source is a processor's SDK copied into the repository (issue 18, set 18: CyberSource's
    /// generated <c>CyberSource.Model</c> request types vendored as source), by the SDK's own root namespace:
    /// <c>Stripe</c>, <c>Braintree</c>, <c>Adyen</c>, <c>Square</c>, <c>PaypalServerSdk</c>, <c>PayPalCheckoutSdk</c>,
    /// <c>PayPal.Api</c>/<c>PayPal.PayPalAPIInterfaceService</c>, <c>AuthorizeNet</c>, <c>CyberSource</c>, <c>Checkout</c>
    /// (<c>Checkout.Payments</c>, <c>Checkout.Tokens</c>, <c>Checkout.Instruments</c> only), <c>BorgunPayment</c> (Borgun's RPG
    /// client), <c>Yandex.Checkout</c>/<c>Yookassa</c> (YooKassa's client). The SDK's request types carry
    /// card fields because the processor's API does; what the application puts into them is reported where it does so.
    /// A shop's own namespace (<c>Shop.Stripe</c>, <c>Checkout.Web</c>, <c>PayPalIntegration</c>) is not an SDK's.
    /// </summary>
    public static bool IsVendoredSdkType(INamedTypeSymbol? type)
    {
        if (type == null || !TryGetRootNamespaces(type, out INamespaceSymbol root, out INamespaceSymbol? second))
        {
            return false;
        }

        switch (root.Name)
        {
            case "Stripe":
            case "Braintree":
            case "Adyen":
            case "Square":
            case "PaypalServerSdk":
            case "PayPalCheckoutSdk":
            case "AuthorizeNet":
            case "CyberSource":
                return true;
            case "PayPal":
                return second?.Name is "Api" or "PayPalAPIInterfaceService";
            case "Checkout":
                return second?.Name is "Payments" or "Tokens" or "Instruments";
            // Borgun (Teya) RPG client library, BorgunPayment.Model (issue 18, set 20).
            case "BorgunPayment":
                return true;
            // YooKassa (formerly Yandex.Checkout) client libraries: Yandex.Checkout.V3, Yookassa (issue 18, set 20).
            case "Yandex":
                return second?.Name == "Checkout";
            case "Yookassa":
            case "YooKassa":
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// A parameter that carries the key: <c>idempotencyKey</c> (Checkout.com), <c>payPalRequestId</c> (PayPal) or
    /// <c>idempotenceKey</c> (YooKassa's spelling, after its <c>Idempotence-Key</c> header).
    /// </summary>
    public static bool IsKeyParameterName(string name)
        => string.Equals(name, "idempotencyKey", StringComparison.OrdinalIgnoreCase) || string.Equals(name, "payPalRequestId", StringComparison.OrdinalIgnoreCase)
           || string.Equals(name, YooKassaKeyParameter, StringComparison.OrdinalIgnoreCase);

    /// <summary>YooKassa's key parameter on every money-moving method of its clients.</summary>
    public const string YooKassaKeyParameter = "idempotenceKey";

    /// <summary>The YooKassa client types (<c>Client</c>, <c>AsyncClient</c>), by name: also unresolved before restore.</summary>
    public static bool IsYooKassaClientName(string name) => name is "Client" or "AsyncClient";

    /// <summary>Whether a namespace is YooKassa's .NET client's (<c>Yandex.Checkout.V3</c> and the namespaces inside it).</summary>
    public static bool IsYooKassaNamespace(string ns) => ns.StartsWith("Yandex.Checkout", StringComparison.Ordinal);

    /// <summary>A property that carries the key on a processor SDK type (Adyen/Square <c>IdempotencyKey</c>, PayPal <c>PayPalRequestId</c>).</summary>
    public static bool IsKeyProperty(IPropertySymbol property)
        => IsKeyParameterName(property.Name) && Classify(property.ContainingType) != ProcessorSdk.None
           || (property.Name == "IdempotencyKey" && IsInRootNamespace(property.ContainingType, "Adyen", "Square"));

    /// <summary>Whether a method's name says it moves money (and is not a read, a cancellation or void, nor Adyen's POST /paymentMethods lookup).</summary>
    public static bool MovesMoney(string name)
    {
        if (name.StartsWith("Get", StringComparison.Ordinal) || name.StartsWith("List", StringComparison.Ordinal) || name.StartsWith("Search", StringComparison.Ordinal)
            || name.StartsWith("Retrieve", StringComparison.Ordinal) || name.StartsWith("Find", StringComparison.Ordinal) || name.StartsWith("Show", StringComparison.Ordinal)
            // Cancelling or voiding an authorisation releases it (YooKassa's CancelPayment, Checkout.com's VoidPayment): a
            // repeat cannot pay twice.
            || name.StartsWith("Cancel", StringComparison.Ordinal) || name.StartsWith("Void", StringComparison.Ordinal)
            || name.IndexOf("Methods", StringComparison.Ordinal) >= 0)
        {
            return false;
        }

        foreach (string word in MoneyWords)
        {
            if (name.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] MoneyWords = { "Payment", "Capture", "Refund", "Payout", "Transfer", "Authoriz", "Authoris", "Charge", "Reversal", "Order", "Donation" };

    private static bool IsInRootNamespace(INamedTypeSymbol? type, string first, string second)
        => type != null && TryGetRootNamespaces(type, out INamespaceSymbol root, out _) && (root.Name == first || root.Name == second);

    // The outermost namespace of the type (Adyen in Adyen.Service.Payments) and the one inside it (Service), if any.
    private static bool TryGetRootNamespaces(INamedTypeSymbol type, out INamespaceSymbol root, out INamespaceSymbol? second)
    {
        second = null;
        root = type.ContainingNamespace;
        if (root == null || root.IsGlobalNamespace)
        {
            return false;
        }

        while (root.ContainingNamespace != null && !root.ContainingNamespace.IsGlobalNamespace)
        {
            second = root;
            root = root.ContainingNamespace;
        }

        return true;
    }
}
