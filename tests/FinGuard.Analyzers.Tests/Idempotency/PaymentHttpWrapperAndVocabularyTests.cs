using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Idempotency.PaymentHttpRequestAnalyzer>;

namespace FinGuard.Analyzers.Tests.Idempotency;

/// <summary>
/// FG2004 across code bases (issue 18, session 16): payout and collection vocabulary (disbursement, withdrawal,
/// request-to-pay), RPC-style compound actions (FundTransfer), route tables in static fields, the project's own HTTP
/// helper (<c>_http.Post(url, content, headers)</c>), and processor references made fresh per call (MoMo's
/// X-Reference-Id). Look-alikes: reads and records named with the same words, keyed helpers, stable references.
/// </summary>
public class PaymentHttpWrapperAndVocabularyTests
{
    [Fact]
    public Task Payout_collection_and_compound_action_paths_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
public static class MobileMoneyRoutes
{
    public static string Collect = "/collection/v1_0/requesttopay";
}
public class MobileMoneyGateway
{
    private readonly HttpClient _http = new HttpClient();
    private readonly string _root = "https://mm.example.net";
    public async Task Payout(string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"{_root}/disbursement/v1_0/deposit") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Reference-Id", Guid.NewGuid().ToString());
        await {|FG2004:_http.SendAsync(request)|};
    }
    public async Task Collect(string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, _root + MobileMoneyRoutes.Collect) { Content = new StringContent(body) };
        var reference = Guid.NewGuid().ToString();
        request.Headers.Add("X-Reference-Id", reference);
        await {|FG2004:_http.SendAsync(request)|};
    }
    public async Task Withdraw(string query) => await {|FG2004:_http.PostAsync("api/v1/capital/withdraw/apply" + query, null)|};
    public async Task Wallet(string body) => await {|FG2004:_http.PostAsync("WalletOperations/FundTransfer", new StringContent(body))|};
    public async Task Rpc(string body) => await {|FG2004:_http.PostAsync("api/Gateway/ProcessPayment", new StringContent(body))|};
}
""", null);

    [Fact]
    public Task Reads_records_and_stable_references_with_the_same_words_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using System.Net.Http;
using System.Threading.Tasks;
public class MobileMoneyGateway
{
    private readonly HttpClient _http = new HttpClient();
    public async Task Calls(string body)
    {
        await _http.GetAsync("/disbursement/v1_0/deposit/123");
        await _http.PostAsync("/disbursement/token/", new StringContent(body));
        await _http.PostAsync("api/Wallet/GetPayment", new StringContent(body));
        await _http.PostAsync("api/Wallet/ValidateTransfer", new StringContent(body));
        await _http.PostAsync("api/Ledger/AddPayment", new StringContent(body));
        await _http.PostAsync("api/Ledger/CancelPayment", new StringContent(body));
        await _http.PostAsync("api/TransferPolicy", new StringContent(body));
        await _http.PostAsync("/withdrawals/search", new StringContent(body));
        await _http.PostAsync("/disbursements/recipients", new StringContent(body));
    }

    // A reference taken from the caller or the order is the processor's duplicate guard.
    public async Task StableReference(string body, Guid orderReference)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/collection/v1_0/requesttopay") { Content = new StringContent(body) };
        request.Headers.Add("X-Reference-Id", orderReference.ToString());
        await _http.SendAsync(request);
    }
}
""", null);

    [Fact]
    public Task Payment_endpoints_sent_through_the_projects_own_helper_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;
public interface IApiTransport
{
    Task<HttpResponseMessage> Post(string url, HttpContent content, IDictionary<string, string> headers);
}
public sealed class ApiTransport : IApiTransport
{
    private readonly HttpClient _http = new HttpClient();
    public async Task<HttpResponseMessage> Post(string url, HttpContent content, IDictionary<string, string> headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
        foreach (var header in headers) request.Headers.Add(header.Key, header.Value);
        return await _http.SendAsync(request);
    }
}
public sealed class JsonTransport
{
    private readonly HttpClient _http = new HttpClient();
    public Task<HttpResponseMessage> PostAsync<T>(string requestUri, T body, IEnumerable<KeyValuePair<string, string>> headers = null)
        => _http.PostAsync(requestUri, new StringContent(body.ToString()));
}
public record TransferOrder(decimal Amount, string ToAccount);
public record CollectionOrder(decimal Amount, string Payer);
public class BankTransfers
{
    private readonly IApiTransport _transport;
    private readonly JsonTransport _json = new JsonTransport();
    public BankTransfers(IApiTransport transport) => _transport = transport;
    public async Task InterBank(string baseUrl, TransferOrder order)
    {
        var payload = new { amount = order.Amount, toAccountNumber = order.ToAccount };
        var content = new StringContent(System.Text.Json.JsonSerializer.Serialize(payload));
        var url = new Uri(new Uri(baseUrl), "/api/account/interbank/transfer");
        await {|FG2004:_transport.Post(url.ToString(), content, new Dictionary<string, string>())|};
    }
    public async Task Collect(CollectionOrder body)
    {
        var headers = new List<KeyValuePair<string, string>> { new KeyValuePair<string, string>("X-Reference-Id", Guid.NewGuid().ToString()) };
        await {|FG2004:_json.PostAsync("/collection/v1_0/requesttopay", body, headers)|};
    }
}
""", null);

    // Held-out set 8: processor SDKs and helpers pass on the caller's request and its reference (Flutterwave's and
    // Paystack's duplicate guard); OTP settings of a payout API; a business action named Post...; a compound word in the
    // middle of a path (/bank-transfer/reserved-accounts creates an account).
    [Fact]
    public Task Forwarded_requests_references_otp_settings_and_business_actions_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using System.Net.Http;
using System.Threading.Tasks;
public sealed class PayoutApi
{
    private readonly HttpClient _http = new HttpClient();
    public Task<HttpResponseMessage> PostAsync<T>(string url, T body) => _http.PostAsync(url, new StringContent(body.ToString()));
}
public record PayoutRequest(decimal Amount, string Reference);
public class PayoutsSdk
{
    private readonly PayoutApi _api = new PayoutApi();
    private readonly HttpClient _http = new HttpClient();
    public Task Transfer(PayoutRequest request) => _api.PostAsync("transfers", request);
    public Task Bulk(PayoutRequest request) => _api.PostAsync("transfers", System.Text.Json.JsonSerializer.Serialize(request));
    public Task Mobile(PayoutRequest request) => _api.PostAsync("transfers", new { amount = request.Amount, reference = request.Reference });
    public Task ResendOtp(string code) => _api.PostAsync("transfer/resend_otp", new { transfer_code = code });
    public Task Tokenize(string email) => _api.PostAsync("charge/tokenize", new { email });
    public Task Reserve(string body) => _http.PostAsync("/api/v2/bank-transfer/reserved-accounts", new StringContent(body));
    public Task<string> Unified(string xml) => PostOrder(xml, "https://gateway.example.com/pay/unifiedorder");
    private Task<string> PostOrder(string xml, string gatewayUrl) => _http.PostAsync(gatewayUrl, new StringContent(xml)).ContinueWith(t => "");
}
""", null);

    [Fact]
    public Task Keyed_helpers_keyed_calls_and_non_http_helpers_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;
public sealed class KeyedTransport
{
    private readonly HttpClient _http = new HttpClient();
    public async Task<HttpResponseMessage> Post(string url, HttpContent content, string operationId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
        request.Headers.Add("Idempotency-Key", operationId);
        return await _http.SendAsync(request);
    }
}
public sealed class PlainTransport
{
    private readonly HttpClient _http = new HttpClient();
    public Task<HttpResponseMessage> PostAsync(string url, HttpContent content, IDictionary<string, string> headers) => _http.PostAsync(url, content);
}
public sealed class Board
{
    private readonly List<string> _notes = new List<string>();
    public void Post(string path, string note) => _notes.Add(path + note);
}
public class Payouts
{
    private readonly KeyedTransport _keyed = new KeyedTransport();
    private readonly PlainTransport _plain = new PlainTransport();
    private readonly Board _board = new Board();
    public async Task Keyed(decimal amount, Guid payoutId)
    {
        await _keyed.Post("/v1/payouts", new StringContent($"{amount}"), $"payout-{payoutId}");
    }

    public async Task KeyedHeaders(decimal amount, Guid payoutId)
    {
        await _plain.PostAsync("/v1/payouts", new StringContent($"{amount}"), new Dictionary<string, string> { ["Idempotency-Key"] = $"payout-{payoutId}" });
    }

    // Each look-alike in a method of its own: a key named anywhere in a method keeps all of its requests silent.
    public async Task Search(decimal amount) => await _plain.PostAsync("/v1/payouts/search", new StringContent($"{amount}"), new Dictionary<string, string>());

    public async Task Customer(string email) => await _plain.PostAsync("/v1/customers", new StringContent(email), new Dictionary<string, string>());

    public void Note() => _board.Post("/payments", "paid");
}
""", null);

    // Session 17: debits of a saved authorization (Paystack's charge_authorization and partial_debit) and Safaricom
    // Daraja's B2C/B2B payouts (paymentrequest under the product segment). A reference that names the payee's account
    // (M-Pesa's AccountReference) is not a duplicate guard.
    [Fact]
    public Task Saved_authorization_debits_and_mobile_money_payouts_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
public static class MobileMoneyHttp
{
    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object data, CancellationToken cancellationToken)
        => client.PostAsync($"{client.BaseAddress}/{url}", new StringContent(data.ToString(), Encoding.UTF8, "application/json"), cancellationToken);
}
public record SavedCard(string AuthorizationCode, string Email);
public record PhonePayout(string Shortcode, string Phone, long Amount, string BillNumber);
public class LoanCollections
{
    private readonly HttpClient _http = new HttpClient();
    public async Task Collect(SavedCard card, decimal amount)
    {
        var body = new StringContent($"{{\"authorization_code\":\"{card.AuthorizationCode}\",\"email\":\"{card.Email}\",\"amount\":{amount * 100}}}");
        await {|FG2004:_http.PostAsync("https://api.paystack.co/transaction/charge_authorization", body)|};
    }
    public async Task CollectPart(SavedCard card, decimal amount)
    {
        var body = new StringContent($"{{\"authorization_code\":\"{card.AuthorizationCode}\",\"currency\":\"NGN\",\"amount\":{amount * 100}}}");
        await {|FG2004:_http.PostAsync("https://api.paystack.co/transaction/partial_debit", body)|};
    }
    public async Task PayPhone(PhonePayout payout, CancellationToken ct)
    {
        var request = new { InitiatorName = "api", CommandID = "BusinessPayment", Amount = payout.Amount, PartyA = payout.Shortcode, PartyB = payout.Phone };
        await {|FG2004:_http.PostJsonAsync("mpesa/b2c/v1/paymentrequest", request, ct)|};
    }
    public async Task PayBusiness(PhonePayout payout, CancellationToken ct)
    {
        var request = new { CommandID = "BusinessPayBill", Amount = payout.Amount, PartyA = payout.Shortcode, PartyB = payout.Phone, AccountReference = payout.BillNumber };
        await {|FG2004:_http.PostJsonAsync("mpesa/b2b/v1/paymentrequest", request, ct)|};
    }
}
""", null);

    [Fact]
    public Task Authorization_checks_mobile_money_queries_and_payment_requests_elsewhere_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
public static class MobileMoneyHttp
{
    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object data, CancellationToken cancellationToken)
        => client.PostAsync($"{client.BaseAddress}/{url}", new StringContent(data.ToString(), Encoding.UTF8, "application/json"), cancellationToken);
}
public record PhonePayout(string Shortcode, string Phone, long Amount, string Reference);
public class LoanCollections
{
    private readonly HttpClient _http = new HttpClient();
    public async Task Calls(string body, CancellationToken ct)
    {
        await _http.PostAsync("https://api.paystack.co/transaction/check_authorization", new StringContent(body));
        await _http.PostAsync("https://api.paystack.co/transaction/initialize", new StringContent(body));
        await _http.PostJsonAsync("mpesa/transactionstatus/v1/query", body, ct);
        await _http.PostJsonAsync("mpesa/accountbalance/v1/query", body, ct);
        await _http.PostJsonAsync("mpesa/c2b/v1/registerurl", body, ct);
        await _http.PostAsync("/api/invoices/paymentrequest", new StringContent(body));
    }

    // The caller's transaction reference is the duplicate guard the helper forwards.
    public Task Forwarded(PhonePayout payout, CancellationToken ct)
        => _http.PostJsonAsync("mpesa/b2c/v1/paymentrequest", new { Amount = payout.Amount, PartyB = payout.Phone, OriginatorConversationReference = payout.Reference }, ct);
}
""", null);
}
