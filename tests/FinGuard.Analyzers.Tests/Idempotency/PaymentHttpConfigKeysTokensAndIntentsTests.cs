using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Idempotency.PaymentHttpRequestAnalyzer>;

namespace FinGuard.Analyzers.Tests.Idempotency;

/// <summary>
/// FG2004 (held-out set 24): a URL read from configuration by a constant key is named by the key's last section
/// (<c>_config["Gateway:SingleTransferUrl"]</c>, IConfiguration's or any indexer's), an executing action after a resource that names money
/// (<c>/InstantPayment/Post</c>) and a deposit are payments; a path that issues a token (<c>/terminal/connection_tokens</c>)
/// and a body that names an existing payment intent with no amount (processing that one intent) move no money.
/// </summary>
public class PaymentHttpConfigKeysTokensAndIntentsTests
{
    [Fact]
    public Task Urls_read_by_configuration_keys_named_for_a_payment_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Net.Http;
using System.Threading.Tasks;
public interface ISettingsReader { string this[string key] { get; } }
public class DisbursementClient
{
    private readonly HttpClient _http = new HttpClient();
    private readonly ISettingsReader _config;
    public DisbursementClient(ISettingsReader config) => _config = config;

    public Task<HttpResponseMessage> Single(string json)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, _config["Gateway:SingleTransferUrl"]);
        message.Content = new StringContent(json);
        return {|FG2004:_http.SendAsync(message)|};
    }

    public Task<HttpResponseMessage> Refund(string json) => {|FG2004:_http.PostAsync(_config["Acquirer.RefundEndpoint"], new StringContent(json))|};

    public Task<HttpResponseMessage> Enquire(string json) => _http.PostAsync(_config["Gateway:AccountEnquiryUrl"], new StringContent(json));
    public Task<HttpResponseMessage> Root(string json) => _http.PostAsync(_config["Gateway:BaseUrl"], new StringContent(json));
    public Task<HttpResponseMessage> Keyed(string json) => _http.PostAsync(_config["Gateway:TransferKey"], new StringContent(json));
}
""");

    // IConfiguration's own indexer (Microsoft.Extensions.Configuration bound, as in an ASP.NET Core project).
    [Fact]
    public Task Urls_read_through_IConfiguration_are_reported() => VerifyCS.VerifyUnresolvedWithPackagesAsync("""
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
public class BatchPayouts
{
    private readonly HttpClient _http = new HttpClient();
    private readonly IConfiguration _config;
    public BatchPayouts(IConfiguration config) => _config = config;

    public Task<HttpResponseMessage> Batch(string json)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, _config["Payouts:BatchTransferUrl"]);
        message.Content = new StringContent(json);
        return {|#0:_http.SendAsync(message)|};
    }

    public Task<HttpResponseMessage> Banks(string json)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, _config["Payouts:BankListUrl"]);
        message.Content = new StringContent(json);
        return _http.SendAsync(message);
    }
}
""", new DiagnosticResult("FG2004", DiagnosticSeverity.Warning).WithLocation(0).WithArguments("HttpClient.SendAsync", "Idempotency-Key"));

    [Fact]
    public Task Executing_actions_after_money_resources_and_deposits_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Net.Http;
using System.Threading.Tasks;
public class WalletApi
{
    private readonly HttpClient _http = new HttpClient();
    public string BaseUrl { get; set; } = "https://wallet.example.com/api";

    public Task<HttpResponseMessage> Execute(string json)
    {
        var message = new HttpRequestMessage(HttpMethod.Patch, $"{BaseUrl}/InstantPayment/Post") { Content = new StringContent(json) };
        return {|FG2004:_http.SendAsync(message)|};
    }

    public Task<HttpResponseMessage> Book(string quoteId)
    {
        var message = new HttpRequestMessage(HttpMethod.Patch, $"{BaseUrl}/FxQuote/{quoteId}/BookAndInstantDeposit");
        return {|FG2004:_http.SendAsync(message)|};
    }

    public Task<HttpResponseMessage> Run(string json) => {|FG2004:_http.PostAsync($"{BaseUrl}/FundTransfer/Execute", new StringContent(json))|};

    public Task<HttpResponseMessage> Read(string json) => _http.PostAsync($"{BaseUrl}/InstantPayment/Get", new StringContent(json));
    public Task<HttpResponseMessage> Undo(string json) => _http.PostAsync($"{BaseUrl}/InstantPayment/Cancel", new StringContent(json));
    public Task<HttpResponseMessage> Post(string json) => _http.PostAsync($"{BaseUrl}/Customer/Post", new StringContent(json));
    public Task<HttpResponseMessage> Deposits(string json) => _http.PostAsync($"{BaseUrl}/GetDeposits", new StringContent(json));
}
""");

    [Fact]
    public Task Token_issuing_paths_on_a_processor_host_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Net.Http;
using System.Threading.Tasks;
public class TerminalBackend
{
    private readonly HttpClient _http = new HttpClient();
    public Task<HttpResponseMessage> ConnectionToken() => _http.PostAsync("https://api.stripe.com/v1/terminal/connection_tokens", null);
    public Task<HttpResponseMessage> AccessToken(string form) => _http.PostAsync("https://api.stripe.com/v1/access-tokens", new StringContent(form));
    public Task<HttpResponseMessage> Charge(string form) => {|FG2004:_http.PostAsync("https://api.stripe.com/v1/charges", new StringContent(form))|};
    public Task<HttpResponseMessage> Reader(string form) => {|FG2004:_http.PostAsync("https://api.stripe.com/v1/terminal/readers", new StringContent(form))|};
}
""");

    [Fact]
    public Task A_body_naming_an_existing_intent_without_an_amount_is_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;
public class ReaderPayments
{
    private readonly HttpClient _http = new HttpClient();

    public Task<HttpResponseMessage> Process(string readerId, string paymentIntentId)
    {
        var payload = new { reader_id = readerId, payment_intent_id = paymentIntentId };
        return _http.PostAsJsonAsync("https://backend.example.com/terminal/process_payment", payload);
    }

    public Task<HttpResponseMessage> Increment(string paymentIntentId, long cents)
    {
        var payload = new { payment_intent_id = paymentIntentId, amount = cents };
        return {|FG2004:_http.PostAsJsonAsync("https://backend.example.com/terminal/process_payment", payload)|};
    }

    public Task<HttpResponseMessage> Pay(string readerId, string orderId)
    {
        var payload = new { reader_id = readerId, currency = "usd" };
        return {|FG2004:_http.PostAsJsonAsync("https://backend.example.com/terminal/process_payment", payload)|};
    }
}
""");
}
