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

namespace Checkout.Payments
{
    using System.Threading;
    using System.Threading.Tasks;

    public class PaymentRequest { public long? Amount { get; set; } public string? Currency { get; set; } public string? Reference { get; set; } }
    public class PaymentResponse { public string? Id { get; set; } }
    public class CaptureRequest { public long? Amount { get; set; } public string? Reference { get; set; } }
    public class CaptureResponse { }
    public class RefundRequest { public long? Amount { get; set; } public string? Reference { get; set; } }
    public class RefundResponse { }
    public class GetPaymentResponse { }

    public interface IPaymentsClient
    {
        Task<PaymentResponse> RequestPayment(PaymentRequest paymentRequest, string? idempotencyKey = null, CancellationToken cancellationToken = default);
        Task<CaptureResponse> CapturePayment(string paymentId, CaptureRequest? captureRequest = null, string? idempotencyKey = null, CancellationToken cancellationToken = default);
        Task<RefundResponse> RefundPayment(string paymentId, RefundRequest? refundRequest = null, string? idempotencyKey = null, CancellationToken cancellationToken = default);
        Task<GetPaymentResponse> GetPaymentDetails(string paymentId, CancellationToken cancellationToken = default);
    }
}

namespace Checkout
{
    public interface ICheckoutApi
    {
        Checkout.Payments.IPaymentsClient PaymentsClient();
    }
}
