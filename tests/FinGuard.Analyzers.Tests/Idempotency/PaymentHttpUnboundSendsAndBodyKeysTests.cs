using FinGuard.Analyzers.Idempotency;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Idempotency.PaymentHttpRequestAnalyzer>;
using VerifyShared = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Idempotency.ConstantOrSharedKeyAnalyzer>;

namespace FinGuard.Analyzers.Tests.Idempotency;

/// <summary>
/// FG2004 on held-out set 18's shapes: <c>PostAsJsonAsync</c> that does not bind before restore (Microsoft.AspNet.WebApi.Client,
/// System.Net.Http.Json not imported) or binds to WebApi.Client's <c>HttpClientExtensions</c>; a body whose type names
/// the money movement when the URL has no constant path; a documented idempotency field in the body (M-Pesa's third-party
/// reference, <c>idempotency_key</c>) standing for the header; YooKassa's <c>Idempotence-Key</c> header (FG2006 when it is
/// set on <c>DefaultRequestHeaders</c>). Look-alikes: other receivers, orders, reads, lone or read-like type names, a
/// merchant's own order reference.
/// </summary>
public class PaymentHttpUnboundSendsAndBodyKeysTests
{
    private static DiagnosticResult Reported(int location)
        => new DiagnosticResult("FG2004", DiagnosticSeverity.Warning).WithLocation(location).WithArguments("HttpClient.PostAsJsonAsync", "Idempotency-Key");

    [Fact]
    public Task Unbound_PostAsJsonAsync_on_an_HttpClient_to_a_payment_endpoint_is_reported() => VerifyCS.VerifyUnresolvedAsync("""

using System.Net.Http;
using System.Threading.Tasks;
public class Bank { public string CardPaymentUrl { get; set; } = ""; }
public class CentralApi
{
    public async Task Forward(Bank bank, object signed)
    {
        var client = new HttpClient();
        var response = await {|#0:client.PostAsJsonAsync(bank.CardPaymentUrl, signed)|};
    }
    public async Task Send(HttpClient client, object transfer)
        => await {|#1:client.PostAsJsonAsync("api/v1/transfers", transfer)|};
}
""", Reported(0), Reported(1));

    [Fact]
    public Task Unbound_sends_to_orders_with_a_key_or_on_other_receivers_are_not_reported() => VerifyCS.VerifyUnresolvedAsync("""

using System;
using System.Net.Http;
using System.Threading.Tasks;
public class Gateway { }
public class Shop
{
    public async Task Order(HttpClient client, object order) => await client.PostAsJsonAsync("api/orders", order);
    public async Task Keyed(object transfer)
    {
        var client = new HttpClient();
        client.DefaultRequestHeaders.Add("Idempotency-Key", Guid.NewGuid().ToString());
        await client.PostAsJsonAsync("api/v1/transfers", transfer);
    }
    public async Task Other(Gateway gateway, object transfer) => await gateway.PostAsJsonAsync("api/v1/transfers", transfer);
    public async Task Read(HttpClient client) => await client.GetFromJsonAsync<object>("api/v1/transfers");
}
""");

    [Fact]
    public Task WebApi_Client_PostAsJsonAsync_is_judged_as_System_Net_Http_Json_is() => VerifyCS.VerifyAnalyzerAsync("""

using System.Net.Http;
using System.Threading.Tasks;
namespace System.Net.Http
{
    public static class HttpClientExtensions
    {
        public static Task<HttpResponseMessage> PostAsJsonAsync<T>(this HttpClient client, string requestUri, T value) => client.PostAsync(requestUri, new StringContent(""));
    }
}
public class Payouts
{
    public async Task Pay(HttpClient client, object payout) => await {|FG2004:client.PostAsJsonAsync("api/payouts", payout)|};
    public async Task Note(HttpClient client, object note) => await client.PostAsJsonAsync("api/notes", note);
}
""");

    [Fact]
    public Task A_body_type_naming_the_payment_decides_when_the_URL_has_no_constant_path() => VerifyCS.VerifyUnresolvedAsync("""

using System.Net.Http;
using System.Threading.Tasks;
public class CardPaymentSubmitModel { public decimal Amount { get; set; } }
public class SubmitTransferDto { public decimal Amount { get; set; } }
public static class PaymentsHelper
{
    public static async Task<bool> Process(CardPaymentSubmitModel model, string submitUrl)
    {
        var client = new HttpClient();
        var response = await {|#0:client.PostAsJsonAsync(submitUrl, model)|};
        return response.IsSuccessStatusCode;
    }
    public static async Task Transfer(HttpClient client, string url, SubmitTransferDto transfer) => await {|#1:client.PostAsJsonAsync(url, transfer)|};
}
""", Reported(0), Reported(1));

    [Fact]
    public Task Read_like_lone_or_routed_body_types_do_not_make_a_payment() => VerifyCS.VerifyUnresolvedAsync("""

using System.Net.Http;
using System.Threading.Tasks;
public class PaymentStatusDto { }
public class GetPaymentRequest { }
public class PaymentDto { }
public class CancelTransferModel { }
public class CardPaymentModel { }
public static class Calls
{
    public static async Task Status(HttpClient client, string url, PaymentStatusDto dto) => await client.PostAsJsonAsync(url, dto);
    public static async Task Get(HttpClient client, string url, GetPaymentRequest dto) => await client.PostAsJsonAsync(url, dto);
    public static async Task Lone(HttpClient client, string url, PaymentDto dto) => await client.PostAsJsonAsync(url, dto);
    public static async Task Cancel(HttpClient client, string url, CancelTransferModel dto) => await client.PostAsJsonAsync(url, dto);
    public static async Task Routed(HttpClient client, CardPaymentModel dto) => await client.PostAsJsonAsync("api/orders", dto);
}
""");

    [Fact]
    public Task A_documented_idempotency_field_in_the_body_stands_for_the_header() => VerifyCS.VerifyAnalyzerAsync("""

using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
public class WalletRequest
{
    public string ThirdPartyReference { get; set; } = "";
    public string Amount { get; set; } = "";
}
public class Wallet
{
    private readonly HttpClient _http = new HttpClient();
    public async Task PayOut(string reference, string amount)
    {
        WalletRequest request;
        request = new WalletRequest { ThirdPartyReference = reference, Amount = amount };
        var content = new StringContent(JsonSerializer.Serialize(request), Encoding.UTF8, "application/json");
        await _http.PostAsync("/ipg/v1x/payouts/", content);
    }
    public async Task Charge(string key, string nonce)
    {
        var body = JsonSerializer.Serialize(new { idempotency_key = key, source_id = nonce });
        await _http.PostAsync("/v2/payments", new StringContent(body));
    }
}
""");

    [Fact]
    public Task A_merchant_order_reference_in_the_body_is_not_a_key() => VerifyCS.VerifyAnalyzerAsync("""

using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
public class PayoutRequest
{
    public string MerchantReference { get; set; } = "";
    public string Reference { get; set; } = "";
}
public class Payouts
{
    private readonly HttpClient _http = new HttpClient();
    public async Task Pay(PayoutRequest request)
        => await {|FG2004:_http.PostAsync("/v1/payouts", new StringContent(JsonSerializer.Serialize(request)))|};
}
""");

    [Fact]
    public Task UriBuilder_urls_are_followed_and_reads_through_them_stay_silent() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using System.Net.Http;
using System.Threading.Tasks;
public class StkPush
{
    private readonly HttpClient _http = new HttpClient();
    public async Task Prompt(bool sandbox, string body)
    {
        var uri = new UriBuilder(sandbox ? "https://sandbox.example.co.ke/mpesa/stkpush/v1/processrequest" : "https://api.example.co.ke/mpesa/stkpush/v1/processrequest");
        await {|FG2004:_http.PostAsync(uri.ToString(), new StringContent(body))|};
    }
    public async Task Payout(string body)
    {
        var builder = new UriBuilder("https://bank.example.com/api/v1/payouts");
        await {|FG2004:_http.PostAsync(builder.Uri, new StringContent(body))|};
    }
    public async Task Query(string body)
    {
        var uri = new UriBuilder("https://api.example.co.ke/mpesa/stkpushquery/v1/query");
        await _http.PostAsync(uri.ToString(), new StringContent(body));
    }
}
""");

    [Fact]
    public Task YooKassa_Idempotence_Key_on_the_request_is_a_key() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using System.Net.Http;
using System.Threading.Tasks;
public class YooKassa
{
    private readonly HttpClient _http = new HttpClient();
    public async Task Pay(string orderId, string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "payments") { Content = new StringContent(body) };
        request.Headers.Add("Idempotence-Key", orderId);
        await _http.SendAsync(request);
    }
    public async Task Misnamed(string orderId, string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "payments") { Content = new StringContent(body) };
        request.Headers.Add("X-Idempotent", orderId);
        await {|FG2004:_http.SendAsync(request)|};
    }
}
""");

    [Fact]
    public Task YooKassa_Idempotence_Key_on_DefaultRequestHeaders_is_shared_between_requests() => VerifyShared.VerifyAnalyzerAsync("""

using System;
using System.Net.Http;
public class PaymentApiClient
{
    private readonly HttpClient _http = new HttpClient();
    public void Prepare() => {|FG2006:_http.DefaultRequestHeaders.Add("Idempotence-Key", Guid.NewGuid().ToString())|};
    public void Trace() => _http.DefaultRequestHeaders.Add("X-Request-Id", Guid.NewGuid().ToString());
}
""");
}
