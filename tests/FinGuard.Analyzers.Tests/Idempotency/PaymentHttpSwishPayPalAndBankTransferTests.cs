using Microsoft.CodeAnalysis.Testing;
using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Idempotency.PaymentHttpRequestAnalyzer>;

namespace FinGuard.Analyzers.Tests.Idempotency;

/// <summary>
/// FG2004 on held-out set 14's misses, by the general shape behind each: a URL built up with <c>+=</c> before the send
/// (a PayPal Orders v2 capture under a configured host), Swish's documented v1 API (payment requests and refunds with no
/// key at all; v2 puts the instruction UUID in the URL), and bank-transfer names (EFT, the Turkish havale) posted to a
/// bank's own API. Look-alikes: appends after the send, order creation, keyed requests, m-commerce requests that name no
/// payer, Swish v2, reads, and words that merely contain the letters.
/// </summary>
public class PaymentHttpSwishPayPalAndBankTransferTests
{
    [Fact]
    public Task Urls_built_with_compound_appends_are_followed() => VerifyCS.VerifyAnalyzerAsync("""

using System.Net.Http;
using System.Threading.Tasks;
public static class Settings { public static string Get(string name) => name; }
public class WalletTopUp
{
    private readonly HttpClient _http = new HttpClient();
    public async Task Capture(string orderId)
    {
        string url = Settings.Get("PayPal:BaseUrl");
        url += "/v2/checkout/orders/" + orderId + "/capture";
        await {|FG2004:_http.PostAsync(url, new StringContent(""))|};
    }
    public async Task Settle(string accountId, string body)
    {
        var path = "api";
        path += $"/accounts/{accountId}";
        path += "/payouts";
        await {|FG2004:_http.PostAsync(path, new StringContent(body))|};
    }
}
""", null);

    [Fact]
    public Task PayPal_captures_under_a_configured_host_ask_for_PayPal_Request_Id()
    {
        var test = new VerifyCS.Test { TestCode = """

using System.Net.Http;
using System.Threading.Tasks;
public class PayPalRefunds
{
    private readonly HttpClient _http = new HttpClient();
    public async Task Refund(string baseUrl, string captureId, string body)
        => await {|#0:_http.PostAsync(baseUrl + "/v2/payments/captures/" + captureId + "/refund", new StringContent(body))|};
}
""" };
        test.ExpectedDiagnostics.Add(new DiagnosticResult("FG2004", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0).WithArguments("HttpClient.PostAsync", "PayPal-Request-Id"));
        return test.RunAsync();
    }

    [Fact]
    public Task Appends_after_the_send_order_creation_and_keyed_captures_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Net.Http;
using System.Threading.Tasks;
public static class Settings { public static string Get(string name) => name; }
public class WalletTopUp
{
    private readonly HttpClient _http = new HttpClient();
    public async Task CreateOrder(string body)
    {
        string url = Settings.Get("PayPal:BaseUrl");
        url += "/v2/checkout/orders";
        await _http.PostAsync(url, new StringContent(body));
    }
    public async Task Notes(string body)
    {
        string url = "api/notes";
        await _http.PostAsync(url, new StringContent(body));
        url += "/payments";
    }
    public async Task KeyedCapture(string orderId)
    {
        string url = Settings.Get("PayPal:BaseUrl");
        url += "/v2/checkout/orders/" + orderId + "/capture";
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent("") };
        request.Headers.Add("PayPal-Request-Id", "capture-" + orderId);
        await _http.SendAsync(request);
    }
}
""", null);

    // Swish's documented API, not one client's names: the path prefix swish-cpcapi, v1 vs v2, and the payerAlias field.
    private const string SwishHelper = """

using System.Net.Http;
using System.Threading.Tasks;
public class PhonePaymentRequest { public string PayerAlias { get; set; } = ""; public string Amount { get; set; } = ""; public string PayeePaymentReference { get; set; } = ""; }
public class AppPaymentRequest { public string Amount { get; set; } = ""; public string PayeePaymentReference { get; set; } = ""; }
public class SwishRefund { public string OriginalPaymentReference { get; set; } = ""; public string Amount { get; set; } = ""; }
public class SwishGateway
{
    private const string V1Requests = "swish-cpcapi/api/v1/paymentrequests";
    private const string V1Refunds = "swish-cpcapi/api/v1/refunds";
    private readonly HttpClient _http = new HttpClient();
    private Task<HttpResponseMessage> PostJson<T>(T body, string path) => _http.PostAsync(path, new StringContent(body!.ToString()!));
""";

    [Fact]
    public Task Swish_v1_payment_requests_to_a_phone_and_refunds_are_reported() => VerifyCS.VerifyAnalyzerAsync(SwishHelper + """
    public Task<HttpResponseMessage> RequestFromPhone(PhonePaymentRequest request) => {|FG2004:PostJson(request, V1Requests)|};
    public Task<HttpResponseMessage> Refund(SwishRefund refund) => {|FG2004:PostJson(refund, V1Refunds)|};
    public Task<HttpResponseMessage> Direct(string phone, string amount)
        => {|FG2004:_http.PostAsync("https://cpc.getswish.net/swish-cpcapi/api/v1/paymentrequests", new StringContent("{\"payerAlias\":\"" + phone + "\",\"amount\":\"" + amount + "\"}"))|};
}
""", null);

    // Swish v1 takes no key, so the message advises Swish v2's instruction UUID in the URL, not a header.
    [Fact]
    public Task Swish_v1_message_advises_v2_instruction_ids_not_a_header() => new VerifyCS.Test
    {
        TestCode = SwishHelper + """
    public Task<HttpResponseMessage> RequestFromPhone(PhonePaymentRequest request) => {|#0:PostJson(request, V1Requests)|};
    public Task<HttpResponseMessage> Refund(SwishRefund refund) => {|#1:PostJson(refund, V1Refunds)|};
}
""",
        ExpectedDiagnostics =
        {
            new DiagnosticResult("FG2004", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0)
                .WithMessage("'SwishGateway.PostJson' sends a Swish v1 payment request, which takes no idempotency key, so a retried request can pay twice: send it to Swish v2 as a PUT with an instruction UUID derived from the order or payment in the URL"),
            new DiagnosticResult("FG2004", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(1).WithArguments("SwishGateway.PostJson", "refund"),
        },
    }.RunAsync();

    [Fact]
    public Task Swish_app_switch_requests_v2_and_reads_are_not_reported() => VerifyCS.VerifyAnalyzerAsync(SwishHelper + """
    // m-commerce: no payer named, the token opens the payer's own app once.
    public Task<HttpResponseMessage> RequestInApp(AppPaymentRequest request) => PostJson(request, V1Requests);
    // v2: the instruction UUID in the URL is the key.
    public Task<HttpResponseMessage> RequestV2(PhonePaymentRequest request, string instructionId)
        => _http.PutAsync($"https://cpc.getswish.net/swish-cpcapi/api/v2/paymentrequests/{instructionId}", new StringContent(request.ToString()!));
    public Task<HttpResponseMessage> RefundV2(SwishRefund refund, string instructionId)
        => _http.PutAsync($"swish-cpcapi/api/v2/refunds/{instructionId}", new StringContent(refund.ToString()!));
    public Task<HttpResponseMessage> Status(string id) => _http.GetAsync($"{V1Requests}/{id}");
    public Task<HttpResponseMessage> Qr(string body) => _http.PostAsync("https://mpc.getswish.net/qrg-swish/api/v1/commerce", new StringContent(body));
}
""", null);

    [Fact]
    public Task Bank_transfer_names_posted_to_the_banks_own_api_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Net.Http;
using System.Threading.Tasks;
public interface IApiClient { Task<T> PostData<T>(string endPoint, string json, string? token = null); }
public class ApiClient : IApiClient
{
    private readonly HttpClient _http = new HttpClient();
    public async Task<T> PostData<T>(string endPoint, string json, string? token = null) { await _http.PostAsync("https://bank.example.com/api" + endPoint, new StringContent(json)); return default!; }
}
public abstract class Controller { }
public class EftForm { public string FromIban { get; set; } = ""; public string ToIban { get; set; } = ""; public decimal Amount { get; set; } }
public class EftController : Controller
{
    private readonly IApiClient _api;
    public EftController(IApiClient api) => _api = api;
    public Task<object> Save(EftForm form) => {|FG2004:_api.PostData<object>("/eft", System.Text.Json.JsonSerializer.Serialize(new { form.FromIban, form.ToIban, form.Amount }))|};
    public Task<object> Havale(EftForm form) => {|FG2004:_api.PostData<object>("/api/havale", System.Text.Json.JsonSerializer.Serialize(new { form.FromIban, form.Amount }))|};
    public Task<object> Outgoing(EftForm form) => {|FG2004:_api.PostData<object>("/api/OutgoingEft", System.Text.Json.JsonSerializer.Serialize(new { form.ToIban, form.Amount }))|};
}
public interface ISchedule { Task PostData(string endTime, string note); }
public class Schedule : ISchedule
{
    private readonly HttpClient _http = new HttpClient();
    public Task PostData(string endTime, string note) => _http.PostAsync("https://calendar.example.com/slots", new StringContent(endTime + note));
}
public class PlannerController : Controller
{
    private readonly ISchedule _schedule;
    public PlannerController(ISchedule schedule) => _schedule = schedule;
    public Task Plan(EftForm form) => _schedule.PostData("/eft", form.ToIban);
}
""", null);

    [Fact]
    public Task Reads_and_look_alike_words_of_bank_transfers_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Net.Http;
using System.Threading.Tasks;
public class BankApi
{
    private readonly HttpClient _http = new HttpClient();
    public async Task Calls(string body)
    {
        await _http.GetAsync("/eft");
        await _http.PostAsync("/eft/status", new StringContent(body));
        await _http.PostAsync("/api/havale/search", new StringContent(body));
        await _http.PostAsync("/api/GetEft", new StringContent(body));
        await _http.PostAsync("/api/EftTransactions", new StringContent(body));
        await _http.PostAsync("/api/left", new StringContent(body));
        await _http.PostAsync("/api/theft-reports", new StringContent(body));
    }
}
""", null);
}
