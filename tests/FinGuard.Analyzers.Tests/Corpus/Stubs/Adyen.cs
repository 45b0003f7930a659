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
