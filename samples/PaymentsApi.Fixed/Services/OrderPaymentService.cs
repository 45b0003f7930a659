using FinGuard.Security;
using PaymentsApi.Data;
using PaymentsApi.Models;
using Stripe;

namespace PaymentsApi.Services;

public sealed class OrderPaymentService(IStripeClient stripe, PaymentsDbContext db, ILogger<OrderPaymentService> logger)
{
    public async Task<CheckoutResult> CheckoutAsync(CheckoutRequest request, CancellationToken cancellationToken)
    {
        logger.LogInformation("Checkout for order {OrderId}", request.OrderId);

        // The card was tokenized client-side by Stripe Elements; the server only ever sees the PaymentMethod id.
        var paymentIntents = new PaymentIntentService(stripe);
        PaymentIntent intent = await paymentIntents.CreateAsync(
            new PaymentIntentCreateOptions
            {
                Amount = request.AmountInCents,
                Currency = request.Currency,
                PaymentMethod = request.CardToken,
                Confirm = true,
                ReceiptEmail = request.CustomerEmail,
                Metadata = new Dictionary<string, string> { ["order_id"] = request.OrderId },
            },
            // One key per order: a retried request can never charge twice.
            new RequestOptions { IdempotencyKey = $"order-{request.OrderId}-charge" },
            cancellationToken);

        var paymentMethod = await new PaymentMethodService(stripe).GetAsync(request.CardToken, cancellationToken: cancellationToken);
        db.Payments.Add(new Payment
        {
            OrderId = request.OrderId,
            PaymentIntentId = intent.Id,
            AmountInCents = request.AmountInCents,
            Status = intent.Status,
            CardLast4 = paymentMethod.Card?.Last4 ?? "",
            CardBrand = paymentMethod.Card?.Brand ?? "",
        });
        await db.SaveChangesAsync(cancellationToken);

        return new CheckoutResult(request.OrderId, intent.Id, intent.Status, paymentMethod.Card?.Last4 ?? "");
    }

    public async Task<Refund> RefundAsync(string paymentIntentId, long amountInCents, string? actor, CancellationToken cancellationToken)
    {
        var refunds = new RefundService(stripe);
        var refund = await refunds.CreateAsync(
            new RefundCreateOptions { PaymentIntent = paymentIntentId, Amount = amountInCents },
            new RequestOptions { IdempotencyKey = $"refund-{paymentIntentId}-{amountInCents}" },
            cancellationToken);

        // Every refund leaves a tamper-evident audit record: who, what, when (PCI DSS 10.2, 10.3).
        AuditTrail.Record("refund", refund.Id, actor, $"payment_intent={paymentIntentId} amount={amountInCents}");
        return refund;
    }
}
