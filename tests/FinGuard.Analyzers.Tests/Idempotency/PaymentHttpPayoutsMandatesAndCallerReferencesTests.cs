using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Idempotency.PaymentHttpRequestAnalyzer>;

namespace FinGuard.Analyzers.Tests.Idempotency;

/// <summary>
/// FG2004 on set 23: a payout whose body has a result URL (the server's callback, not a hosted page's return), an STK
/// push under any path, and a lower-case <c>post</c> helper are payments; a direct-debit mandate, a provider method that
/// forwards the caller's reference, and a helper that only sends to the local machine are not. Look-alikes: a hosted
/// page (still silent), a mandate's debit, a reference made fresh beside the forwarded one, a refund that forwards the
/// original payment's reference, a request whose reference member is not sent, and a helper with a remote base URL.
/// </summary>
public class PaymentHttpPayoutsMandatesAndCallerReferencesTests
{
    [Fact]
    public Task Payouts_with_a_result_url_and_stk_pushes_under_any_path_are_reported() => VerifyCS.VerifyAnalyzerAsync("""
#nullable disable
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;
public class PayoutClient
{
    private readonly HttpClient _http = new HttpClient();

    public Task<HttpResponseMessage> PayPhoneAsync(string phone, decimal amount)
        => {|FG2004:_http.PostAsJsonAsync("https://gateway.example/mobile/b2c/v1/paymentrequest", new { Receiver = phone, Amount = amount, ResultURL = "https://shop.example/hooks/b2c", QueueTimeOutURL = "https://shop.example/hooks/timeout" })|};

    public Task<HttpResponseMessage> PayOutAsync(decimal amount)
        => {|FG2004:_http.PostAsJsonAsync("https://gateway.example/v1/payouts", new { amount, returnUrl = "https://shop.example/done" })|};

    public Task<HttpResponseMessage> PromptAsync(string msisdn, decimal amount)
        => {|FG2004:_http.PostAsJsonAsync("https://proxy.example/mobile/api/stkpush/v2.php", new { msisdn, amount })|};
}
""");

    [Fact]
    public Task Hosted_pages_status_queries_and_stk_callbacks_stay_silent() => VerifyCS.VerifyAnalyzerAsync("""
#nullable disable
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;
public class CheckoutClient
{
    private readonly HttpClient _http = new HttpClient();

    public Task<HttpResponseMessage> HostedPageAsync(decimal amount)
        => _http.PostAsJsonAsync("https://gateway.example/v1/payments", new { amount, returnUrl = "https://shop.example/done" });

    public Task<HttpResponseMessage> PushStatusAsync(string checkoutId)
        => _http.PostAsJsonAsync("https://proxy.example/api/stkpush/status", new { checkoutId });
}
""");

    [Fact]
    public Task A_lower_case_post_helper_called_with_an_stk_push_is_reported() => VerifyCS.VerifyAnalyzerAsync("""
#nullable disable
using System.Net;
using System.Text;
public class PushBody { public PushBody(string phone, decimal amount) { Phone = phone; Amount = amount; } public string Phone { get; } public decimal Amount { get; } }
public static class RequestService
{
    public static object post(string[] headers, string endPoint, string payLoad)
    {
        var request = (HttpWebRequest)WebRequest.Create(endPoint);
        request.Method = "POST";
        var data = Encoding.ASCII.GetBytes(payLoad);
        using (var stream = request.GetRequestStream()) { stream.Write(data, 0, data.Length); }
        return request.GetResponse();
    }

    public static object poster(string endPoint, string payLoad) => null;
}
public class Billing
{
    public object Charge(string phone, decimal amount)
        => {|FG2004:RequestService.post(null, "https://proxy.example/mobile/api/stkpush/v1.php", System.Text.Json.JsonSerializer.Serialize(new PushBody(phone, amount)))|};

    public object NotAHelper(string phone, decimal amount)
        => RequestService.poster("https://proxy.example/mobile/api/stkpush/v1.php", phone);
}
""");

    [Fact]
    public Task Mandates_forwarded_references_and_loopback_helpers_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""
#nullable disable
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;
public class TransferOrder { public string Reference { get; set; } public decimal Amount { get; set; } }
public class DebitProvider
{
    private readonly HttpClient _http = new HttpClient();

    public Task<HttpResponseMessage> CreateMandateAsync(string customerId, decimal maxAmount, string reference)
        => _http.PostAsJsonAsync("/v2/payments/mandates", new { customer = customerId, amount = maxAmount, reference });

    public Task<HttpResponseMessage> DebitAsync(string mandateId, decimal amount, string reference)
        => _http.PostAsJsonAsync($"/v3/payments/mandates/{mandateId}/debit", new { amount, reference });

    public Task<HttpResponseMessage> PayAsync(TransferOrder order)
        => _http.PostAsJsonAsync("/api/payments", new { tx_ref = order.Reference, amount = order.Amount });
}
public interface IApiService { Task<bool> PostData(string endPoint, string jsonData); }
public class ApiService : IApiService
{
    private readonly HttpClient _http = new HttpClient();
    public async Task<bool> PostData(string endPoint, string jsonData)
    {
        var baseAddress = "http://localhost:5269/api/";
        var message = new HttpRequestMessage(HttpMethod.Post, new System.Uri($"{baseAddress}{endPoint}")) { Content = new StringContent(jsonData) };
        return (await _http.SendAsync(message)).IsSuccessStatusCode;
    }
}
public class PaymentPage
{
    private readonly IApiService _api = new ApiService();
    public Task<bool> Pay(decimal amount) => _api.PostData("payment", System.Text.Json.JsonSerializer.Serialize(new { amount }));
}
""");

    [Fact]
    public Task Debits_fresh_references_refunds_unsent_references_and_remote_helpers_are_reported() => VerifyCS.VerifyAnalyzerAsync("""
#nullable disable
using System;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;
public class RefundOrder { public string TransactionReference { get; set; } public decimal Amount { get; set; } }
public class Receipt { public string TransactionReference { get; set; } }
public class DebitProvider
{
    private readonly HttpClient _http = new HttpClient();

    public Task<HttpResponseMessage> DebitAsync(string mandateId, decimal amount)
        => {|FG2004:_http.PostAsJsonAsync($"/v3/payments/mandates/{mandateId}/debit", new { amount })|};

    public Task<HttpResponseMessage> TransferAsync(string reference, decimal amount)
        => {|FG2004:_http.PostAsJsonAsync("/api/transfers", new { reference, amount, batchReference = Guid.NewGuid().ToString() })|};

    public Task<HttpResponseMessage> RefundAsync(RefundOrder order)
        => {|FG2004:_http.PostAsJsonAsync("/v1/refunds", new { transactionReference = order.TransactionReference, amount = order.Amount })|};

    public Task<HttpResponseMessage> ChargeAsync(RefundOrder order)
        => {|FG2004:_http.PostAsJsonAsync("/v1/charges", new { amount = order.Amount })|};

    public async Task<Receipt> ChargeWithReceiptAsync(RefundOrder order)
    {
        var content = new FormUrlEncodedContent(new System.Collections.Generic.Dictionary<string, string> { ["amount"] = order.Amount.ToString() });
        await {|FG2004:_http.PostAsync($"/payments/{order.TransactionReference}", content)|};
        return new Receipt { TransactionReference = order.TransactionReference };
    }
}
public interface IApiService { Task<bool> PostData(string endPoint, string jsonData); }
public class ApiService : IApiService
{
    private readonly HttpClient _http = new HttpClient();
    public async Task<bool> PostData(string endPoint, string jsonData)
    {
        var baseAddress = "https://api.bank.example/api/";
        var message = new HttpRequestMessage(HttpMethod.Post, new Uri($"{baseAddress}{endPoint}")) { Content = new StringContent(jsonData) };
        return (await _http.SendAsync(message)).IsSuccessStatusCode;
    }
}
public class PaymentPage
{
    private readonly IApiService _api = new ApiService();
    public Task<bool> Pay(decimal amount) => {|FG2004:_api.PostData("payment", System.Text.Json.JsonSerializer.Serialize(new { amount }))|};
}
""");
}
