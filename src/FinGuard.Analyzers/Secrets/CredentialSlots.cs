namespace FinGuard.Analyzers.Secrets;

/// <summary>One place where a payment or bank SDK takes a credential: a property or a constructor/method parameter.</summary>
/// <param name="TypeName">Metadata name of the SDK type, e.g. <c>Stripe.StripeConfiguration</c>.</param>
/// <param name="MemberName">Property name, or parameter name when <paramref name="IsParameter"/>.</param>
/// <param name="IsParameter">True for a constructor or method parameter, false for a property.</param>
/// <param name="DisplayName">How messages name the slot: <c>StripeConfiguration.ApiKey</c>.</param>
/// <param name="ConfigKey">The configuration key a fix reads (<c>Stripe:SecretKey</c>).</param>
/// <param name="EnvVar">The environment variable a fix reads when no configuration is in scope (<c>STRIPE_SECRET_KEY</c>).</param>
internal sealed record CredentialSlot(string TypeName, string MemberName, bool IsParameter, string DisplayName, string ConfigKey, string EnvVar);

/// <summary>
/// The credential slots of the payment and bank SDKs FinGuard knows, by their real type and member names:
/// Stripe.net, Going.Plaid, Braintree, Adyen, Checkout.com and PayPal Checkout. Resolved once per compilation; SDKs that the
/// compilation does not reference cost nothing.
/// </summary>
internal sealed class CredentialSlots
{
    private static readonly CredentialSlot[] All =
    {
        new CredentialSlot("Stripe.StripeConfiguration", "ApiKey", false, "StripeConfiguration.ApiKey", "Stripe:SecretKey", "STRIPE_SECRET_KEY"),
        new CredentialSlot("Stripe.StripeClientOptions", "ApiKey", false, "StripeClientOptions.ApiKey", "Stripe:SecretKey", "STRIPE_SECRET_KEY"),
        new CredentialSlot("Stripe.RequestOptions", "ApiKey", false, "RequestOptions.ApiKey", "Stripe:SecretKey", "STRIPE_SECRET_KEY"),
        new CredentialSlot("Stripe.StripeClient", "apiKey", true, "the StripeClient API key", "Stripe:SecretKey", "STRIPE_SECRET_KEY"),
        new CredentialSlot("Stripe.EventUtility", "secret", true, "the Stripe webhook secret", "Stripe:WebhookSecret", "STRIPE_WEBHOOK_SECRET"),
        new CredentialSlot("Going.Plaid.PlaidOptions", "Secret", false, "PlaidOptions.Secret", "Plaid:Secret", "PLAID_SECRET"),
        new CredentialSlot("Going.Plaid.PlaidClient", "secret", true, "the PlaidClient secret", "Plaid:Secret", "PLAID_SECRET"),
        new CredentialSlot("Braintree.BraintreeGateway", "PrivateKey", false, "BraintreeGateway.PrivateKey", "Braintree:PrivateKey", "BRAINTREE_PRIVATE_KEY"),
        new CredentialSlot("Braintree.BraintreeGateway", "ClientSecret", false, "BraintreeGateway.ClientSecret", "Braintree:ClientSecret", "BRAINTREE_CLIENT_SECRET"),
        new CredentialSlot("Braintree.BraintreeGateway", "AccessToken", false, "BraintreeGateway.AccessToken", "Braintree:AccessToken", "BRAINTREE_ACCESS_TOKEN"),
        new CredentialSlot("Braintree.BraintreeGateway", "privateKey", true, "the BraintreeGateway private key", "Braintree:PrivateKey", "BRAINTREE_PRIVATE_KEY"),
        new CredentialSlot("Braintree.BraintreeGateway", "accessToken", true, "the BraintreeGateway access token", "Braintree:AccessToken", "BRAINTREE_ACCESS_TOKEN"),
        new CredentialSlot("Braintree.Configuration", "PrivateKey", false, "Braintree Configuration.PrivateKey", "Braintree:PrivateKey", "BRAINTREE_PRIVATE_KEY"),
        new CredentialSlot("Braintree.Configuration", "ClientSecret", false, "Braintree Configuration.ClientSecret", "Braintree:ClientSecret", "BRAINTREE_CLIENT_SECRET"),
        new CredentialSlot("Braintree.Configuration", "AccessToken", false, "Braintree Configuration.AccessToken", "Braintree:AccessToken", "BRAINTREE_ACCESS_TOKEN"),
        new CredentialSlot("Braintree.Configuration", "privateKey", true, "the Braintree private key", "Braintree:PrivateKey", "BRAINTREE_PRIVATE_KEY"),
        new CredentialSlot("Braintree.Configuration", "accessToken", true, "the Braintree access token", "Braintree:AccessToken", "BRAINTREE_ACCESS_TOKEN"),
        new CredentialSlot("Adyen.Config", "XApiKey", false, "Adyen Config.XApiKey", "Adyen:ApiKey", "ADYEN_API_KEY"),
        new CredentialSlot("Adyen.Config", "Password", false, "Adyen Config.Password", "Adyen:Password", "ADYEN_PASSWORD"),
        new CredentialSlot("Adyen.Client", "xapikey", true, "the Adyen Client API key", "Adyen:ApiKey", "ADYEN_API_KEY"),
        new CredentialSlot("Adyen.Client", "password", true, "the Adyen Client password", "Adyen:Password", "ADYEN_PASSWORD"),
        new CredentialSlot("Checkout.CheckoutDefaultSdk+StaticKeysCheckoutSdkBuilder", "secretKey", true, "the Checkout.com secret key", "Checkout:SecretKey", "CHECKOUT_SECRET_KEY"),
        new CredentialSlot("PayPalCheckoutSdk.Core.PayPalEnvironment", "clientSecret", true, "the PayPal client secret", "PayPal:ClientSecret", "PAYPAL_CLIENT_SECRET"),
        new CredentialSlot("PayPalCheckoutSdk.Core.SandboxEnvironment", "clientSecret", true, "the PayPal client secret", "PayPal:ClientSecret", "PAYPAL_CLIENT_SECRET"),
        new CredentialSlot("PayPalCheckoutSdk.Core.LiveEnvironment", "clientSecret", true, "the PayPal client secret", "PayPal:ClientSecret", "PAYPAL_CLIENT_SECRET"),
    };

    private readonly Dictionary<INamedTypeSymbol, List<CredentialSlot>> _byType;

    private CredentialSlots(Dictionary<INamedTypeSymbol, List<CredentialSlot>> byType)
    {
        _byType = byType;
    }

    public bool IsEmpty => _byType.Count == 0;

    /// <summary>Resolves the SDK types this compilation references.</summary>
    public static CredentialSlots Create(Compilation compilation)
    {
        var byType = new Dictionary<INamedTypeSymbol, List<CredentialSlot>>(SymbolEqualityComparer.Default);
        foreach (CredentialSlot slot in All)
        {
            INamedTypeSymbol? type = compilation.GetTypeByMetadataName(slot.TypeName);
            if (type == null)
            {
                continue;
            }

            if (!byType.TryGetValue(type, out List<CredentialSlot>? list))
            {
                list = new List<CredentialSlot>();
                byType.Add(type, list);
            }

            list.Add(slot);
        }

        return new CredentialSlots(byType);
    }

    /// <summary>The slot a property of an SDK type is, or null.</summary>
    public CredentialSlot? ForProperty(IPropertySymbol property) => Find(property.ContainingType, property.Name, isParameter: false);

    /// <summary>The slot a parameter of an SDK constructor or method is, or null.</summary>
    public CredentialSlot? ForParameter(IParameterSymbol parameter) => Find(parameter.ContainingSymbol?.ContainingType, parameter.Name, isParameter: true);

    private CredentialSlot? Find(INamedTypeSymbol? type, string name, bool isParameter)
    {
        if (type == null || _byType.Count == 0 || !_byType.TryGetValue(type.OriginalDefinition, out List<CredentialSlot>? slots))
        {
            return null;
        }

        foreach (CredentialSlot slot in slots)
        {
            if (slot.IsParameter == isParameter && string.Equals(slot.MemberName, name, StringComparison.Ordinal))
            {
                return slot;
            }
        }

        return null;
    }
}
