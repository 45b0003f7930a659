using PaymentsApi.Data;
using PaymentsApi.Models;
using Stripe;

namespace PaymentsApi.Services;

public sealed class OrderPaymentService(IStripeClient stripe, PaymentsDbContext db, ILogger<OrderPaymentService> logger)
{
    public async Task<CheckoutResult> CheckoutAsync(CheckoutRequest request, CancellationToken cancellationToken)
    {
        logger.LogInformation("Checkout for order {OrderId} with card {CardNumber}", request.OrderId, request.CardNumber);

        var paymentMethods = new PaymentMethodService(stripe);
        PaymentMethod paymentMethod = await paymentMethods.CreateAsync(
            new PaymentMethodCreateOptions
            {
                Type = "card",
                Card = new PaymentMethodCardOptions
                {
                    Number = request.CardNumber,
                    ExpMonth = request.ExpMonth,
                    ExpYear = request.ExpYear,
                    Cvc = request.Cvc,
                },
            },
            cancellationToken: cancellationToken);

        var paymentIntents = new PaymentIntentService(stripe);
        PaymentIntent intent = await paymentIntents.CreateAsync(
            new PaymentIntentCreateOptions
            {
                Amount = request.AmountInCents,
                Currency = request.Currency,
                PaymentMethod = paymentMethod.Id,
                Confirm = true,
                ReceiptEmail = request.CustomerEmail,
                Metadata = new Dictionary<string, string> { ["order_id"] = request.OrderId },
            },
            cancellationToken: cancellationToken);

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

    public async Task<Refund> RefundAsync(string paymentIntentId, long amountInCents, CancellationToken cancellationToken)
    {
        var refunds = new RefundService(stripe);
        return await refunds.CreateAsync(
            new RefundCreateOptions { PaymentIntent = paymentIntentId, Amount = amountInCents },
            new RequestOptions { IdempotencyKey = $"refund-{paymentIntentId}-{amountInCents}" },
            cancellationToken);
    }
}
