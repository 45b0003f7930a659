using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.CardData;

/// <summary>
/// Processor SDK members that take raw card data on the server, by their real metadata names: setting one means
/// the server handled the PAN or security code instead of the processor's client-side tokenization.
/// Resolve once per compilation with <see cref="Resolve"/>; absent SDKs cost nothing.
/// </summary>
internal sealed class PaymentSdkCardMembers
{
    private static readonly (string TypeName, string Processor, string[] Members)[] Known =
    {
        // Stripe.net: tokens and payment methods created from raw card details.
        ("Stripe.TokenCardOptions", "Stripe", new[] { "Number", "Cvc" }),
        ("Stripe.PaymentMethodCardOptions", "Stripe", new[] { "Number", "Cvc" }),
        ("Stripe.TokenCvcUpdateOptions", "Stripe", new[] { "Cvc" }),
        // Braintree: vaulting or charging a card from its number.
        ("Braintree.CreditCardRequest", "Braintree", new[] { "Number", "CVV" }),
        ("Braintree.TransactionCreditCardRequest", "Braintree", new[] { "Number", "CVV" }),
        // Adyen: unencrypted card fields (the Encrypted* fields from Adyen Web are fine).
        ("Adyen.Model.Checkout.CardDetails", "Adyen", new[] { "Number", "Cvc" }),
        ("Adyen.Model.Payment.Card", "Adyen", new[] { "Number", "Cvc" }),
        // PayPal Checkout SDK: a card payment source sent with the order.
        ("PayPalCheckoutSdk.Orders.Card", "PayPal", new[] { "Number", "SecurityCode" }),
        // Checkout.com: card sources and card token requests.
        ("Checkout.Payments.Request.Source.RequestCardSource", "Checkout.com", new[] { "Number", "Cvv" }),
        ("Checkout.Tokens.CardTokenRequest", "Checkout.com", new[] { "Number", "Cvv" }),
    };

    // Request types generated from a processor's published schema (WSDL/XSD): the schema fixes the type and member
    // names, the namespace is whatever the generator or the SDK chose (PayPal SOAP web references are generated into
    // the application's own namespace). Recognised by name, resolved or not (before restore they are error types),
    // by the syntax check in RawCardDataToProcessorAnalyzer.
    private static readonly (string TypeName, string Processor, string Member, CardDataKind Kind)[] SchemaMembers =
    {
        // Authorize.Net API (AuthorizeNet.Api.Contracts.V1, generated from AnetApiSchema.xsd).
        ("creditCardType", "Authorize.Net", "cardNumber", CardDataKind.Pan),
        ("creditCardType", "Authorize.Net", "cardCode", CardDataKind.SecurityCode),
        ("creditCardTrackType", "Authorize.Net", "track1", CardDataKind.TrackData),
        ("creditCardTrackType", "Authorize.Net", "track2", CardDataKind.TrackData),
        ("creditCardTrackType", "Authorize.Net", "Item", CardDataKind.TrackData),
        // PayPal classic API (Merchant SDK PayPal.PayPalAPIInterfaceService.Model, or a web reference to its WSDL):
        // DoDirectPayment and recurring-profile card details.
        ("CreditCardDetailsType", "PayPal", "CreditCardNumber", CardDataKind.Pan),
        ("CreditCardDetailsType", "PayPal", "CVV2", CardDataKind.SecurityCode),
    };

    /// <summary>Whether <paramref name="member"/> of a type named <paramref name="typeName"/> is a schema-named raw card field.</summary>
    public static bool TryMatchSchemaMember(string typeName, string member, out string processor, out CardDataKind kind)
    {
        foreach ((string type, string owner, string name, CardDataKind dataKind) in SchemaMembers)
        {
            if (name == member && type == typeName)
            {
                processor = owner;
                kind = dataKind;
                return true;
            }
        }

        processor = string.Empty;
        kind = CardDataKind.None;
        return false;
    }

    /// <summary>Cheap prefilter: whether a member name is one of the schema-named raw card fields.</summary>
    public static bool IsSchemaMemberName(string member)
        => member is "cardNumber" or "cardCode" or "track1" or "track2" or "Item" or "CreditCardNumber" or "CVV2";

    private readonly Dictionary<INamedTypeSymbol, (string Processor, string[] Members)> _types;

    private PaymentSdkCardMembers(Dictionary<INamedTypeSymbol, (string Processor, string[] Members)> types)
    {
        _types = types;
    }

    /// <summary>The members present in this compilation, or null when it references none of the SDKs.</summary>
    public static PaymentSdkCardMembers? Resolve(Compilation compilation)
    {
        Dictionary<INamedTypeSymbol, (string, string[])>? types = null;
        foreach ((string typeName, string processor, string[] members) in Known)
        {
            INamedTypeSymbol? type = compilation.GetTypeByMetadataName(typeName);
            if (type != null)
            {
                types ??= new Dictionary<INamedTypeSymbol, (string, string[])>(SymbolEqualityComparer.Default);
                types[type] = (processor, members);
            }
        }

        return types == null ? null : new PaymentSdkCardMembers(types);
    }

    /// <summary>Whether the property takes raw card data; gives the processor's name and the kind of data.</summary>
    public bool TryMatch(IPropertySymbol property, out string processor, out CardDataKind kind)
    {
        processor = string.Empty;
        kind = CardDataKind.None;
        if (property.ContainingType == null || !_types.TryGetValue(property.ContainingType.OriginalDefinition, out (string Processor, string[] Members) entry))
        {
            return false;
        }

        foreach (string member in entry.Members)
        {
            if (member == property.Name)
            {
                processor = entry.Processor;
                kind = member == "Number" ? CardDataKind.Pan : CardDataKind.SecurityCode;
                return true;
            }
        }

        return false;
    }
}
