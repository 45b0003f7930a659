namespace PaymentsApi.Models;

/// <summary>What the checkout page posts: Stripe Elements tokenizes the card in the browser and sends its PaymentMethod id.</summary>
public sealed class CheckoutRequest
{
    public string OrderId { get; set; } = "";

    public string CustomerEmail { get; set; } = "";

    // FG1001 fixed: a processor token (pm_...) instead of the card number.
    public string CardToken { get; set; } = "";

    public long AmountInCents { get; set; }

    public string Currency { get; set; } = "usd";
}

public sealed record CheckoutResult(string OrderId, string PaymentIntentId, string Status, string CardLast4);
