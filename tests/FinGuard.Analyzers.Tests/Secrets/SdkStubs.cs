namespace FinGuard.Analyzers.Tests.Secrets;

/// <summary>Stand-ins for processor SDKs that are not on the registry here, under their real namespaces and names.</summary>
internal static class SdkStubs
{
    public const string Source = """

namespace Braintree
{
    public enum Environment { SANDBOX, PRODUCTION }
    public class BraintreeGateway
    {
        public BraintreeGateway() { }
        public BraintreeGateway(Environment environment, string merchantId, string publicKey, string privateKey) { }
        public BraintreeGateway(string accessToken) { }
        public Environment Environment { get; set; }
        public string MerchantId { get; set; } = "";
        public string PublicKey { get; set; } = "";
        public string PrivateKey { get; set; } = "";
    }
}
namespace Adyen
{
    public class Config { public string XApiKey { get; set; } = ""; public string Password { get; set; } = ""; public string MerchantAccount { get; set; } = ""; }
    public class Client { public Client(Config config) { } public Client(string xapikey, string environment) { } }
}
namespace Checkout
{
    public class CheckoutDefaultSdk
    {
        public class StaticKeysCheckoutSdkBuilder
        {
            public StaticKeysCheckoutSdkBuilder PublicKey(string publicKey) => this;
            public StaticKeysCheckoutSdkBuilder SecretKey(string secretKey) => this;
        }
    }
}
namespace Going.Plaid
{
    public enum Environment { Sandbox, Production }
    public class PlaidOptions { public string ClientId { get; set; } = ""; public string Secret { get; set; } = ""; }
    public class PlaidClient { public PlaidClient(Environment environment, string? clientId = null, string? secret = null, string? accessToken = null) { } }
}

""";
}
