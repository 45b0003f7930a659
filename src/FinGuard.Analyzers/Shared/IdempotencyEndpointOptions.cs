namespace FinGuard.Analyzers.Shared;

/// <summary>User-configured payment and safe endpoints (<c>finguard.idempotency.payment_endpoints</c>, <c>safe_endpoints</c>).</summary>
internal sealed class IdempotencyEndpointOptions
{
    public const string PaymentEndpointsKey = "finguard.idempotency.payment_endpoints";
    public const string SafeEndpointsKey = "finguard.idempotency.safe_endpoints";

    public static readonly IdempotencyEndpointOptions Empty = new IdempotencyEndpointOptions(ImmutableArray<string>.Empty, ImmutableArray<string>.Empty);

    private readonly ImmutableArray<string> _payment;
    private readonly ImmutableArray<string> _safe;

    private IdempotencyEndpointOptions(ImmutableArray<string> payment, ImmutableArray<string> safe)
    {
        _payment = payment;
        _safe = safe;
    }

    public static IdempotencyEndpointOptions Parse(string? payment, string? safe)
        => new IdempotencyEndpointOptions(Split(payment), Split(safe));

    public bool IsPayment(string uriText) => ContainsAny(uriText, _payment);

    public bool IsSafe(string uriText) => ContainsAny(uriText, _safe);

    private static bool ContainsAny(string text, ImmutableArray<string> parts)
    {
        foreach (string part in parts)
        {
            if (text.IndexOf(part, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static ImmutableArray<string> Split(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return ImmutableArray<string>.Empty;
        }

        ImmutableArray<string>.Builder builder = ImmutableArray.CreateBuilder<string>();
        foreach (string part in value!.Split(','))
        {
            string trimmed = part.Trim();
            if (trimmed.Length > 0)
            {
                builder.Add(trimmed);
            }
        }

        return builder.ToImmutable();
    }
}
