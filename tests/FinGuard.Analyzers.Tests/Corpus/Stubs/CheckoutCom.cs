// Stand-in for the Checkout.com .NET SDK (CheckoutSdk / checkout-sdk-net; real namespaces and type names).
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
