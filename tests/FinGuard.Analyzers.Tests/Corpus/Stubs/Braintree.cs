// Stand-in for the Braintree .NET SDK (package "Braintree"): real namespace and type names, only the members rules need.
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
