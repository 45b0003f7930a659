using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Idempotency.PaymentHttpRequestAnalyzer>;

namespace FinGuard.Analyzers.Tests.Idempotency;

/// <summary>
/// FG2004 (issue 18, set 25): a body whose buyer return is named <c>callback_url</c>, <c>responseURL</c> or <c>errorURL</c>
/// and names no instrument creates a hosted payment page; a verification step named with a file extension
/// (<c>payment/verify.json</c>) is a read like <c>payment/verify</c>; a catalogue's plans, products and prices bill nobody.
/// Twins: the same callback body with a card number or a phone to debit, a payment script with an extension
/// (<c>/api/payment.php</c>), and a plan's subscription.
/// </summary>
public class PaymentHttpCallbackPagesVerifyAndCatalogueTests
{
    [Fact]
    public Task Callback_pages_verification_and_catalogue_entries_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;
public class Gateway
{
    private readonly HttpClient _http = new HttpClient();

    public Task<HttpResponseMessage> RequestAsync(string merchant, long amount, string callback)
        => _http.PostAsJsonAsync("https://api.zarinpal.com/pg/v4/payment/request.json",
            new { merchant_id = merchant, amount, callback_url = callback, description = "order", metadata = new { mobile = "0912", email = "a@b.c" } });

    public Task<HttpResponseMessage> BankPageAsync(string tranData, string responseUrl, string errorUrl)
        => _http.PostAsJsonAsync("https://bank.example/pg/payment/hosted", new[] { new { id = "t1", trandata = tranData, responseURL = responseUrl, errorURL = errorUrl } });

    public Task<HttpResponseMessage> VerifyAsync(string merchant, long amount, string authority)
        => _http.PostAsJsonAsync("https://api.zarinpal.com/pg/v4/payment/verify.json", new { merchant_id = merchant, amount, authority });

    public Task<HttpResponseMessage> PlanAsync(object plan)
        => _http.PostAsJsonAsync("https://api-m.paypal.com/v1/billing/plans", plan);

    public Task<HttpResponseMessage> ProductAsync(object product)
        => _http.PostAsJsonAsync("https://api-m.paypal.com/v1/catalogs/products", product);
}
""");

    [Fact]
    public Task Callback_bodies_with_an_instrument_scripts_with_extensions_and_subscriptions_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;
public class Gateway
{
    private readonly HttpClient _http = new HttpClient();

    public Task<HttpResponseMessage> CardAsync(string cardNumber, long amount, string callback)
        => {|FG2004:_http.PostAsJsonAsync("https://gateway.example/v1/payments", new { card_number = cardNumber, amount, callback_url = callback })|};

    public Task<HttpResponseMessage> PushAsync(string phone, long amount, string callback)
        => {|FG2004:_http.PostAsJsonAsync("https://gateway.example/v1/payments", new { PhoneNumber = phone, Amount = amount, CallBackURL = callback })|};

    public Task<HttpResponseMessage> ScriptAsync(long amount)
        => {|FG2004:_http.PostAsJsonAsync("https://gateway.example/api/payment.php", new { amount })|};

    public Task<HttpResponseMessage> SubscribeAsync(string planId)
        => {|FG2004:_http.PostAsJsonAsync("https://api-m.paypal.com/v1/billing/subscriptions", new { plan_id = planId })|};
}
""");
}
