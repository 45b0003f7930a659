// Stand-in for the Adyen .NET API library (package "Adyen"): real namespaces and type names, only the members rules need.
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
