using System;
using System.Net.Http;
using Microsoft.Extensions.Configuration;
using Stripe;

namespace Corpus.Secrets
{
    /// <summary>A payments API's start-up code, written in a hurry: credentials and transport shortcuts mixed with proper reads.</summary>
    public sealed class PaymentStartup
    {
        private const string StripeLiveKey = "sk_live_51NcQz2LkdIwHu7ixAbP3tQmR9vWx"; // expect: FG4001
        private const string StripePublishableKey = "pk_live_51NcQz2LkdIwHu7ixAbP3tQmR9vWx";
        private const string SupportEmail = "payments@example.com";

        private readonly IConfiguration _configuration;

        public PaymentStartup(IConfiguration configuration)
        {
            _configuration = configuration;
        }

        public void ConfigureStripe(bool useLegacyKey)
        {
            StripeConfiguration.ApiKey = useLegacyKey ? StripeLiveKey : _configuration["Stripe:SecretKey"];
            StripeConfiguration.ApiKey = "ops-rotated-key-2024"; // expect: FG4001
            StripeConfiguration.ApiKey = _configuration["Stripe:SecretKey"] ?? throw new InvalidOperationException("Configure Stripe:SecretKey");
        }

        public StripeClient CreateStripeClient() => new StripeClient("rk_live_51NcQz2LkdIwHu7ixRestrQ8mW"); // expect: FG4001

        public StripeClient CreateConfiguredClient() => new StripeClient(_configuration["Stripe:SecretKey"]);

        public RequestOptions ConnectedAccount(string accountId) => new RequestOptions
        {
            StripeAccount = accountId,
            ApiKey = "acct-platform-secret-value", // expect: FG4001
            IdempotencyKey = "order-" + accountId,
        };

        public Event ParseWebhook(string json, string signature)
            => EventUtility.ConstructEvent(json, signature, "whsec_Kq8Zp2Lm5Xv9Bn3Cw7Rt1Yh4"); // expect: FG4001

        public Event ParseWebhookFromConfig(string json, string signature)
            => EventUtility.ConstructEvent(json, signature, _configuration["Stripe:WebhookSecret"]);

        public Braintree.BraintreeGateway Braintree() => new Braintree.BraintreeGateway
        {
            Environment = global::Braintree.Environment.PRODUCTION,
            MerchantId = "7h2kq9x4mw3p8v5n",
            PublicKey = "c4d8f1a9b2e7k3m6",
            PrivateKey = "0b7e4c9a2f6d1e8c3a5b9d7f", // expect: FG4001
        };

        public Braintree.BraintreeGateway BraintreeFromConfig()
            => new Braintree.BraintreeGateway(global::Braintree.Environment.SANDBOX, _configuration["Braintree:MerchantId"]!, _configuration["Braintree:PublicKey"]!, _configuration["Braintree:PrivateKey"]!);

        public Adyen.Client Adyen() => new Adyen.Client(new Adyen.Config
        {
            XApiKey = "AQEyhmfxK4PJahRCw0m/n3Q5qf3VaY9UCJ14XWZE03G/k2NFikzVGEEb", // expect: FG4001
            MerchantAccount = "AcmeShopECOM",
            Environment = global::Adyen.Environment.Live,
        });

        private const string AdyenWsPassword = "Xq7!mZ2pL9vR";

        public Adyen.Client AdyenLegacy() => new Adyen.Client(new Adyen.Config { Username = "ws@Company.Acme", Password = AdyenWsPassword }); // expect: FG4001

        public Going.Plaid.PlaidClient Plaid()
            => new Going.Plaid.PlaidClient(Going.Plaid.Environment.Production, clientId: "5f1b2c3d4e5f6a7b8c9d0e1f", secret: "9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c"); // expect: FG4001

        public Going.Plaid.PlaidOptions PlaidOptions() => new Going.Plaid.PlaidOptions
        {
            ClientId = "5f1b2c3d4e5f6a7b8c9d0e1f",
            Secret = _configuration["Plaid:Secret"],
        };

        public PayPalCheckoutSdk.Core.PayPalHttpClient PayPal()
            => new PayPalCheckoutSdk.Core.PayPalHttpClient(new PayPalCheckoutSdk.Core.LiveEnvironment("AbCdEfGh12345", "EFz9Qp3Lm7Xv2Bn8Cw4Rt6Yh1")); // expect: FG4001

        public Checkout.ICheckoutApi CheckoutCom() => Checkout.CheckoutSdk.Builder().StaticKeys()
            .PublicKey("pk_vifq7ttmts42gxjkz2gnfq7y6y2")
            .SecretKey("sk_coj3lh7xqkjsrom3m7htqzvryel") // expect: FG4001
            .Environment(Checkout.Environment.Production)
            .Build();

        public Checkout.ICheckoutApi CheckoutComFromConfig() => Checkout.CheckoutSdk.Builder().StaticKeys()
            .SecretKey(_configuration["Checkout:SecretKey"]!)
            .Environment(Checkout.Environment.Production)
            .Build();

        public string LedgerConnection() => "Server=ledger-sql.internal;Database=Ledger;User Id=ledger_app;Password=Winter2024!Ledger;"; // expect: FG4001

        public string ReportingConnection() => "Server=reporting-sql.internal;Database=Reports;Integrated Security=true;TrustServerCertificate=false;";

        public string QueueConnection() => "amqps://payments:Q7m2Xk9pL4@mq.internal:5671/payments"; // expect: FG4001

        public HttpClient StripeHttpClient()
        {
            var handler = new HttpClientHandler();
            handler.ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator; // expect: FG4004
            return new HttpClient(handler) { BaseAddress = new Uri("https://api.stripe.com/") };
        }

        public HttpClient BankHttpClient() => new HttpClient(new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (request, certificate, chain, errors) => true, // expect: FG4004
        })
        {
            BaseAddress = new Uri("http://api.sandbox.paypal.com/v2/"), // expect: FG4005
        };

        public Uri AdyenCheckout() => new Uri("http://checkout-live.adyenpayments.com/checkout/v71"); // expect: FG4005

        public string Describe() => "Publishable key " + StripePublishableKey + ", support " + SupportEmail;
    }
}
