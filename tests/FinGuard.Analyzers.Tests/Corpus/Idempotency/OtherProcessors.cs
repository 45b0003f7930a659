using System;
using System.Threading;
using System.Threading.Tasks;
using Adyen.Model;
using Adyen.Model.Checkout;
using Adyen.Service.Checkout;
using Checkout;
using PaypalServerSdk.Standard.Controllers;
using PaypalServerSdk.Standard.Models;

namespace Shop.Processors
{
    public sealed class PaymentOrder
    {
        public Guid Id { get; set; }
        public long AmountInMinorUnits { get; set; }
        public string Currency { get; set; } = "EUR";
        public string? PspReference { get; set; }
    }

    public sealed class AdyenGateway
    {
        private readonly IPaymentsService _payments;
        private readonly ModificationsService _modifications;
        private readonly string _merchantAccount;

        public AdyenGateway(IPaymentsService payments, ModificationsService modifications, string merchantAccount)
        {
            _payments = payments;
            _modifications = modifications;
            _merchantAccount = merchantAccount;
        }

        public Task<PaymentResponse> AuthoriseAsync(PaymentOrder order, CancellationToken ct)
        {
            var request = new PaymentRequest { Amount = new Amount(order.Currency, order.AmountInMinorUnits), MerchantAccount = _merchantAccount, Reference = order.Id.ToString() };
            return _payments.PaymentsAsync(request, cancellationToken: ct); // expect: FG2003
        }

        public Task<PaymentResponse> AuthoriseSafelyAsync(PaymentOrder order, CancellationToken ct)
        {
            var request = new PaymentRequest { Amount = new Amount(order.Currency, order.AmountInMinorUnits), MerchantAccount = _merchantAccount, Reference = order.Id.ToString() };
            return _payments.PaymentsAsync(request, new RequestOptions { IdempotencyKey = $"order-{order.Id}-authorise" }, ct);
        }

        public Task<PaymentCaptureResponse> CaptureAsync(PaymentOrder order, CancellationToken ct)
        {
            var options = new RequestOptions { IdempotencyKey = "capture" }; // expect: FG2006
            return _modifications.CaptureAuthorisedPaymentAsync(order.PspReference!, new PaymentCaptureRequest { MerchantAccount = _merchantAccount }, options, ct);
        }

        public Task<PaymentRefundResponse> RefundAsync(PaymentOrder order, Guid refundId, CancellationToken ct)
            => _modifications.RefundCapturedPaymentAsync(order.PspReference!, new PaymentRefundRequest { MerchantAccount = _merchantAccount }, new RequestOptions { IdempotencyKey = $"refund-{refundId}" }, ct);

        public Task<PaymentMethodsResponse> MethodsAsync(CancellationToken ct)
            => _payments.PaymentMethodsAsync(new PaymentMethodsRequest { MerchantAccount = _merchantAccount }, cancellationToken: ct);
    }

    public sealed class CheckoutComGateway
    {
        private readonly ICheckoutApi _api;

        public CheckoutComGateway(ICheckoutApi api) => _api = api;

        public Task<Checkout.Payments.PaymentResponse> PayAsync(PaymentOrder order)
            => _api.PaymentsClient().RequestPayment(new Checkout.Payments.PaymentRequest { Amount = order.AmountInMinorUnits, Currency = order.Currency }); // expect: FG2003

        public Task<Checkout.Payments.PaymentResponse> PaySafelyAsync(PaymentOrder order)
            => _api.PaymentsClient().RequestPayment(new Checkout.Payments.PaymentRequest { Amount = order.AmountInMinorUnits, Currency = order.Currency }, $"order-{order.Id}-pay");

        public Task<Checkout.Payments.CaptureResponse> CaptureAsync(string paymentId, PaymentOrder order)
            => _api.PaymentsClient().CapturePayment(paymentId, new Checkout.Payments.CaptureRequest { Amount = order.AmountInMinorUnits }, $"order-{order.Id}-capture");

        public async Task<Checkout.Payments.RefundResponse> RefundWithRetryAsync(string paymentId)
        {
            for (int attempt = 0; attempt < 3; attempt++)
            {
                try
                {
                    return await _api.PaymentsClient().RefundPayment(paymentId, new Checkout.Payments.RefundRequest(), Guid.NewGuid().ToString()); // expect: FG2005
                }
                catch (TimeoutException) when (attempt < 2)
                {
                }
            }

            throw new TimeoutException();
        }

        public Task<Checkout.Payments.GetPaymentResponse> DetailsAsync(string paymentId) => _api.PaymentsClient().GetPaymentDetails(paymentId);
    }

    public sealed class PayPalGateway
    {
        private readonly OrdersController _orders;

        public PayPalGateway(OrdersController orders) => _orders = orders;

        public async Task<string?> CreateOrderAsync(PaymentOrder order, CancellationToken ct)
        {
            var input = new CreateOrderInput { Body = new OrderRequest { Intent = "CAPTURE" }, Prefer = "return=representation" };
            var response = await _orders.CreateOrderAsync(input, ct); // expect: FG2003
            return response.Data?.Id;
        }

        public async Task<string?> CreateOrderSafelyAsync(PaymentOrder order, CancellationToken ct)
        {
            var input = new CreateOrderInput { Body = new OrderRequest { Intent = "CAPTURE" }, PaypalRequestId = $"order-{order.Id}-create" };
            var response = await _orders.CreateOrderAsync(input, ct);
            return response.Data?.Id;
        }

        public Task CaptureAsync(string paypalOrderId, PaymentOrder order, CancellationToken ct)
            => _orders.CaptureOrderAsync(new CaptureOrderInput { Id = paypalOrderId, PaypalRequestId = $"order-{order.Id}-capture" }, ct);

        public Task LookupAsync(string paypalOrderId, CancellationToken ct) => _orders.GetOrderAsync(paypalOrderId, ct);
    }

    public sealed class SquareGateway
    {
        private const string SharedKey = "square-checkout";
        private readonly Square.Payments.PaymentsClient _payments = new Square.Payments.PaymentsClient();

        public Task PayAsync(string sourceId, PaymentOrder order)
            => _payments.CreateAsync(new Square.CreatePaymentRequest { SourceId = sourceId, IdempotencyKey = $"order-{order.Id}" });

        public Task PayWithConstantKeyAsync(string sourceId)
            => _payments.CreateAsync(new Square.CreatePaymentRequest { SourceId = sourceId, IdempotencyKey = SharedKey }); // expect: FG2006
    }
}

namespace Checkout.Storefront
{
    // A shop's own "Checkout" namespace: not the Checkout.com SDK.
    public sealed class BasketPaymentClient
    {
        public void CreatePayment(string? idempotencyKey = null) { }
    }

    public sealed class BasketController
    {
        public void Pay() => new BasketPaymentClient().CreatePayment();
    }
}
