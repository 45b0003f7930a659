// Stand-in for the Braintree .NET SDK (namespace Braintree): only the members FinGuard's rules look at.
namespace Braintree
{
    public enum Environment { DEVELOPMENT, QA, SANDBOX, PRODUCTION }

    public class Configuration
    {
        public Configuration() { }
        public Configuration(Environment environment, string merchantId, string publicKey, string privateKey) { }
        public Configuration(string accessToken) { }
        public Environment Environment { get; set; }
        public string MerchantId { get; set; } = "";
        public string PublicKey { get; set; } = "";
        public string PrivateKey { get; set; } = "";
        public string ClientId { get; set; } = "";
        public string ClientSecret { get; set; } = "";
        public string AccessToken { get; set; } = "";
    }

    public class BraintreeGateway
    {
        public BraintreeGateway() { }
        public BraintreeGateway(Environment environment, string merchantId, string publicKey, string privateKey) { }
        public BraintreeGateway(string accessToken) { }
        public BraintreeGateway(Configuration configuration) { }
        public Environment Environment { get; set; }
        public string MerchantId { get; set; } = "";
        public string PublicKey { get; set; } = "";
        public string PrivateKey { get; set; } = "";
        public string ClientId { get; set; } = "";
        public string ClientSecret { get; set; } = "";
        public string AccessToken { get; set; } = "";
    }
}

namespace Braintree
{
    public class CreditCardRequest
    {
        public string? Number { get; set; }
        public string? CVV { get; set; }
        public string? ExpirationDate { get; set; }
        public string? CardholderName { get; set; }
        public string? Token { get; set; }
        public string? PaymentMethodNonce { get; set; }
        public string? CustomerId { get; set; }
    }

    public class TransactionCreditCardRequest
    {
        public string? Number { get; set; }
        public string? CVV { get; set; }
        public string? ExpirationDate { get; set; }
        public string? Token { get; set; }
    }

    public class TransactionRequest
    {
        public decimal Amount { get; set; }
        public string? PaymentMethodNonce { get; set; }
        public string? PaymentMethodToken { get; set; }
        public TransactionCreditCardRequest? CreditCard { get; set; }
    }
}
