// Stand-in for the Checkout.com .NET SDK (package "CheckoutSDK"): real namespaces and type names, only the members rules need.
namespace Checkout.Payments.Request.Source
{
    public sealed class RequestCardSource
    {
        public string? Number { get; set; }
        public int? ExpiryMonth { get; set; }
        public int? ExpiryYear { get; set; }
        public string? Name { get; set; }
        public string? Cvv { get; set; }
        public bool? Stored { get; set; }
    }

    public sealed class RequestTokenSource
    {
        public string? Token { get; set; }
    }
}

namespace Checkout.Tokens
{
    public sealed class CardTokenRequest
    {
        public string? Number { get; set; }
        public int? ExpiryMonth { get; set; }
        public int? ExpiryYear { get; set; }
        public string? Cvv { get; set; }
    }
}
