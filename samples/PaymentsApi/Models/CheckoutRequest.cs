namespace PaymentsApi.Models;

/// <summary>What the checkout page posts.</summary>
public sealed class CheckoutRequest
{
    public string OrderId { get; set; } = "";

    public string CustomerEmail { get; set; } = "";

    // The page posts the raw card number here instead of a Stripe PaymentMethod id.
    public string CardNumber { get; set; } = "";

    public int ExpMonth { get; set; }

    public int ExpYear { get; set; }

    public string Cvc { get; set; } = "";

    public long AmountInCents { get; set; }

    public string Currency { get; set; } = "usd";
}

public sealed record CheckoutResult(string OrderId, string PaymentIntentId, string Status, string CardLast4);
