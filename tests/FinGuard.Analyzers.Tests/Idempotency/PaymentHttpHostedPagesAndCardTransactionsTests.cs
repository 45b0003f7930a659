using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Idempotency.PaymentHttpRequestAnalyzer>;

namespace FinGuard.Analyzers.Tests.Idempotency;

/// <summary>
/// FG2004 (held-out set 17): a request-to-pay whose URL is chosen between a live and a sandbox host, and a card
/// transaction posted to a card service, are payments; a body with a buyer return URL and no payment instrument creates
/// a hosted payment page and moves no money. Look-alikes: a ledger's transaction, a card lookup, and bodies with a return
/// URL that name a phone number, a saved authorization or a card to debit.
/// </summary>
public class PaymentHttpHostedPagesAndCardTransactionsTests
{
    [Fact]
    public Task Conditional_hosts_and_card_transactions_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;
public record Transaction(decimal Amount, string CardNumber, string Receiver);
public class Clients
{
    private readonly HttpClient _http = new HttpClient();
    public bool IsLive { get; set; }
    public async Task PushAsync(StringContent content)
    {
        var endpoint = IsLive
            ? "https://api.mobilemoney.example/mpesa/stkpush/v1/processrequest"
            : "https://sandbox.mobilemoney.example/mpesa/stkpush/v1/processrequest";
        await {|FG2004:_http.PostAsync(endpoint, content)|};
    }
    public Task<HttpResponseMessage> CardAsync(string baseAddress, Transaction transaction)
        => {|FG2004:_http.PostAsJsonAsync(baseAddress + "/api/CreditcardTransactions", transaction)|};
}
""");

    [Fact]
    public Task Ledger_transactions_card_lookups_and_status_queries_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;
public record Entry(decimal Amount, string Note);
public class Clients
{
    private readonly HttpClient _http = new HttpClient();
    public bool IsLive { get; set; }
    public Task<HttpResponseMessage> LedgerAsync(string baseAddress, Entry entry)
        => _http.PostAsJsonAsync(baseAddress + "/api/BudgetTransactions", entry);
    public Task<HttpResponseMessage> CardsAsync(string baseAddress, Entry entry)
        => _http.PostAsJsonAsync(baseAddress + "/api/CreditcardHolders", entry);
    public async Task QueryAsync(StringContent content)
    {
        var endpoint = IsLive ? "https://api.mobilemoney.example/mpesa/stkpushquery/v1/query" : "https://sandbox.mobilemoney.example/mpesa/stkpushquery/v1/query";
        await _http.PostAsync(endpoint, content);
    }
}
""");

    [Fact]
    public Task A_hosted_page_with_a_return_url_and_no_instrument_is_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;
public class HostedCheckout
{
    private readonly HttpClient _http = new HttpClient();
    public Task<HttpResponseMessage> LinkAsync(string email, decimal amount)
        => _http.PostAsJsonAsync("/payments", new { tx_ref = Guid.NewGuid().ToString(), amount, currency = "KES", redirect_url = "https://shop.example.com/paid", customer = new { email } });
}
""");

    [Fact]
    public Task Bodies_with_a_return_url_that_name_an_instrument_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;
public class DirectCharges
{
    private readonly HttpClient _http = new HttpClient();
    public Task<HttpResponseMessage> MobileMoneyAsync(string phone, decimal amount)
        => {|FG2004:_http.PostAsJsonAsync("/charges", new { amount, phone_number = phone, redirect_url = "https://shop.example.com/paid" })|};
    public Task<HttpResponseMessage> SavedAuthorizationAsync(string code, decimal amount)
        => {|FG2004:_http.PostAsJsonAsync("/charges", new { amount, authorization_code = code, callback_url = "https://shop.example.com/paid", return_url = "https://shop.example.com/paid" })|};
    public Task<HttpResponseMessage> CardAsync(string pan, decimal amount)
        => {|FG2004:_http.PostAsJsonAsync("/payments", new { amount, card_number = pan, redirect_url = "https://shop.example.com/3ds" })|};
}
""");
}
