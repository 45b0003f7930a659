using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Security;
using Microsoft.Extensions.Configuration;
using Stripe;

namespace Corpus.Secrets
{
    /// <summary>Payment configuration done right, full of values that look like secrets but are not.</summary>
    public sealed class CleanPaymentConfig
    {
        public const string PublishableKey = "pk_live_51NcQz2LkdIwHu7ixAbP3tQmR9vWx";
        public const string TestPublishableKey = "pk_test_51NcQz2LkdIwHu7ixAbP3tQmR9vWx";
        public const string SecretKeyName = "Stripe:SecretKey";
        public const string SecretKeyVariable = "STRIPE_SECRET_KEY";
        public const string KeyPrefix = "sk_live_";
        public const string DocumentedFormat = "Secret keys look like sk_live_... and must never be committed";
        public const string PlaceholderKey = "sk_test_YOUR_SECRET_KEY";
        public const string RedactedKey = "sk_live_****************************";
        public const string ProductCard = "ProductCard";
        public const string GiftCardCode = "GIFT-8K2M-4P7Q-9X3Z";
        public const string CardType = "visa";
        public const string PaymentIntentId = "pi_3MtwBwLkdIwHu7ix28a3tqPa";
        public const string PaymentMethodId = "pm_1NcQz2LkdIwHu7ixT0kenAbC";
        public const string CustomerId = "cus_NffrFeUfNV2Hib";
        public const string ChargeId = "ch_3MmlLrLkdIwHu7ix0snN0B15";
        public const string WebhookEndpointId = "we_1Mr5jULkdIwHu7ix1ibLTM0x";
        public const string Sha256OfKey = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
        public const string EncryptedKey = "v1:AES256GCM:kid-2024-01:Zm9vYmFyYmF6cXV4";
        public const string PlaidClientIdLabel = "PLAID_CLIENT_ID";

        private readonly IConfiguration _configuration;

        public CleanPaymentConfig(IConfiguration configuration)
        {
            _configuration = configuration;
        }

        public string SecretKey => _configuration[SecretKeyName] ?? Environment.GetEnvironmentVariable(SecretKeyVariable) ?? throw new InvalidOperationException("Set " + SecretKeyVariable);

        public StripeClient CreateClient() => new StripeClient(SecretKey);

        public RequestOptions PerRequest(string accountId) => new RequestOptions { StripeAccount = accountId, ApiKey = SecretKey, IdempotencyKey = "refund-" + accountId };

        public Braintree.BraintreeGateway Braintree() => new Braintree.BraintreeGateway
        {
            Environment = global::Braintree.Environment.SANDBOX,
            MerchantId = "merchant-id-from-dashboard",
            PublicKey = "public-key-is-not-secret",
            PrivateKey = _configuration["Braintree:PrivateKey"] ?? "",
        };

        public Adyen.Config Adyen() => new Adyen.Config
        {
            XApiKey = _configuration["Adyen:ApiKey"] ?? "",
            MerchantAccount = "AcmeShopECOM",
            Username = "ws@Company.Acme",
        };

        public Going.Plaid.PlaidClient Plaid() => new Going.Plaid.PlaidClient(Going.Plaid.Environment.Sandbox, clientId: "5f1b2c3d4e5f6a7b8c9d0e1f", secret: _configuration["Plaid:Secret"]);

        public Going.Plaid.PlaidOptions PlaidPlaceholder() => new Going.Plaid.PlaidOptions { Secret = "<set PLAID_SECRET>" };

        public void PlaceholdersInSlots()
        {
            StripeConfiguration.ApiKey = "";
            StripeConfiguration.ApiKey = "${STRIPE_SECRET_KEY}";
            StripeConfiguration.ApiKey = "#{StripeSecretKey}#";
            StripeConfiguration.ApiKey = "sk_test_...";
            StripeConfiguration.ApiKey = "<your secret key>";
        }

        public IReadOnlyDictionary<string, string> ConnectionStrings() => new Dictionary<string, string>
        {
            ["Reporting"] = "Server=reporting.internal;Database=Reports;Integrated Security=true;Encrypt=true;",
            ["Payments"] = "Server=payments.internal;Database=Payments;Authentication=Active Directory Managed Identity;",
            ["Templated"] = "Server=payments.internal;Database=Payments;User Id=app;Password={0};",
            ["FromEnv"] = "Host=pg.internal;Username=ledger;Password=${LEDGER_DB_PASSWORD}",
            ["Redis"] = "redis.internal:6379,ssl=true,abortConnect=false",
            ["Docs"] = "Use Password=<password> in your local connection string",
        };

        public HttpClient PinnedBankClient(string thumbprint) => new HttpClient(new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (request, certificate, chain, errors) =>
                errors == SslPolicyErrors.None && string.Equals(certificate?.GetCertHashString(), thumbprint, StringComparison.OrdinalIgnoreCase),
        })
        {
            BaseAddress = new Uri("https://api.bank.example/"),
        };

        public IEnumerable<Uri> Endpoints()
        {
            yield return new Uri("https://api.stripe.com/v1/");
            yield return new Uri("https://payments.braintree-api.com/graphql");
            yield return new Uri("https://checkout-test.adyen.com/v71/");
            yield return new Uri("https://production.plaid.com/");
            yield return new Uri("http://localhost:12111/");
            yield return new Uri("http://stripe-mock:12111/v1/");
            yield return new Uri("http://intranet.example/payments/status");
            yield return new Uri("http://www.w3.org/2001/XMLSchema");
        }

        public string LoggingTemplate(string last4) => "Charged card ending " + last4 + " via https://dashboard.stripe.com/payments";

        public string ErrorMessage() => "Invalid API key provided: sk_live_****abcd";

        public string WebhookHelp() => "Copy the signing secret (whsec_...) from the Stripe dashboard into user secrets";
    }
}
