using System;
using System.Net;
using System.Net.Http;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Corpus.Secrets
{
    /// <summary>An old bank gateway integration: process-wide TLS bypasses, http endpoints and keys for the test harness.</summary>
    public static class LegacyGateway
    {
        public static readonly string SandboxKey = "sk_test_51NcQz2LkdIwHu7ixTestQ8mWzR"; // expect: FG4002
        public static readonly string SandboxRestricted = "rk_test_51NcQz2LkdIwHu7ixRsTr9pLq"; // expect: FG4002
        public static readonly string WebhookForLocalTesting = @"whsec_Vb6Nm1Qw8Er4Ty2Ui7Op3As9"; // expect: FG4001

        public static readonly string ChargesEndpoint = "http://api.stripe.com/v1/charges"; // expect: FG4005
        public static readonly string SecureEndpoint = "https://api.stripe.com/v1/charges";
        public static readonly string LocalEmulator = "http://localhost:12111/v1/charges";
        public static readonly string MarketingPage = "http://www.example.com/stripe.com-integration";

        public static void TrustEverything()
        {
            ServicePointManager.ServerCertificateValidationCallback = delegate { return true; }; // expect: FG4004
            ServicePointManager.ServerCertificateValidationCallback += AcceptAll; // expect: FG4004
        }

        public static void TrustProperly()
        {
            ServicePointManager.ServerCertificateValidationCallback = (sender, certificate, chain, errors) => errors == SslPolicyErrors.None;
            ServicePointManager.ServerCertificateValidationCallback = ValidatePinned;
        }

        public static SocketsHttpHandler PlaidHandler() => new SocketsHttpHandler
        {
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (sender, certificate, chain, errors) => // expect: FG4004
                {
                    Console.WriteLine("TLS errors ignored: " + errors);
                    return true;
                },
            },
        };

        public static Uri PlaidItems(string environment) => new Uri($"http://{environment}.plaid.com/item/get"); // expect: FG4005

        public static Uri Braintree() => new Uri($"http://payments.braintree-api.com/graphql?env={Environment.MachineName}"); // expect: FG4005

        private static bool AcceptAll(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors) => true;

        private static bool ValidatePinned(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
            => errors == SslPolicyErrors.None && certificate?.GetCertHashString() == "9F1C2A7B4D";
    }
}
