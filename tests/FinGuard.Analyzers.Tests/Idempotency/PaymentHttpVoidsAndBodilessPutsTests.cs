using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Idempotency.PaymentHttpRequestAnalyzer>;

namespace FinGuard.Analyzers.Tests.Idempotency;

/// <summary>
/// FG2004 on set 20: a void posted from a method named for it (it releases an authorisation and moves no money), and a
/// PUT with no body on a transaction named in the URL (a full capture or refund of that transaction, refused when
/// repeated). Look-alikes: a refund sent from a void-named method, a cancellation (which may refund), a PUT that carries
/// an amount, and a bodiless PUT to a constant URL.
/// </summary>
public class PaymentHttpVoidsAndBodilessPutsTests
{
    [Fact]
    public Task Voids_and_bodiless_puts_on_a_transaction_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Net.Http;
using System.Threading.Tasks;
public class GatewayClient
{
    private readonly HttpClient _http = new HttpClient();
    public async Task Void(string json)
    {
        await _http.PostAsync("https://gateway.example.com/api/payments", new StringContent(json));
    }

    public async Task VoidAuthorizationAsync(string json)
        => await _http.PostAsync("https://gateway.example.com/api/payments", new StringContent(json));

    public async Task Capture(string transactionId)
    {
        await _http.PutAsync("api/payment/" + transactionId + "/capture", null);
        await _http.PutAsync($"api/payment/{transactionId}/refund", null);
    }
}
""", null);

    [Fact]
    public Task Refunds_cancellations_puts_with_an_amount_and_constant_puts_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Net.Http;
using System.Threading.Tasks;
public class GatewayClient
{
    private readonly HttpClient _http = new HttpClient();
    public async Task VoidOrRefund(string json)
    {
        await {|FG2004:_http.PostAsync("https://gateway.example.com/api/refunds", new StringContent(json))|};
    }

    public async Task CancelOrder(string json)
    {
        await {|FG2004:_http.PostAsync("https://gateway.example.com/api/refunds", new StringContent(json))|};
    }

    public async Task Capture(string transactionId, string amountJson)
    {
        await {|FG2004:_http.PutAsync("api/payment/" + transactionId + "/capture", new StringContent(amountJson))|};
        await {|FG2004:_http.PutAsync("https://gateway.example.com/api/payments", null)|};
    }
}
""", null);
}
