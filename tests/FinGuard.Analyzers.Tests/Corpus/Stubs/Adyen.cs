// Stand-in for the Adyen .NET API library (namespace Adyen): only the members FinGuard's rules look at.
namespace Adyen
{
    public enum Environment { Test, Live }

    public class Config
    {
        public string Username { get; set; } = "";
        public string Password { get; set; } = "";
        public string XApiKey { get; set; } = "";
        public string MerchantAccount { get; set; } = "";
        public Environment Environment { get; set; }
        public string LiveEndpointUrlPrefix { get; set; } = "";
    }

    public class Client
    {
        public Client(Config config) { Config = config; }
        public Client(string username, string password, Environment environment) { Config = new Config(); }
        public Client(string xapikey, Environment environment, string? liveEndpointUrlPrefix = null) { Config = new Config(); }
        public Config Config { get; }
    }
}

namespace Adyen.Model.Checkout
{
    public class CardDetails
    {
        public string? Number { get; set; }
        public string? Cvc { get; set; }
        public string? ExpiryMonth { get; set; }
        public string? ExpiryYear { get; set; }
        public string? HolderName { get; set; }
        public string? EncryptedCardNumber { get; set; }
        public string? EncryptedSecurityCode { get; set; }
        public string? EncryptedExpiryMonth { get; set; }
        public string? EncryptedExpiryYear { get; set; }
    }
}

namespace Adyen.Model.Payment
{
    public class Card
    {
        public string? Number { get; set; }
        public string? Cvc { get; set; }
        public string? ExpiryMonth { get; set; }
        public string? ExpiryYear { get; set; }
        public string? HolderName { get; set; }
    }
}
