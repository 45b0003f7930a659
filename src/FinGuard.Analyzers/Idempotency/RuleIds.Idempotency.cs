namespace FinGuard.Analyzers;

public static partial class RuleIds
{
    // FG2xxx payment-call safety: idempotency keys, retries (PCI DSS v4.0 6.2, business integrity)
    public const string StripeMoneyMovementWithoutKey = "FG2001";
    public const string StripeObjectCreationWithoutKey = "FG2002";
    public const string ProcessorCallWithoutKey = "FG2003";
    public const string PaymentHttpPostWithoutKey = "FG2004";
    public const string KeyRegeneratedPerAttempt = "FG2005";
    public const string ConstantOrSharedKey = "FG2006";
    public const string InfinitePaymentTimeout = "FG2007";
}
