using FinGuard.Analyzers.Idempotency;
using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.AccessAudit;

/// <summary>What a money-moving call does, for the access and audit rules (FG5xxx).</summary>
internal enum MoneyMovementKind
{
    None,

    /// <summary>Takes the customer's money (a payment, a charge, a subscription): customer-initiated, often anonymous (guest checkout).</summary>
    Charge,

    /// <summary>Captures an authorized payment.</summary>
    Capture,

    /// <summary>Gives money back (refund, reversal, credit note).</summary>
    Refund,

    /// <summary>Sends money to a bank account or card (payout, disbursement, withdrawal, top-up).</summary>
    Payout,

    /// <summary>Moves money between accounts (transfer).</summary>
    Transfer,
}

/// <summary>
/// The one answer to "does this call move money?", for the FG5xxx rules: it reuses the idempotency rules'
/// classifiers (<see cref="StripeIdempotencySymbols"/> for Stripe.net, <see cref="ProcessorSdks"/> for Adyen,
/// Checkout.com and PayPal, <see cref="PaymentHttpRequestAnalyzer.TryClassifyPaymentRequest"/> for raw HTTP calls to
/// payment endpoints) and only adds which kind of movement it is. Built once per compilation.
/// </summary>
internal sealed class MoneyMovements
{
    private readonly StripeIdempotencySymbols? _stripe;
    private readonly PaymentHttpRequestAnalyzer.HttpSymbols? _http;
    private readonly FinGuardOptions _options;

    private MoneyMovements(StripeIdempotencySymbols? stripe, PaymentHttpRequestAnalyzer.HttpSymbols? http, FinGuardOptions options)
    {
        _stripe = stripe;
        _http = http;
        _options = options;
    }

    public static MoneyMovements Create(Compilation compilation, FinGuardOptions options)
        => new MoneyMovements(StripeIdempotencySymbols.Create(compilation), PaymentHttpRequestAnalyzer.HttpSymbols.Create(compilation), options);

    /// <summary>The kind of money movement the call performs, and a short name for messages (<c>RefundService.Create</c>).</summary>
    public MoneyMovementKind Classify(IInvocationOperation invocation, out string operation)
    {
        IMethodSymbol method = invocation.TargetMethod;
        operation = string.Empty;
        INamedTypeSymbol? type = method.ContainingType;
        if (type == null)
        {
            return MoneyMovementKind.None;
        }

        if (_stripe != null && type.ContainingNamespace?.Name is "Stripe" && _stripe.Classify(method) == StripeCallKind.MovesMoney)
        {
            operation = type.Name + "." + method.Name;
            return FromStripe(type.Name, method.Name);
        }

        ProcessorSdk sdk = ProcessorSdks.Classify(type);
        if (sdk != ProcessorSdk.None)
        {
            if (!ProcessorSdks.MovesMoney(method.Name))
            {
                return MoneyMovementKind.None;
            }

            operation = type.Name + "." + method.Name;
            return FromWords(method.Name);
        }

        if (_http != null && (method.Name.StartsWith("P", StringComparison.Ordinal) || method.Name.StartsWith("Send", StringComparison.Ordinal))
            && PaymentHttpRequestAnalyzer.TryClassifyPaymentRequest(invocation, _http, _options, out string uriText, out _))
        {
            operation = "HttpClient." + method.Name + " " + PaymentEndpoints.OperationName(uriText);
            // The buyer's own checkout order captured after they approved it (PayPal Orders v2): a pay-in, as a charge is.
            return PaymentEndpoints.IsCheckoutOrderCapture(uriText) ? MoneyMovementKind.Charge : FromWords(uriText);
        }

        return MoneyMovementKind.None;
    }

    private static MoneyMovementKind FromStripe(string typeName, string methodName)
    {
        if (methodName.StartsWith("Capture", StringComparison.Ordinal))
        {
            return MoneyMovementKind.Capture;
        }

        if (typeName.IndexOf("Refund", StringComparison.Ordinal) >= 0 || typeName.IndexOf("Reversal", StringComparison.Ordinal) >= 0
            || typeName.IndexOf("CreditNote", StringComparison.Ordinal) >= 0 || methodName.StartsWith("Reverse", StringComparison.Ordinal))
        {
            return MoneyMovementKind.Refund;
        }

        if (typeName.IndexOf("Payout", StringComparison.Ordinal) >= 0 || typeName.IndexOf("Topup", StringComparison.Ordinal) >= 0)
        {
            return MoneyMovementKind.Payout;
        }

        return typeName.IndexOf("Transfer", StringComparison.Ordinal) >= 0 ? MoneyMovementKind.Transfer : MoneyMovementKind.Charge;
    }

    // SDK method names (CaptureAuthorisedPaymentAsync, RefundCapturedPaymentAsync) and URI paths (/v1/refunds).
    private static MoneyMovementKind FromWords(string text)
    {
        if (Contains(text, "refund") || Contains(text, "reversal") || Contains(text, "reverse"))
        {
            return MoneyMovementKind.Refund;
        }

        if (Contains(text, "capture"))
        {
            return MoneyMovementKind.Capture;
        }

        if (Contains(text, "payout") || Contains(text, "disbursement") || Contains(text, "withdrawal"))
        {
            return MoneyMovementKind.Payout;
        }

        return Contains(text, "transfer") ? MoneyMovementKind.Transfer : MoneyMovementKind.Charge;
    }

    private static bool Contains(string text, string word) => text.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0;

    public static string Describe(MoneyMovementKind kind) => kind switch
    {
        MoneyMovementKind.Capture => "a capture",
        MoneyMovementKind.Refund => "a refund",
        MoneyMovementKind.Payout => "a payout",
        MoneyMovementKind.Transfer => "a transfer",
        _ => "a charge",
    };
}
