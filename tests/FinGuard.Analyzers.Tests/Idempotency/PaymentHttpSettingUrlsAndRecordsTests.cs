using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Idempotency.PaymentHttpRequestAnalyzer>;

namespace FinGuard.Analyzers.Tests.Idempotency;

/// <summary>
/// FG2004 (held-out set 16): a URL read from a setting named for the operation (<c>_options.PaymentEndpoint</c>) is that
/// operation's endpoint, and a last path segment that records a payment in the application's own store
/// (<c>/api/Payment/insert</c>) moves no money. Look-alikes: settings named for no operation (<c>BaseUrl</c>,
/// <c>StatusEndpoint</c>) and a payment posted to the collection itself.
/// </summary>
public class PaymentHttpSettingUrlsAndRecordsTests
{
    [Fact]
    public Task Urls_from_settings_named_for_a_payment_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;
public record Charge(long Amount, string Currency);
public class AcquirerSettings
{
    public string PaymentEndpoint { get; set; } = "";
    public string RefundUrl { get; set; } = "";
    public string BaseUrl { get; set; } = "";
    public string PaymentStatusEndpoint { get; set; } = "";
    public string CallbackUrl { get; set; } = "";
}
public class AcquirerClient
{
    private readonly HttpClient _http = new HttpClient();
    private readonly AcquirerSettings _settings = new AcquirerSettings();
    private readonly string _payoutUrl;
    public AcquirerClient(string payoutUrl) => _payoutUrl = payoutUrl;
    public Task Pay(Charge charge) => {|FG2004:_http.PostAsJsonAsync(_settings.PaymentEndpoint, charge)|};
    public Task GiveBack(Charge charge) => {|FG2004:_http.PostAsJsonAsync(_settings.RefundUrl, charge)|};
    public Task PayOut(Charge charge) => {|FG2004:_http.PostAsJsonAsync(_payoutUrl, charge)|};
    public Task Root(Charge charge) => _http.PostAsJsonAsync(_settings.BaseUrl, charge);
    public Task Status(Charge charge) => _http.PostAsJsonAsync(_settings.PaymentStatusEndpoint, charge);
    public Task Notify(Charge charge) => _http.PostAsJsonAsync(_settings.CallbackUrl, charge);
}
""");

    [Fact]
    public Task Recording_a_payment_in_the_own_store_is_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;
public record Bill(int Id, long Amount);
public class BillListener
{
    private readonly HttpClient _http = new HttpClient();
    public Task Insert(Bill bill) => _http.PostAsJsonAsync("/api/Payment/insert", bill);
    public Task Save(Bill bill) => _http.PostAsJsonAsync("/api/payments/save", bill);
    public Task Pay(Bill bill) => {|FG2004:_http.PostAsJsonAsync("/api/payments", bill)|};
    public Task Insertion(Bill bill) => {|FG2004:_http.PostAsJsonAsync("/api/payments/insertion-fee", bill)|};
}
""");
}
