using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Idempotency.PaymentHttpRequestAnalyzer>;

namespace FinGuard.Analyzers.Tests.Idempotency;

public class PaymentHttpRequestAnalyzerTests
{
    [Fact]
    public Task Posts_to_payment_endpoints_without_a_key_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading;
using System.Threading.Tasks;
public record ChargeRequest(long Amount, string Currency);
public class PspClient
{
    private const string ChargesPath = "v1/charges";
    private readonly HttpClient _http;
    public PspClient(HttpClient http) => _http = http;
    public async Task Pay(ChargeRequest charge, string orderId, CancellationToken ct)
    {
        await {|FG2004:_http.PostAsJsonAsync("/api/v1/payments", charge, ct)|};
        await {|FG2004:_http.PostAsJsonAsync(ChargesPath, charge, ct)|};
        await {|FG2004:_http.PostAsync($"orders/{orderId}/refunds", JsonContent.Create(charge), ct)|};
        await {|FG2004:_http.PutAsJsonAsync(new Uri("https://psp.example.com/v2/payouts/" + orderId), charge, ct)|};
        var url = "https://api.stripe.com/v1/payment_intents";
        await {|FG2004:_http.PostAsync(url, new FormUrlEncodedContent(Array.Empty<System.Collections.Generic.KeyValuePair<string, string>>()), ct)|};
        using var request = new HttpRequestMessage(HttpMethod.Post, "v1/captures") { Content = JsonContent.Create(charge) };
        await {|FG2004:_http.SendAsync(request, ct)|};
    }
    public async Task PayPal(ChargeRequest charge)
    {
        var client = new HttpClient { BaseAddress = new Uri("https://api-m.paypal.com") };
        await {|FG2004:client.PostAsJsonAsync("v2/checkout/orders", charge)|};
    }
}
""", null);

    [Fact]
    public Task Reads_non_payment_endpoints_and_keyed_requests_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading;
using System.Threading.Tasks;
public record ChargeRequest(long Amount, string Currency);
public class PspClient
{
    private readonly HttpClient _http = new HttpClient();
    public async Task Calls(ChargeRequest charge, Guid orderId, HttpRequestMessage fromCaller, CancellationToken ct)
    {
        await _http.GetAsync("/api/v1/payments", ct);
        await _http.GetFromJsonAsync<ChargeRequest>("v1/charges/ch_1", ct);
        await _http.DeleteAsync("v1/payouts/po_1", ct);
        await _http.PostAsJsonAsync("/api/v1/orders", charge, ct);
        await _http.PostAsJsonAsync("/api/products/card-designs", charge, ct);
        await _http.PostAsJsonAsync("/api/v1/payments/search", charge, ct);
        await _http.PostAsJsonAsync("/api/v1/refunds/preview", charge, ct);
        await _http.PostAsJsonAsync("https://connect.squareup.com/v2/payments", charge, ct);
        await _http.SendAsync(fromCaller, ct);
        using var get = new HttpRequestMessage(HttpMethod.Get, "v1/charges");
        await _http.SendAsync(get, ct);
    }
    public async Task Keyed(ChargeRequest charge, Guid orderId, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "v1/charges") { Content = JsonContent.Create(charge) };
        request.Headers.Add("Idempotency-Key", $"order-{orderId}-charge");
        await _http.SendAsync(request, ct);
    }
    public async Task Signed(ChargeRequest charge, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "v1/charges") { Content = JsonContent.Create(charge) };
        Sign(request);
        await _http.SendAsync(request, ct);
    }
    private static void Sign(HttpRequestMessage request) => request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
}
""", null);

    [Fact]
    public Task A_delegating_handler_that_adds_keys_silences_the_rule() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading;
using System.Threading.Tasks;
public sealed class IdempotencyHandler : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        if (request.Method == HttpMethod.Post && !request.Headers.Contains("Idempotency-Key"))
        {
            request.Headers.Add("Idempotency-Key", request.Options.TryGetValue(new HttpRequestOptionsKey<string>("op"), out var op) ? op : "");
        }
        return base.SendAsync(request, ct);
    }
}
public class PspClient
{
    private readonly HttpClient _http = new HttpClient();
    public Task Pay(object charge) => _http.PostAsJsonAsync("/api/v1/payments", charge);
}
""", null);

    [Fact]
    public Task Configured_endpoints_are_payment_or_safe() => VerifyCS.VerifyAnalyzerAsync("""

using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;
public class Billing
{
    private readonly HttpClient _http = new HttpClient();
    public async Task Run(object body)
    {
        await {|FG2004:_http.PostAsJsonAsync("https://billing.internal/api/settle", body)|};
        await _http.PostAsJsonAsync("https://ledger.internal/payments", body);
    }
}
""", "finguard.idempotency.payment_endpoints = billing.internal/api/settle, /collect\nfinguard.idempotency.safe_endpoints = ledger.internal\n");
}
