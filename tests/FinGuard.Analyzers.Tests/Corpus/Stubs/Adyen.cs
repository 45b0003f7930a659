// Stand-in for the Adyen .NET API library (real namespaces and type names; only what FinGuard's rules look at).
namespace Adyen.Model
{
    public class RequestOptions
    {
        public string? IdempotencyKey { get; set; }
        public string? RequestedVerificationCodeHeader { get; set; }
    }
}

namespace Adyen.Model.Checkout
{
    public class Amount
    {
        public Amount(string currency, long value) { Currency = currency; Value = value; }
        public string Currency { get; set; }
        public long Value { get; set; }
    }

    public class PaymentRequest
    {
        public Amount? Amount { get; set; }
        public string? MerchantAccount { get; set; }
        public string? Reference { get; set; }
    }

    public class PaymentResponse { public string? PspReference { get; set; } }
    public class PaymentMethodsRequest { public string? MerchantAccount { get; set; } }
    public class PaymentMethodsResponse { }
    public class PaymentCaptureRequest { public Amount? Amount { get; set; } public string? MerchantAccount { get; set; } }
    public class PaymentCaptureResponse { }
    public class PaymentRefundRequest { public Amount? Amount { get; set; } public string? MerchantAccount { get; set; } }
    public class PaymentRefundResponse { }
}

namespace Adyen.Service.Checkout
{
    using System.Threading;
    using System.Threading.Tasks;
    using Adyen.Model;
    using Adyen.Model.Checkout;

    public interface IPaymentsService
    {
        Task<PaymentResponse> PaymentsAsync(PaymentRequest paymentRequest, RequestOptions? requestOptions = default, CancellationToken cancellationToken = default);
        Task<PaymentMethodsResponse> PaymentMethodsAsync(PaymentMethodsRequest paymentMethodsRequest, RequestOptions? requestOptions = default, CancellationToken cancellationToken = default);
    }

    public class PaymentsService : IPaymentsService
    {
        public Task<PaymentResponse> PaymentsAsync(PaymentRequest paymentRequest, RequestOptions? requestOptions = default, CancellationToken cancellationToken = default) => Task.FromResult(new PaymentResponse());
        public Task<PaymentMethodsResponse> PaymentMethodsAsync(PaymentMethodsRequest paymentMethodsRequest, RequestOptions? requestOptions = default, CancellationToken cancellationToken = default) => Task.FromResult(new PaymentMethodsResponse());
    }

    public class ModificationsService
    {
        public Task<PaymentCaptureResponse> CaptureAuthorisedPaymentAsync(string paymentPspReference, PaymentCaptureRequest paymentCaptureRequest, RequestOptions? requestOptions = default, CancellationToken cancellationToken = default) => Task.FromResult(new PaymentCaptureResponse());
        public Task<PaymentRefundResponse> RefundCapturedPaymentAsync(string paymentPspReference, PaymentRefundRequest paymentRefundRequest, RequestOptions? requestOptions = default, CancellationToken cancellationToken = default) => Task.FromResult(new PaymentRefundResponse());
    }
}
