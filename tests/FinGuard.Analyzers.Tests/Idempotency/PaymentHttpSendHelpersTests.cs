using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Idempotency.PaymentHttpRequestAnalyzer>;

namespace FinGuard.Analyzers.Tests.Idempotency;

/// <summary>
/// FG2004 on set 20: the project's send helper named for no verb (<c>Send(HttpMethod.Post, endpoint, body)</c>,
/// <c>SendApiRequestAsync(auth, baseUrl, apiUrl, body)</c> whose own request is a POST), called with a payment endpoint,
/// with a body built at the call site. Look-alikes: the same helper sending a GET, a forwarded request that carries the caller's reference, and a helper that
/// adds the idempotency header itself.
/// </summary>
public class PaymentHttpSendHelpersTests
{
    private const string Helpers = """

public class PayoutRequest { public string Amount { get; set; } = ""; public string AccountReference { get; set; } = ""; }
public class TransferRequest { public string Amount { get; set; } = ""; public string TransactionReference { get; set; } = ""; }
public partial class Gateway
{
    private readonly System.Net.Http.HttpClient _http = new System.Net.Http.HttpClient();

    private async System.Threading.Tasks.Task<System.Net.Http.HttpResponseMessage> Send(System.Net.Http.HttpMethod method, string endpoint, object body = null)
    {
        var request = new System.Net.Http.HttpRequestMessage(method, endpoint) { Content = new System.Net.Http.StringContent(body?.ToString() ?? "") };
        return await _http.SendAsync(request);
    }

    private async System.Threading.Tasks.Task<string> SendApiRequestAsync(string auth, string apiUrl, object body)
    {
        var request = new System.Net.Http.HttpRequestMessage(System.Net.Http.HttpMethod.Post, apiUrl) { Content = new System.Net.Http.StringContent(body.ToString() ?? "") };
        request.Headers.Add("Authorization", "Bearer " + auth);
        var response = await _http.SendAsync(request);
        return await response.Content.ReadAsStringAsync();
    }

    private async System.Threading.Tasks.Task<string> SendKeyedRequestAsync(string apiUrl, object body, string key)
    {
        var request = new System.Net.Http.HttpRequestMessage(System.Net.Http.HttpMethod.Post, apiUrl);
        request.Headers.Add("Idempotency-Key", key);
        var response = await _http.SendAsync(request);
        return await response.Content.ReadAsStringAsync();
    }
}
""";

    [Fact]
    public Task Payment_endpoints_sent_through_a_send_helper_are_reported() => VerifyCS.VerifyAnalyzerAsync("""
#nullable disable
using System.Net.Http;
using System.Threading.Tasks;
public partial class Gateway
{
    public async Task Capture(string orderId, string paymentId, decimal amount)
    {
        var endpoint = $"transactions/orders/{orderId}/payments/{paymentId}/captures";
        await {|FG2004:Send(HttpMethod.Post, endpoint, new { Amount = amount })|};
    }

    public async Task<string> Payout(string auth, string phone, string amount)
    {
        var body = System.Text.Json.JsonSerializer.Serialize(new PayoutRequest { Amount = amount, AccountReference = phone });
        return await {|FG2004:SendApiRequestAsync(auth, "mpesa/b2c/v1/paymentrequest", body)|};
    }
}
""" + Helpers, null);

    [Fact]
    public Task Reads_forwarded_references_and_keyed_helpers_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""
#nullable disable
using System.Net.Http;
using System.Threading.Tasks;
public partial class Gateway
{
    public async Task Read(string orderId, string paymentId)
    {
        var endpoint = $"transactions/orders/{orderId}/payments/{paymentId}";
        await Send(HttpMethod.Get, endpoint);
    }

    public async Task<string> Transfer(string auth, TransferRequest transfer)
    {
        var body = System.Text.Json.JsonSerializer.Serialize(transfer);
        return await SendApiRequestAsync(auth, "api/v1/transfers", body);
    }

    public async Task<string> Refund(string orderId, object body)
        => await SendKeyedRequestAsync("api/v1/refunds", body, "refund-" + orderId);
}
""" + Helpers, null);
}
