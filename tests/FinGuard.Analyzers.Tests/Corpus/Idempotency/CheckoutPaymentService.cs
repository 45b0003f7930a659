using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Stripe;

namespace Shop.Payments
{
    public sealed class Order
    {
        public Guid Id { get; set; }
        public string CustomerId { get; set; } = "";
        public long TotalInCents { get; set; }
        public string Currency { get; set; } = "eur";
        public string? PaymentIntentId { get; set; }
    }

    public sealed class CheckoutPaymentService
    {
        private readonly PaymentIntentService _paymentIntents;
        private readonly ChargeService _charges;
        private readonly RefundService _refunds;
        private readonly ILogger<CheckoutPaymentService> _logger;
        private readonly RequestOptions _platformOptions = new RequestOptions { StripeAccount = "acct_platform" };

        public CheckoutPaymentService(StripeClient client, ILogger<CheckoutPaymentService> logger)
        {
            _paymentIntents = client.V1.PaymentIntents;
            _charges = new ChargeService(client);
            _refunds = new RefundService(client);
            _logger = logger;
        }

        // Positive: the classic double-charge bug.
        public async Task<PaymentIntent> StartPaymentAsync(Order order, CancellationToken ct)
        {
            var options = new PaymentIntentCreateOptions
            {
                Amount = order.TotalInCents,
                Currency = order.Currency,
                Customer = order.CustomerId,
            };
            PaymentIntent intent = await _paymentIntents.CreateAsync(options, cancellationToken: ct); // expect: FG2001
            _logger.LogInformation("Created payment intent {Id} for order {Order}", intent.Id, order.Id);
            return intent;
        }

        // Negative: key derived from the order.
        public Task<PaymentIntent> StartPaymentSafelyAsync(Order order, CancellationToken ct)
        {
            var options = new PaymentIntentCreateOptions { Amount = order.TotalInCents, Currency = order.Currency };
            return _paymentIntents.CreateAsync(options, new RequestOptions { IdempotencyKey = $"order-{order.Id}-payment-intent-create" }, ct);
        }

        // Positive: Connect options built here without a key.
        public Task<PaymentIntent> ConfirmForConnectedAccountAsync(string paymentIntentId, string connectedAccount, CancellationToken ct)
        {
            var requestOptions = new RequestOptions { StripeAccount = connectedAccount };
            return _paymentIntents.ConfirmAsync(paymentIntentId, new PaymentIntentConfirmOptions(), requestOptions, ct); // expect: FG2001
        }

        // Negative: options with a key set after construction.
        public Task<PaymentIntent> CaptureAsync(Order order, CancellationToken ct)
        {
            var requestOptions = new RequestOptions();
            requestOptions.IdempotencyKey = "capture-" + order.PaymentIntentId;
            return _paymentIntents.CaptureAsync(order.PaymentIntentId, new PaymentIntentCaptureOptions(), requestOptions, ct);
        }

        // Negative: options from a field are trusted (built somewhere we cannot judge).
        public Task<PaymentIntent> CapturePlatformAsync(string paymentIntentId, CancellationToken ct)
            => _paymentIntents.CaptureAsync(paymentIntentId, null, _platformOptions, ct);

        // Negative: options from a helper.
        public Charge CaptureCharge(Order order)
            => _charges.Capture(order.PaymentIntentId, new ChargeCaptureOptions(), KeyedOptions(order, "charge-capture"));

        // Positive: null passed explicitly.
        public Charge CaptureLegacyCharge(string chargeId)
            => _charges.Capture(chargeId, null, null); // expect: FG2001

        // Positive: refund without a key.
        public Refund RefundInFull(Order order)
        {
            return _refunds.Create(new RefundCreateOptions { PaymentIntent = order.PaymentIntentId }); // expect: FG2001
        }

        // Negative: refund with a key from a parameter.
        public Refund RefundPartially(Order order, long amount, string refundRequestId)
        {
            return _refunds.Create(
                new RefundCreateOptions { PaymentIntent = order.PaymentIntentId, Amount = amount },
                new RequestOptions { IdempotencyKey = $"refund-{refundRequestId}" });
        }

        // Negatives: reads, updates and cancellations are safe to repeat.
        public async Task<IReadOnlyList<PaymentIntent>> ListAsync(string customerId, CancellationToken ct)
        {
            PaymentIntent current = await _paymentIntents.GetAsync("pi_123", cancellationToken: ct);
            await _paymentIntents.UpdateAsync(current.Id, new PaymentIntentUpdateOptions { Description = "updated" }, cancellationToken: ct);
            await _paymentIntents.CancelAsync(current.Id, cancellationToken: ct);
            StripeList<PaymentIntent> list = await _paymentIntents.ListAsync(new PaymentIntentListOptions { Customer = customerId }, cancellationToken: ct);
            return list.Data;
        }

        private static RequestOptions KeyedOptions(Order order, string operation)
            => new RequestOptions { IdempotencyKey = $"order-{order.Id}-{operation}" };
    }
}
