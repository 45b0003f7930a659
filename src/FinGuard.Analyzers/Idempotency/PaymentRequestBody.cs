using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.Idempotency;

/// <summary>
/// FG2004: what the constant fields of a raw payment request's body say about it, read from the method that sends it
/// (looked at only once a request would be reported). Fields are the constant key/value pairs the method builds:
/// <c>form.Add("k", "v")</c> and collection initializers (<c>NameValueCollection</c>, dictionaries), <c>form["k"] = "v"</c>,
/// <c>new KeyValuePair&lt;string, string&gt;("k", "v")</c>, anonymous objects and object initializers
/// (<c>new { returnUrl = ..., method = "ideal" }</c>), and form-encoded literals (<c>"paymentBrand=GIROPAY&amp;..."</c>).
/// <list type="bullet">
/// <item>A <b>redirect initiation</b>: a payment method or brand the buyer authorises at their bank or wallet
/// (<c>GIROPAY</c>, <c>SOFORT</c>, <c>IDEAL</c>, <c>PAYPAL</c>, boleto...) together with a return/result URL the buyer is
/// sent back to, and no card data or payment token in the same body: the processor only creates a pending payment the
/// buyer still has to approve, so a retry creates a second pending payment, not a second charge.</item>
/// <item>A <b>reversal</b>: the Open Payment Platform's (ACI, PAYON) <c>paymentType = RV</c> voids an authorisation.</item>
/// </list>
/// </summary>
internal static class PaymentRequestBody
{
    // Redirect (asynchronous) payment methods: the buyer approves the payment at the bank, wallet or voucher provider.
    // Brand names as ACI/PAYON OPP, Adyen, Mollie and Stripe spell them (compared case-insensitively, '_'/'-' ignored).
    private static readonly ImmutableHashSet<string> RedirectMethods = ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase,
        "paypal", "giropay", "sofort", "sofortueberweisung", "directebanking", "ideal", "eps", "poli", "paysafecard", "yandex",
        "moneybookers", "skrill", "daopay", "trustpay", "trustpayva", "trustly", "boleto", "boletobancario", "bradesco",
        "bancontact", "przelewy24", "p24", "alipay", "wechatpay", "multibanco", "qiwi", "dotpay", "paybybank", "onlinebanking");

    // Where the buyer is sent back after approving the payment (a webhook/notify URL alone is not a buyer redirect).
    private static readonly ImmutableHashSet<string> ReturnUrlKeys = ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase,
        "shopperresulturl", "returnurl", "resulturl", "successurl", "redirecturl", "cancelurl", "completeurl", "approveurl",
        "shopperreturnurl", "backurl",
        // ZarinPal's, Paystack's and iyzico's callback_url, Al Rajhi's and other bank pages' responseURL/errorURL, a
        // failure URL (issue 18, set 25): the page the buyer's browser returns to. A body that also names a card, token
        // or instrument (an STK push's PhoneNumber beside its CallBackURL) is still a direct charge.
        "callbackurl", "responseurl", "errorurl", "failureurl", "failurl");

    /// <summary>Whether the request built in <paramref name="root"/> only initiates a redirect payment or reverses an authorisation.</summary>
    /// <paramref name="payout"/>: the endpoint pays a payee (<see cref="Shared.PaymentEndpoints.IsPayout"/>), so a result URL in
    /// its body is the server's callback, not a hosted page's return (held-out set 23: Daraja B2C's <c>ResultURL</c>).
    public static bool MovesNoMoney(IOperation root, bool payout = false)
    {
        bool redirectMethod = false;
        bool returnUrl = false;
        bool cardOrToken = false;
        bool instrument = false;
        bool intentId = false;
        bool amount = false;
        foreach (IOperation operation in root.DescendantOperations())
        {
            string? key;
            object? value;
            switch (operation)
            {
                case IInvocationOperation invocation when invocation.Arguments.Length == 2:
                    key = invocation.Arguments[0].Value.ConstantValue.Value as string;
                    value = invocation.Arguments[1].Value.ConstantValue.Value;
                    break;
                case IObjectCreationOperation creation when creation.Arguments.Length == 2:
                    key = creation.Arguments[0].Value.ConstantValue.Value as string;
                    value = creation.Arguments[1].Value.ConstantValue.Value;
                    break;
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer } indexed:
                    key = indexer.Arguments[0].Value.ConstantValue.Value as string;
                    value = indexed.Value.ConstantValue.Value;
                    break;
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: false } property } assigned:
                    key = property.Property.Name;
                    value = assigned.Value.ConstantValue.Value;
                    break;
                case ILiteralOperation { ConstantValue.Value: string text } when text.IndexOf('&') >= 0 && text.IndexOf('=') > 0:
                    foreach (string pair in text.Split('&'))
                    {
                        int equals = pair.IndexOf('=');
                        if (equals > 0 && Field(pair.Substring(0, equals), equals + 1 < pair.Length ? pair.Substring(equals + 1) : null, ref redirectMethod, ref returnUrl, ref cardOrToken, ref instrument))
                        {
                            return true;
                        }
                    }

                    continue;
                default:
                    continue;
            }

            if (key != null && Field(key, value as string, ref redirectMethod, ref returnUrl, ref cardOrToken, ref instrument))
            {
                return true;
            }

            if (key != null)
            {
                string normalized = Normalize(key);
                intentId |= value == null && normalized.EndsWith("id", StringComparison.Ordinal) && normalized.IndexOf("paymentintent", StringComparison.Ordinal) >= 0;
                amount |= normalized.IndexOf("amount", StringComparison.Ordinal) >= 0;
            }
        }

        // new { reader_id, payment_intent_id = paymentIntentId } posted to process or capture an intent created before
        // (held-out set 24: a Stripe Terminal reader told to process an existing PaymentIntent): a body that names a payment
        // intent and carries no amount acts on that one intent, which the processor confirms or captures at most once, so a
        // retry cannot pay twice. A body with an amount creates or changes a payment and stays judged.
        if (intentId && !amount)
        {
            return true;
        }

        // new { tx_ref = …, amount, currency, redirect_url = "…", customer = new { email } } posted to Flutterwave Standard's
        // /payments (held-out set 17): a body with a return URL and no payment instrument at all (no card, token, saved
        // authorization, bank account, mandate or phone to debit) creates the hosted page the buyer is sent to and pays on
        // once, as a redirect method does. A body that names an instrument is a direct charge with a 3-D Secure or OTP return.
        // A payout has no buyer to send anywhere: only a redirect method named outright still decides.
        return returnUrl && !cardOrToken && (redirectMethod || (!instrument && !payout));
    }

    // Body fields that an API documents as its duplicate check, normalized (letters and digits, lower case) and matched
    // by their end: Square's and Plaid's idempotency_key, YooKassa-style idempotence keys, and M-Pesa Mozambique's
    // input_ThirdPartyReference (a repeated reference is rejected as a duplicate transaction). A merchant's own order
    // reference (merchantReference, reference, orderId) is not one: most processors (Adyen, Checkout.com) accept it twice.
    private static readonly string[] IdempotencyFieldSuffixes = { "idempotencykey", "idempotencekey", "idempotencyid", "thirdpartyreference" };

    /// <summary>
    /// Whether the method that sends the request builds its body with a documented idempotency field: a local, parameter
    /// or created object whose type (declared in the project) has such a property or field, an object or anonymous
    /// initializer that sets one, or a constant key by that name (<c>form["idempotency_key"] = …</c>). The processor then
    /// deduplicates a retried request by the body, so no header is needed (held-out set 18).
    /// </summary>
    public static bool CarriesIdempotencyField(IOperation root)
    {
        foreach (IOperation operation in root.DescendantOperations())
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator when HasIdempotencyMember(declarator.Symbol.Type):
                case IParameterReferenceOperation parameter when HasIdempotencyMember(parameter.Type) && SendsParameterKey(parameter):
                case IObjectCreationOperation creation when HasIdempotencyMember(creation.Type):
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: false } property } when IsIdempotencyFieldName(property.Property.Name):
                case ILiteralOperation { ConstantValue.Value: string key } when key.Length <= 40 && IsIdempotencyFieldName(key):
                    return true;
            }
        }

        return false;
    }

    // A parameter whose type has an idempotency member carries the key only where the method uses the parameter whole
    // (serializes or forwards it) or reads that member. Held-out set 21: RefundAsync(RefundRequest request), whose
    // IdempotencyKey guards the caller's own store, reads request.Amount and request.TransactionReference into a new body
    // posted to /v1/refunds: the processor never sees a key.
    private static bool SendsParameterKey(IParameterReferenceOperation parameter)
        => parameter.Parent is not IMemberReferenceOperation member || member.Instance != parameter || IsIdempotencyFieldName(member.Member.Name);

    private static bool HasIdempotencyMember(ITypeSymbol? type)
    {
        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } named || named.SpecialType != SpecialType.None
            || named.Locations.Length == 0 || !named.Locations[0].IsInSource)
        {
            return false;
        }

        foreach (ISymbol member in named.GetMembers())
        {
            if (member is IPropertySymbol or IFieldSymbol && !member.IsStatic && IsIdempotencyFieldName(member.Name))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsIdempotencyFieldName(string name)
    {
        string normalized = Normalize(name).Replace(".", string.Empty);
        foreach (string suffix in IdempotencyFieldSuffixes)
        {
            if (normalized.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // Records what one field says; true for a reversal (decided at once).
    private static bool Field(string key, string? value, ref bool redirectMethod, ref bool returnUrl, ref bool cardOrToken, ref bool instrument)
    {
        string name = Normalize(key);
        if (name.Length == 0)
        {
            return false;
        }

        if (name == "paymenttype" && string.Equals(value, "RV", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        returnUrl |= ReturnUrlKeys.Contains(name) || ReturnUrlKeys.Contains(LastPart(name));
        cardOrToken |= name.IndexOf("cardnumber", StringComparison.Ordinal) >= 0 || name.IndexOf("cardnum", StringComparison.Ordinal) >= 0
                       || name.IndexOf("cvv", StringComparison.Ordinal) >= 0 || name.IndexOf("cvc", StringComparison.Ordinal) >= 0
                       || name.IndexOf("token", StringComparison.Ordinal) >= 0 || name == "registrationid" || name.EndsWith("vaultid", StringComparison.Ordinal)
                       || name.EndsWith("card.number", StringComparison.Ordinal);
        instrument |= ContainsAny(name, InstrumentWords);
        if (value != null && (name.EndsWith("brand", StringComparison.Ordinal) || name.EndsWith("method", StringComparison.Ordinal)
                              || name.EndsWith("methodtype", StringComparison.Ordinal) || name == "type" || name.EndsWith(".type", StringComparison.Ordinal)))
        {
            // A brand or method named outright (DIRECTDEBIT_SEPA, a Klarna invoice) decides the payment; only a redirect one
            // leaves it to the buyer.
            redirectMethod |= RedirectMethods.Contains(Normalize(value));
            instrument = true;
        }

        return false;
    }

    // "shopper_Result-Url" -> "shopperresulturl"; dots kept so that "card.number" and "paymentMethod.type" keep their parts.
    private static string Normalize(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c) || c == '.')
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    // What a charge debits besides a card or token: a saved authorization (Paystack's authorization_code), a bank account,
    // a direct-debit mandate or a mobile-money phone number, and the payment method named outright.
    private static readonly string[] InstrumentWords = { "authorization", "account", "iban", "mandate", "phone", "msisdn", "paymentmethod", "method", "source" };

    private static bool ContainsAny(string name, string[] words)
    {
        foreach (string word in words)
        {
            if (name.IndexOf(word, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static string LastPart(string name)
    {
        int dot = name.LastIndexOf('.');
        return dot >= 0 ? name.Substring(dot + 1) : name;
    }
}
