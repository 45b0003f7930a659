namespace FinGuard.Analyzers.Shared;

/// <summary>Which idempotency mechanism a payment endpoint expects.</summary>
internal enum EndpointKind
{
    None,

    /// <summary>A payment endpoint that takes an <c>Idempotency-Key</c> header (Stripe, Adyen, your own APIs).</summary>
    IdempotencyKeyHeader,

    /// <summary>PayPal REST: <c>PayPal-Request-Id</c>.</summary>
    PayPalRequestId,

    /// <summary>Checkout.com: <c>Cko-Idempotency-Key</c>.</summary>
    CheckoutCom,

    /// <summary>
    /// Swish v1 payment requests and refunds: the API takes no idempotency key at all, so the advice is Swish v2
    /// (<c>PUT .../v2/paymentrequests/{instructionUUID}</c>), not a header.
    /// </summary>
    SwishV1,
}

/// <summary>
/// Recognises payment endpoints from the constant parts of a request URI: known processor API hosts, and path
/// segments that name money movement (<c>/charges</c>, <c>/payments</c>, <c>/refunds</c>, <c>/payouts</c>,
/// <c>/transfers</c>, <c>/captures</c>, ...), plus endpoints configured in <c>.editorconfig</c>. A path that ends
/// in a read-like action (<c>/payments/search</c>, <c>/refunds/preview</c>) is not a payment. Square's raw API takes
/// its key in the JSON body and is left to the SDK rules.
/// </summary>
internal static class PaymentEndpoints
{
    private static readonly string[] StripeLikeHosts =
    {
        "api.stripe.com", "adyen.com", "adyenpayments.com", "api.mollie.com", "api.gocardless.com", "api-sandbox.gocardless.com",
    };

    private static readonly string[] PayPalHosts = { "api.paypal.com", "api-m.paypal.com", "api.sandbox.paypal.com", "api-m.sandbox.paypal.com" };

    private static readonly string[] CheckoutComHosts = { "api.checkout.com", "api.sandbox.checkout.com" };

    // Square and Plaid take the key in the JSON body (idempotency_key); Braintree has no idempotency key at all.
    private static readonly string[] HostsWithoutKeyHeader = { "connect.squareup.com", "connect.squareupsandbox.com", "plaid.com", "braintreegateway.com", "braintree-api.com" };

    // Swish (Sweden), recognised by its documented API path prefix (https://cpc.getswish.net/swish-cpcapi/api/...) or
    // host. Swish v1 creates payment requests and refunds with a POST that has no idempotency key at all; v2 made the
    // caller's instruction UUID the key by putting it in the URL (PUT /api/v2/paymentrequests/{instructionUUID}).
    private static readonly string[] SwishMarkers = { "swish-cpcapi", "getswish." };

    // PayPal REST paths (Orders v2 and Payments v2), which take PayPal-Request-Id also when the host is configured.
    private static readonly string[] PayPalPaths = { "v2/checkout/orders", "v2/payments/authorizations", "v2/payments/captures" };

    private static readonly ImmutableHashSet<string> PaymentSegments = ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase,
        "charge", "charges", "payment", "payments", "refund", "refunds", "payout", "payouts", "transfer", "transfers",
        // Bank-transfer names: EFT (electronic funds transfer: Canada, the US, South Africa, Turkey) and the Turkish
        // havale (an in-bank transfer, named beside EFT in Turkish banking code).
        "eft", "havale",
        "capture", "captures", "payment_intents", "payment-intents", "paymentintents", "authorizations", "authorize",
        "disbursement", "disbursements", "withdrawal", "withdrawals", "withdraw", "pay",
        // The request-to-pay protocols (MTN MoMo's /collection/v1_0/requesttopay, the EPC's SEPA Request-to-Pay): the
        // payer is prompted on their phone or bank app for every request, so a repeated request is a second debit
        // the payer may approve (unlike a redirect, where the buyer only ever sees the one payment they are sent to).
        "requesttopay", "request-to-pay", "request_to_pay",
        // Paystack's debits of a saved card or bank authorization (/transaction/charge_authorization,
        // /transaction/partial_debit): the customer is charged at once, with no buyer step.
        "charge_authorization", "partial_debit",
        // A cash-out pays a wallet or PIX balance out to the holder's bank account or phone (PIX and mobile-money
        // gateways' /cashout, /cash-out): a payout by another name.
        "cashout", "cash-out", "cash_out",
        // M-Pesa Express by its product name (STK push) in any path: Daraja's /mpesa/stkpush/v1/processrequest and the
        // proxies and gateways that front it (/api/stkpush, /mpesa/api/stkpush/v1.php; held-out set 23). It is Daraja's
        // request-to-pay: the payer's phone is prompted for every request. Its status query is a separate word
        // (stkpushquery), and a query or status step under it is a read (IsReadAction).
        "stkpush", "stk-push", "stk_push");

    // Safaricom Daraja (M-Pesa) names its payout actions paymentrequest under the B2C/B2B product segment
    // (/mpesa/b2c/v1/paymentrequest pays a phone number, /mpesa/b2b/v1/paymentrequest pays a business); elsewhere a
    // "payment request" may be an invoice the payer still settles, so the word counts only after these segments.
    private static readonly ImmutableHashSet<string> DarajaPayoutProducts = ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase, "b2c", "b2b");

    // The last word of a compound path segment (FundTransfer, InterBankTransfer, MakePayment, requestToPay's "pay" is
    // covered above) that names money movement, as RPC-style APIs name their actions (held-out sets 10 and 11), and the
    // plural that resource-style APIs name their collections with (Xendit's /credit_card_charges, /batch_disbursements:
    // a POST to the collection creates the charge; held-out set 13).
    private static readonly HashSet<string> CompoundMoneyWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "transfer", "payment", "payout", "refund", "charge", "withdrawal", "withdraw", "disbursement", "remittance", "eft", "havale",
        "transfers", "payments", "payouts", "refunds", "charges", "withdrawals", "disbursements", "remittances",
        // BookAndInstantDeposit, MakeDeposit (held-out set 24): a deposit credits an account; GetDeposits stays a read.
        "deposit", "deposits",
    };

    // The action segment after a resource that names money (InstantPayment/Post, FundTransfer/Execute; held-out set 24):
    // posting or executing a payment created before moves its money, so the pair is judged as the compound segment alone
    // would be (InstantPayment/Get or /Cancel are not actions of this kind).
    private static readonly HashSet<string> ExecutingActionSegments = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "post", "execute", "process", "commit", "send",
    };

    // The first word of a compound segment that reads, records or undoes rather than moves money: GetPayment,
    // ValidateTransfer, CancelPayment, ReversePayment (a reversal returns money; FG2004 leaves reversals alone),
    // NotifyPayment (a callback), AddPayment/SavePayment (a record in the shop's own database), DeleteAutomaticPayment.
    private static readonly HashSet<string> CompoundNonMovingFirstWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "get", "list", "search", "find", "fetch", "query", "lookup", "look", "check", "verify", "validate", "confirm",
        "calculate", "preview", "estimate", "status", "history", "cancel", "void", "reverse", "delete", "remove", "notify",
        "test", "update", "edit", "add", "save", "insert", "register", "track", "view", "show", "download", "upload",
        "export", "import", "print", "init", "initialize", "initialise", "prepare", "preprocess", "simulate", "read", "load",
        // FinalizeTransfer completes a payout already created (Paystack's transfer_code and OTP): a retry is the same payout.
        "finalize", "finalise",
        "is", "has", "can", "pending", "failed", "recent", "all", "my", "by", "on", "for",
    };

    private static readonly ImmutableHashSet<string> ReadSegments = ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase,
        "search", "query", "list", "lookup", "preview", "estimate", "validate", "verify", "status", "calculate", "fees", "quote",
        // Access tokens and webhook checks on a processor's host move no money (PayPal /v1/oauth2/token, /v1/notifications/verify-webhook-signature).
        "oauth2", "token", "notifications", "verify-webhook-signature",
        // Card tokenization (charge/tokenize, /v1/tokens) stores a card and returns a token: nothing is charged.
        "tokenize", "tokenise", "tokens");

    // A path that ends in an account-like resource creates that resource, not a payment, also under a payment path
    // (/api/v1/disbursements/wallet, /v1/transfers/recipients): no money moves when it is repeated.
    private static readonly ImmutableHashSet<string> NonMoneyResourceSegments = ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase,
        "wallet", "wallets", "recipient", "recipients", "beneficiary", "beneficiaries",
        // A direct-debit mandate (/v2/payments/mandates, GoCardless's /mandates) is the payer's authorisation to be
        // debited later: creating one moves no money; the debits are separate requests (/mandates/{id}/debit; set 23).
        "mandate", "mandates",
        // A catalogue's plans, products and prices (PayPal /v1/billing/plans and /v1/catalogs/products, Stripe /v1/prices;
        // issue 18, set 25): what a subscription will bill, not a bill; a retry makes a duplicate catalogue entry.
        "plan", "plans", "product", "products", "price", "prices");

    // A last segment that queries, downloads, closes or undoes under a payment path, as RPC-style APIs that keep every
    // action under one /pay/ prefix name them (WeChat Pay's /pay/orderquery, /pay/refundquery, /pay/downloadbill,
    // /pay/closeorder, /secapi/pay/reverse; held-out set 15): glued words, so matched by their ends. A query or a download
    // reads, a close ends an unpaid order and a reversal, cancellation or void undoes a payment (as ReversePayment and
    // CancelPayment above): none moves money again when it is repeated.
    private static readonly string[] ReadActionPrefixes = { "download", "close" };

    // A last segment that records a payment in the application's own store (/api/Payment/insert, /payments/save), as
    // AddPayment and SavePayment do above: a repeated request writes the same record, no money moves.
    private static readonly ImmutableHashSet<string> RecordSegments = ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase,
        "insert", "add", "save", "record", "store");

    private static readonly ImmutableHashSet<string> UndoSegments = ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase,
        "reverse", "reversal", "cancel", "void");

    // A step of a charge or payout already created, answering the processor's challenge for its reference: Paystack's
    // /charge/submit_pin, submit_otp, submit_phone, submit_birthday, submit_address and /transfer/finalize_transfer (the
    // OTP for an existing transfer code). The reference names the one charge, so a repeated step cannot debit twice.
    // submit_payment or SubmitTransfer name the money itself and stay payments.
    private static readonly HashSet<string> ContinuationFirstWords = new HashSet<string>(StringComparer.Ordinal) { "submit", "resend", "finalize", "finalise" };

    /// <summary>The endpoint kind for the URI text (constant parts only), or None.</summary>
    public static EndpointKind Classify(string uriText, IdempotencyEndpointOptions options)
    {
        if (uriText.Length == 0 || options.IsSafe(uriText))
        {
            return EndpointKind.None;
        }

        if (ContainsAny(uriText, HostsWithoutKeyHeader))
        {
            return EndpointKind.None;
        }

        if (ContainsAny(uriText, SwishMarkers))
        {
            return SwishV1MoneyAction(uriText) != null ? EndpointKind.SwishV1 : EndpointKind.None;
        }

        if (ContainsAny(uriText, PayPalHosts) || ContainsAny(uriText, PayPalPaths) && HasPaymentSegment(uriText))
        {
            return IsReadAction(uriText) ? EndpointKind.None : EndpointKind.PayPalRequestId;
        }

        if (ContainsAny(uriText, CheckoutComHosts))
        {
            return IsReadAction(uriText) ? EndpointKind.None : EndpointKind.CheckoutCom;
        }

        if (ContainsAny(uriText, StripeLikeHosts) || options.IsPayment(uriText))
        {
            return IsReadAction(uriText) ? EndpointKind.None : EndpointKind.IdempotencyKeyHeader;
        }

        return HasPaymentSegment(uriText) && !IsReadAction(uriText) ? EndpointKind.IdempotencyKeyHeader : EndpointKind.None;
    }

    /// <summary>Whether a client's base address points at a payment processor or payment API (any method).</summary>
    public static bool IsPaymentHost(string uriText, IdempotencyEndpointOptions options)
        => uriText.Length > 0 && !options.IsSafe(uriText)
           && (ContainsAny(uriText, StripeLikeHosts) || ContainsAny(uriText, PayPalHosts) || ContainsAny(uriText, CheckoutComHosts)
               || ContainsAny(uriText, HostsWithoutKeyHeader) || options.IsPayment(uriText) || HasPaymentSegment(uriText));

    /// <summary>Whether the URI is Swish's API (its documented path prefix <c>swish-cpcapi</c> or host).</summary>
    public static bool IsSwish(string uriText) => ContainsAny(uriText, SwishMarkers);

    /// <summary>A Swish v1 payment request (<c>/api/v1/paymentrequests</c>), which prompts the payer's phone only when it names the payer.</summary>
    public static bool IsSwishV1PaymentRequest(string uriText)
        => IsSwish(uriText) && string.Equals(SwishV1MoneyAction(uriText), "paymentrequests", StringComparison.OrdinalIgnoreCase);

    // The keyless v1 action (paymentrequests, refunds) that the path ends in, or null: v2 carries the caller's
    // instruction UUID in the URL and payouts in the body (payoutInstructionUUID), and other paths (QR codes) move no money.
    private static string? SwishV1MoneyAction(string uriText)
    {
        bool v1 = false;
        string? last = null;
        foreach (string segment in PathSegments(uriText))
        {
            v1 |= string.Equals(segment, "v1", StringComparison.OrdinalIgnoreCase);
            last = segment;
        }

        return v1 && last != null && (string.Equals(last, "paymentrequests", StringComparison.OrdinalIgnoreCase) || string.Equals(last, "refunds", StringComparison.OrdinalIgnoreCase))
            ? last
            : null;
    }

    // Words that name money leaving the merchant for a payee (a payout, transfer, disbursement, withdrawal, cash-out,
    // remittance, or Daraja's B2C/B2B payment request).
    private static readonly ImmutableHashSet<string> PayoutWords = ImmutableHashSet.Create(StringComparer.Ordinal,
        "payout", "payouts", "transfer", "transfers", "disbursement", "disbursements", "disburse", "withdraw", "withdrawal", "withdrawals",
        "cashout", "remittance", "remittances", "b2c", "b2b");

    /// <summary>
    /// Whether the URI's path names a payout (<c>/payouts</c>, <c>/v3/transfer/toBank</c>, <c>/mpesa/b2c/v1/paymentrequest</c>,
    /// <c>FundTransfer</c>): the merchant pays a payee, so there is no buyer and no hosted page to send one to; a result or
    /// timeout URL in its body is the server's callback (held-out set 23: Daraja B2C's <c>ResultURL</c>).
    /// </summary>
    public static bool IsPayout(string uriText)
    {
        foreach (string segment in PathSegments(uriText))
        {
            foreach (string word in IdentifierWords.Split(segment))
            {
                if (PayoutWords.Contains(word))
                {
                    return true;
                }
            }

            // b2c and b2b split at their digit as words; cash-out and cash_out into two words.
            if (segment.Length <= 8 && PayoutWords.Contains(segment.ToLowerInvariant().Replace("-", string.Empty).Replace("_", string.Empty)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a path segment names a refund (<c>/v1/refunds</c>, <c>/refund</c>, <c>initiate-refund</c>).</summary>
    public static bool IsRefund(string uriText)
    {
        foreach (string segment in PathSegments(uriText))
        {
            foreach (string word in IdentifierWords.Split(segment))
            {
                if (word is "refund" or "refunds")
                {
                    return true;
                }
            }
        }

        return false;
    }

    public static string HeaderName(EndpointKind kind) => kind switch
    {
        EndpointKind.PayPalRequestId => "PayPal-Request-Id",
        EndpointKind.CheckoutCom => "Cko-Idempotency-Key",
        _ => "Idempotency-Key",
    };

    /// <summary>The last word-like path segment, lower-cased (<c>v1/charges</c> → <c>charges</c>), for derived keys; "payment" when none.</summary>
    public static string OperationName(string uriText)
    {
        string? last = null;
        foreach (string segment in PathSegments(uriText))
        {
            bool word = true;
            foreach (char c in segment)
            {
                if (!(char.IsLetter(c) || c == '-' || c == '_'))
                {
                    word = false;
                    break;
                }
            }

            if (word && !(segment.Length <= 3 && segment.StartsWith("v", StringComparison.OrdinalIgnoreCase)))
            {
                last = segment;
            }
        }

        return last == null ? "payment" : last.ToLowerInvariant().Replace('_', '-');
    }

    // Words a request or model type's name ends in that say what it is, not what it does (CardPaymentSubmitModel,
    // TransferRequestDto): dropped before the name is read as an action.
    private static readonly HashSet<string> RequestTypeNameSuffixWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "model", "dto", "request", "command", "submit", "input", "data", "body", "payload", "view", "vm", "args", "message",
    };

    /// <summary>
    /// Whether the name of the type a request body is serialized from names money movement as an RPC action does
    /// (<c>CardPaymentSubmitModel</c>, <c>SubmitTransferDto</c>, <c>BankTransferRequest</c>): two or more words, the last
    /// (after Model, Dto, Request, Submit...) a money word and the first not one that reads, records or undoes
    /// (<c>GetPaymentRequest</c>, <c>PaymentStatusDto</c>, <c>CancelPaymentModel</c>, a lone <c>PaymentDto</c> stay out).
    /// Read only for a request whose URL has no constant path at all (a parameter, a value from the database): the body is
    /// then all that says what the request does (held-out set 18: card payments posted between a bank's own services).
    /// </summary>
    public static bool IsMoneyMovingRequestTypeName(string typeName)
    {
        if (typeName.Length < 9)
        {
            return false;
        }

        List<string> words = IdentifierWords.Split(typeName);
        int count = words.Count;
        while (count > 0 && RequestTypeNameSuffixWords.Contains(words[count - 1]))
        {
            count--;
        }

        if (count < 2)
        {
            return false;
        }

        string last = words[count - 1];
        return (CompoundMoneyWords.Contains(last) || IsCardTransaction(words.GetRange(0, count)) || IsCreatedTransaction(words, count))
               && !CompoundNonMovingFirstWords.Contains(words[0])
               && !char.IsDigit(words[0][0]);
    }

    /// <summary>
    /// Whether the URI captures a checkout order (<c>/v2/checkout/orders/{id}/capture</c>, PayPal Orders v2): the buyer
    /// approved their own order at the processor and the shop completes it, a pay-in taken from the buyer as a charge is,
    /// not a capture the merchant's back office decides (<c>/v2/payments/authorizations/{id}/capture</c>, an order
    /// management API's <c>/ordermanagement/v1/orders/{id}/captures</c>), a refund or a payout (held-out set 18). For the
    /// access and audit rules; FG2004 still asks for the key (PayPal documents <c>PayPal-Request-Id</c> for it).
    /// </summary>
    public static bool IsCheckoutOrderCapture(string uriText)
    {
        bool checkout = false;
        bool orders = false;
        string? last = null;
        foreach (string segment in PathSegments(uriText))
        {
            orders = checkout && (orders || string.Equals(segment, "orders", StringComparison.OrdinalIgnoreCase));
            checkout |= string.Equals(segment, "checkout", StringComparison.OrdinalIgnoreCase);
            last = segment;
        }

        return orders && string.Equals(last, "capture", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether the URI's constant text holds any letter after its host (a path or a route), so that the path decides.</summary>
    public static bool HasConstantPath(string uriText)
    {
        foreach (string segment in PathSegments(uriText))
        {
            foreach (char c in segment)
            {
                if (char.IsLetter(c))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool ContainsAny(string text, string[] hosts)
    {
        foreach (string host in hosts)
        {
            if (text.IndexOf(host, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    // Path segments only: the part after the host, split on '/', '?' ends the path. A compound action counts only as
    // the last segment (RPC-style actions end the path; /bank-transfer/reserved-accounts creates an account).
    private static bool HasPaymentSegment(string text)
    {
        string? last = null;
        string? previous = null;
        bool darajaPayout = false;
        foreach (string segment in PathSegments(text))
        {
            if (PaymentSegments.Contains(segment))
            {
                return true;
            }

            darajaPayout |= DarajaPayoutProducts.Contains(segment);
            previous = last;
            last = segment;
        }

        return last != null && (IsCompoundMoneySegment(last)
                                || darajaPayout && string.Equals(last, "paymentrequest", StringComparison.OrdinalIgnoreCase)
                                || previous != null && ExecutingActionSegments.Contains(last) && IsCompoundMoneySegment(previous));
    }

    // FundTransfer, InterBankTransfer, MakePayment, ProcessPayout: two or more words whose last names money movement
    // and whose first does not read, record or undo it (GetPayment, AddPayment, CancelPayment stay silent).
    // /api/CreditcardTransactions, /CardTransaction (held-out set 17): a card transaction posted to a card service is a
    // charge of the card; a transaction alone (a ledger's or a budget's record) is not.
    // Verbs that start a transaction rather than read or record one: CreateTransactionRequest (Authorize.Net's charge
    // request is createTransactionRequest), CreateBankTransactionRequest sent to an acquiring bank, ProcessTransactionDto
    // (held-out set 22). Add, Save, Import or Get ...Transaction stay out (CompoundNonMovingFirstWords).
    private static readonly HashSet<string> TransactionStartingVerbs = new HashSet<string>(StringComparer.Ordinal)
    {
        "create", "process", "execute", "perform", "make", "submit", "initiate",
    };

    // A request type whose first word starts a transaction and whose last (after Request, Dto...) is Transaction.
    private static bool IsCreatedTransaction(List<string> words, int count)
        => words[count - 1] is "transaction" && TransactionStartingVerbs.Contains(words[0]);

    private static bool IsCardTransaction(List<string> words)
        => words[words.Count - 1] is "transaction" or "transactions" && words[words.Count - 2] is "card" or "creditcard" or "debitcard";

    private static bool IsCompoundMoneySegment(string segment)
    {
        if (segment.Length < 9 || segment.IndexOf('.') >= 0)
        {
            return false;
        }

        List<string> words = IdentifierWords.Split(segment);
        return words.Count >= 2
               && (CompoundMoneyWords.Contains(words[words.Count - 1]) || IsCardTransaction(words))
               && !CompoundNonMovingFirstWords.Contains(words[0])
               && !char.IsDigit(words[0][0]);
    }

    private static bool IsReadAction(string text)
    {
        string? last = null;
        foreach (string segment in PathSegments(text))
        {
            last = segment;
            if (ReadSegments.Contains(segment))
            {
                return true;
            }
        }

        return last != null && (last.StartsWith("list", StringComparison.OrdinalIgnoreCase) || NonMoneyResourceSegments.Contains(last) || RecordSegments.Contains(last) || NamesOneTimePassword(last) || IssuesToken(last)
                                || IsGluedReadOrUndoAction(last) || IsContinuationStep(last));
    }

    // orderquery, refundquery, downloadbill, closeorder, close, reverse, cancel, void (see ReadActionPrefixes).
    private static bool IsGluedReadOrUndoAction(string segment)
    {
        if (UndoSegments.Contains(segment) || segment.EndsWith("query", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (string prefix in ReadActionPrefixes)
        {
            if (segment.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // submit_pin, submit_otp, finalize_transfer: a continuation of an existing charge or payout (ContinuationFirstWords);
    // a submit step that names money (submit_payment) is a payment.
    private static bool IsContinuationStep(string segment)
    {
        if (segment.Length < 8)
        {
            return false;
        }

        List<string> words = IdentifierWords.Split(segment);
        if (words.Count < 2 || !ContinuationFirstWords.Contains(words[0]))
        {
            return false;
        }

        if (words[0] is "finalize" or "finalise")
        {
            return true;
        }

        for (int i = 1; i < words.Count; i++)
        {
            if (CompoundMoneyWords.Contains(words[i]) || PaymentSegments.Contains(words[i]))
            {
                return false;
            }
        }

        return true;
    }

    // Stripe Terminal's /v1/terminal/connection_tokens, /payment_tokens, /access-tokens (held-out set 24): a last segment
    // whose last word is token(s) issues a token for a reader, a client or a card, as /v1/tokens does; nothing is charged.
    private static bool IssuesToken(string segment)
    {
        if (segment.IndexOf("token", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return false;
        }

        List<string> words = IdentifierWords.Split(segment);
        return words.Count > 0 && words[words.Count - 1] is "token" or "tokens";
    }

    // transfer/resend_otp, transfer/disable_otp_finalize: one-time-password settings of a payout API move no money.
    private static bool NamesOneTimePassword(string segment)
        => segment.IndexOf("otp", StringComparison.OrdinalIgnoreCase) >= 0 && IdentifierWords.Split(segment).Contains("otp");

    private static System.Collections.Generic.IEnumerable<string> PathSegments(string text)
    {
        int query = text.IndexOf('?');
        string path = query >= 0 ? text.Substring(0, query) : text;
        int scheme = path.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            int slash = path.IndexOf('/', scheme + 3);
            path = slash >= 0 ? path.Substring(slash) : "";
        }

        foreach (string segment in path.Split('/', ':'))
        {
            if (segment.Length > 0)
            {
                yield return WithoutFileExtension(segment);
            }
        }
    }

    // payment/verify.json, Pay.aspx, charge.php: a script's or a format's extension is not part of the action's name.
    private static readonly string[] FileExtensions = { ".json", ".xml", ".aspx", ".ashx", ".asmx", ".svc", ".php", ".jsp", ".do", ".cgi", ".html", ".htm" };

    private static string WithoutFileExtension(string segment)
    {
        foreach (string extension in FileExtensions)
        {
            if (segment.Length > extension.Length && segment.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return segment.Substring(0, segment.Length - extension.Length);
            }
        }

        return segment;
    }
}
