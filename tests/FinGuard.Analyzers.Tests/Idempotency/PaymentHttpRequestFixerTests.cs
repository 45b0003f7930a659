using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<FinGuard.Analyzers.Idempotency.PaymentHttpRequestAnalyzer, FinGuard.CodeFixes.Idempotency.PaymentHttpRequestFixer>;

namespace FinGuard.Analyzers.Tests.Idempotency;

public class PaymentHttpRequestFixerTests
{
    [Fact]
    public Task Send_gets_the_header_on_its_request() => VerifyCS.VerifyCodeFixAsync("""

using System;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading;
using System.Threading.Tasks;
public record Payment(Guid OrderId, long Amount);
public class PspClient
{
    private readonly HttpClient _http = new HttpClient();
    public async Task<HttpResponseMessage> Pay(Payment payment, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "v1/payments") { Content = JsonContent.Create(payment) };
        return await {|FG2004:_http.SendAsync(request, ct)|};
    }
}
""", """

using System;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading;
using System.Threading.Tasks;
public record Payment(Guid OrderId, long Amount);
public class PspClient
{
    private readonly HttpClient _http = new HttpClient();
    public async Task<HttpResponseMessage> Pay(Payment payment, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "v1/payments") { Content = JsonContent.Create(payment) };
        request.Headers.Add("Idempotency-Key", $"order-{payment.OrderId}-payments");
        return await _http.SendAsync(request, ct);
    }
}
""");

    [Fact]
    public Task Post_as_json_is_rewritten_to_a_request_with_the_header() => VerifyCS.VerifyCodeFixAsync("""

using System.Net.Http;
using System.Net.Http.Json;
using System.Threading;
using System.Threading.Tasks;
public class PayPalClient
{
    private readonly HttpClient _http = new HttpClient();
    public async Task CreateOrder(object order, string orderId, CancellationToken ct)
    {
        var response = await {|FG2004:_http.PostAsJsonAsync("https://api-m.paypal.com/v2/checkout/orders", order, ct)|};
        response.EnsureSuccessStatusCode();
    }
    public async Task Refund(HttpContent body)
    {
        await {|FG2004:_http.PostAsync("v1/refunds", body)|};
    }
}
""", """

using System.Net.Http;
using System.Net.Http.Json;
using System.Threading;
using System.Threading.Tasks;
public class PayPalClient
{
    private readonly HttpClient _http = new HttpClient();
    public async Task CreateOrder(object order, string orderId, CancellationToken ct)
    {
        using var ordersRequest = new HttpRequestMessage(HttpMethod.Post, "https://api-m.paypal.com/v2/checkout/orders") { Content = JsonContent.Create(order) };
        ordersRequest.Headers.Add("PayPal-Request-Id", $"order-{orderId}-orders");
        var response = await _http.SendAsync(ordersRequest, ct);
        response.EnsureSuccessStatusCode();
    }
    public async Task Refund(HttpContent body)
    {
        // TODO(FinGuard FG2004): derive this key from the business operation (for example the order id) so every retry of the operation sends the same key
        var refundsKey = System.Guid.NewGuid().ToString();
        using var refundsRequest = new HttpRequestMessage(HttpMethod.Post, "v1/refunds") { Content = body };
        refundsRequest.Headers.Add("Idempotency-Key", refundsKey);
        await _http.SendAsync(refundsRequest);
    }
}
""");

    [Fact]
    public Task Conditional_posts_are_not_rewritten() => VerifyCS.VerifyCodeFixAsync("""

using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;
public record Order(string Id);
public class PspClient
{
    private readonly HttpClient _http = new HttpClient();
    public async Task Pay(Order? order)
    {
        if (order != null)
            await {|FG2004:_http.PostAsJsonAsync($"orders/{order.Id}/pay", order)|};
    }
}
""", """

using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;
public record Order(string Id);
public class PspClient
{
    private readonly HttpClient _http = new HttpClient();
    public async Task Pay(Order? order)
    {
        if (order != null)
            await {|FG2004:_http.PostAsJsonAsync($"orders/{order.Id}/pay", order)|};
    }
}
""");

    [Fact]
    public Task Calls_to_the_projects_own_http_helper_are_not_rewritten() => VerifyCS.VerifyCodeFixAsync("""

using System.Net.Http;
using System.Threading.Tasks;
public sealed class Transport
{
    private readonly HttpClient _http = new HttpClient();
    public Task<HttpResponseMessage> PostAsync(string url, HttpContent content) => _http.PostAsync(url, content);
}
public class Payouts
{
    private readonly Transport _transport = new Transport();
    // The project's own helper: the key belongs in its headers argument, so the call is not rewritten.
    public async Task Send(decimal amount) => await {|FG2004:_transport.PostAsync("/v1/payouts", new StringContent($"{{\"amount\":{amount}}}"))|};
}
""", """

using System.Net.Http;
using System.Threading.Tasks;
public sealed class Transport
{
    private readonly HttpClient _http = new HttpClient();
    public Task<HttpResponseMessage> PostAsync(string url, HttpContent content) => _http.PostAsync(url, content);
}
public class Payouts
{
    private readonly Transport _transport = new Transport();
    // The project's own helper: the key belongs in its headers argument, so the call is not rewritten.
    public async Task Send(decimal amount) => await {|FG2004:_transport.PostAsync("/v1/payouts", new StringContent($"{{\"amount\":{amount}}}"))|};
}
""");

    // Swish v1 ignores any idempotency header, so no header fix is offered: the message points at Swish v2 instead.
    [Fact]
    public Task Swish_v1_requests_get_no_header_fix() => VerifyCS.VerifyCodeFixAsync(SwishV1Send, SwishV1Send);

    private const string SwishV1Send = """

using System.Net.Http;
using System.Threading.Tasks;
public class SwishClient
{
    private readonly HttpClient _http = new HttpClient();
    public Task<HttpResponseMessage> Request(string phone, string amount)
        => {|FG2004:_http.PostAsync("https://cpc.getswish.net/swish-cpcapi/api/v1/paymentrequests", new StringContent("{\"payerAlias\":\"" + phone + "\",\"amount\":\"" + amount + "\"}"))|};
}
""";
}
