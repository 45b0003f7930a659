// Stand-in for PayPal Checkout SDK (namespace PayPalCheckoutSdk.Core): only the members FinGuard's rules look at.
namespace PayPalCheckoutSdk.Core
{
    public class PayPalEnvironment
    {
        public PayPalEnvironment(string clientId, string clientSecret, string baseUrl, string webUrl) { }
    }

    public class SandboxEnvironment : PayPalEnvironment
    {
        public SandboxEnvironment(string clientId, string clientSecret) : base(clientId, clientSecret, "https://api.sandbox.paypal.com", "https://www.sandbox.paypal.com") { }
    }

    public class LiveEnvironment : PayPalEnvironment
    {
        public LiveEnvironment(string clientId, string clientSecret) : base(clientId, clientSecret, "https://api.paypal.com", "https://www.paypal.com") { }
    }

    public class PayPalHttpClient
    {
        public PayPalHttpClient(PayPalEnvironment environment) { }
    }
}
