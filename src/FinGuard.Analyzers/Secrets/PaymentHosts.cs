namespace FinGuard.Analyzers.Secrets;

/// <summary>
/// Hosts of payment processors and bank APIs, matched on the registrable domain and its subdomains
/// (<c>api.stripe.com</c> matches <c>stripe.com</c>; <c>notstripe.com</c> does not). Teams add their own bank or
/// gateway hosts with <c>finguard.secrets.payment_hosts</c>.
/// </summary>
internal static class PaymentHosts
{
    public static readonly ImmutableArray<string> Known = ImmutableArray.Create(
        "stripe.com", "braintreegateway.com", "braintree-api.com", "adyen.com", "adyenpayments.com", "squareup.com",
        "squareupsandbox.com", "checkout.com", "plaid.com", "paypal.com", "authorize.net", "worldpay.com", "klarna.com",
        "mollie.com", "gocardless.com", "dwolla.com", "cybersource.com", "globalpay.com", "nmi.com", "truelayer.com",
        // Regional processors, by the API and payment-page hosts their documentation gives (VNPay's sandbox.vnpayment.vn,
        // MoMo's test-payment.momo.vn, ZaloPay's sb-openapi.zalopay.vn, iyzico's sandbox-api.iyzipay.com, Tinkoff's
        // securepay.tinkoff.ru, PayU's secure.payu.com, Paytm's securegw.paytm.in).
        "vnpayment.vn", "momo.vn", "zalopay.vn", "iyzipay.com", "razorpay.com", "paystack.co", "flutterwave.com", "mercadopago.com",
        "tinkoff.ru", "yookassa.ru", "payu.com", "payu.in", "paytm.in", "midtrans.com", "xendit.co", "2checkout.com", "bluesnap.com",
        "sslcommerz.com", "payfast.co.za",
        // Russian and Turkish processors (FreeKassa's pay.freekassa.ru and www.free-kassa.ru, Robokassa's auth.robokassa.ru,
        // CloudPayments' api.cloudpayments.ru, PayTR's www.paytr.com).
        "free-kassa.ru", "freekassa.ru", "freekassa.com", "robokassa.ru", "cloudpayments.ru", "paytr.com");

    /// <summary>
    /// For a value starting with <c>http://</c>, the host part's bounds when the host is a payment host; false otherwise.
    /// </summary>
    public static bool IsPlainHttpPaymentUri(string value, ImmutableArray<string> extraHosts, out bool hasPort)
    {
        hasPort = false;
        int start = 0;
        while (start < value.Length && char.IsWhiteSpace(value[start]))
        {
            start++;
        }

        const string scheme = "http://";
        if (value.Length - start <= scheme.Length || string.Compare(value, start, scheme, 0, scheme.Length, StringComparison.OrdinalIgnoreCase) != 0)
        {
            return false;
        }

        int hostStart = start + scheme.Length;
        int end = hostStart;
        while (end < value.Length && value[end] != '/' && value[end] != '?' && value[end] != '#' && !char.IsWhiteSpace(value[end]))
        {
            end++;
        }

        int at = value.LastIndexOf('@', end - 1, end - hostStart);
        if (at >= 0)
        {
            hostStart = at + 1;
        }

        int colon = value.IndexOf(':', hostStart, end - hostStart);
        if (colon >= 0)
        {
            hasPort = true;
            end = colon;
        }

        while (end > hostStart && value[end - 1] == '.')
        {
            end--;
        }

        if (end <= hostStart)
        {
            return false;
        }

        return MatchesAny(value, hostStart, end, Known) || MatchesAny(value, hostStart, end, extraHosts);
    }

    private static bool MatchesAny(string value, int hostStart, int hostEnd, ImmutableArray<string> domains)
    {
        int hostLength = hostEnd - hostStart;
        foreach (string entry in domains)
        {
            string domain = entry.StartsWith("*.", StringComparison.Ordinal) ? entry.Substring(2) : entry;
            if (domain.Length == 0 || domain.Length > hostLength)
            {
                continue;
            }

            int offset = hostEnd - domain.Length;
            if (string.Compare(value, offset, domain, 0, domain.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (offset == hostStart || value[offset - 1] == '.'))
            {
                return true;
            }
        }

        return false;
    }
}
