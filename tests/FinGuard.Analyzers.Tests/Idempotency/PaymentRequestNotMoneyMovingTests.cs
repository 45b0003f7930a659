using FinGuard.Analyzers.Idempotency;
using FinGuard.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Idempotency.PaymentHttpRequestAnalyzer>;

namespace FinGuard.Analyzers.Tests.Idempotency;

/// <summary>
/// FG2004 and requests that move no money (held-out set 8): a redirect payment (a bank or wallet method the buyer
/// approves, sent with the URL the buyer returns to), a reversal of an authorisation (OPP <c>paymentType=RV</c>), a
/// request to localhost, and test code. Look-alikes: a card or token charge that also sends a 3-D Secure return URL, a
/// direct debit with a result URL, a redirect method without a return URL, other payment types, hosts that only start
/// with "localhost", and product code in folders whose names merely contain "test".
/// </summary>
public class PaymentRequestNotMoneyMovingTests
{
    [Fact]
    public Task Redirect_payments_and_reversals_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

#pragma warning disable SYSLIB0014
using System.Collections.Generic;
using System.Collections.Specialized;
using System.Net;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;
public class BankRedirects
{
    private readonly HttpClient _http = new HttpClient();
    public byte[] OnlineBanking(string amount)
    {
        var form = new NameValueCollection
        {
            { "amount", amount },
            { "paymentBrand", "SOFORTUEBERWEISUNG" },
            { "paymentType", "DB" },
            { "shopperResultUrl", "https://shop.example.com/paid" },
        };
        using var client = new WebClient();
        return client.UploadValues("https://pay.example.com/v1/payments", form);
    }
    public string FormString(WebClient client, string amount)
        => client.UploadString("https://pay.example.com/v1/payments", "amount=" + amount + "&paymentBrand=GIROPAY&paymentType=PA&shopperResultUrl=https://shop.example.com/back");
    public Task<HttpResponseMessage> Wallet(long amount, string orderId)
        => _http.PostAsJsonAsync("https://psp.example.com/v2/payments", new { amount, method = "ideal", redirectUrl = "https://shop.example.com/return/" + orderId });
    public async Task Dictionary(string orderId)
    {
        var fields = new Dictionary<string, string>();
        fields["payment_method"] = "bancontact";
        fields["return_url"] = "https://shop.example.com/orders/" + orderId;
        await _http.PostAsync("https://psp.example.com/v1/payments", new FormUrlEncodedContent(fields));
    }
    public byte[] Reverse(string paymentId)
    {
        var form = new NameValueCollection { { "paymentType", "RV" } };
        using var client = new WebClient();
        return client.UploadValues("https://pay.example.com/v1/payments/" + paymentId, form);
    }
}
""");

    [Fact]
    public Task Card_and_token_charges_debits_and_redirect_methods_without_a_return_url_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

#pragma warning disable SYSLIB0014
using System.Collections.Specialized;
using System.Net;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;
public class Charges
{
    private readonly HttpClient _http = new HttpClient();
    public byte[] CardWithThreeDSecureReturn(string pan, string cvv)
    {
        var form = new NameValueCollection
        {
            { "paymentBrand", "VISA" },
            { "paymentType", "DB" },
            { "card.number", pan },
            { "card.cvv", cvv },
            { "shopperResultUrl", "https://shop.example.com/3ds" },
        };
        using var client = new WebClient();
        return {|FG2004:client.UploadValues("https://pay.example.com/v1/payments", form)|};
    }
    public byte[] DirectDebit(string iban)
    {
        var form = new NameValueCollection
        {
            { "paymentBrand", "DIRECTDEBIT_SEPA" },
            { "paymentType", "DB" },
            { "bankAccount.iban", iban },
            { "shopperResultUrl", "https://shop.example.com/paid" },
        };
        using var client = new WebClient();
        return {|FG2004:client.UploadValues("https://pay.example.com/v1/payments", form)|};
    }
    public Task<HttpResponseMessage> VaultedWallet(long amount, string token)
        => {|FG2004:_http.PostAsJsonAsync("https://psp.example.com/v2/payments", new { amount, method = "paypal", paymentToken = token, returnUrl = "https://shop.example.com/back" })|};
    public Task<HttpResponseMessage> RedirectMethodWithoutReturn(long amount)
        => {|FG2004:_http.PostAsJsonAsync("https://psp.example.com/v2/payments", new { amount, method = "ideal", webhookUrl = "https://shop.example.com/hook" })|};
    public Task<HttpResponseMessage> CardWithReturn(long amount, string encryptedCard)
        => {|FG2004:_http.PostAsJsonAsync("https://psp.example.com/v2/payments", new { amount, paymentMethod = new { type = "scheme", encryptedCardNumber = encryptedCard }, returnUrl = "https://shop.example.com/3ds" })|};
    public byte[] Capture(string paymentId)
    {
        var form = new NameValueCollection { { "paymentType", "CP" }, { "amount", "10.00" } };
        using var client = new WebClient();
        return {|FG2004:client.UploadValues("https://pay.example.com/v1/payments/" + paymentId, form)|};
    }
}
""");

    [Fact]
    public Task Requests_to_the_local_machine_are_not_reported_and_look_alike_hosts_are() => VerifyCS.VerifyAnalyzerAsync("""

using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;
public record Payment(long Amount, string Currency);
public class Simulator
{
    private readonly HttpClient _http = new HttpClient();
    public async Task Run(Payment payment)
    {
        await _http.PostAsJsonAsync("https://localhost:44300/api/payments", payment);
        await _http.PostAsJsonAsync("http://127.0.0.1:5000/v1/charges", payment);
        using var request = new HttpRequestMessage(HttpMethod.Post, "http://LOCALHOST/api/payments") { Content = JsonContent.Create(payment) };
        await _http.SendAsync(request);
        await {|FG2004:_http.PostAsJsonAsync("https://localhost-pay.example.com/api/payments", payment)|};
        await {|FG2004:_http.PostAsJsonAsync("https://payments.example.com/localhost/v1/payments", payment)|};
    }
}
""");

    [Fact]
    public Task Creating_a_wallet_or_recipient_is_not_reported_and_moving_money_from_one_is() => VerifyCS.VerifyAnalyzerAsync("""

using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;
public record WalletRequest(string Reference, string Name);
public class DisbursementClient
{
    private readonly HttpClient _http = new HttpClient();
    public async Task Open(WalletRequest wallet, string walletId)
    {
        await _http.PostAsJsonAsync("/api/v1/disbursements/wallet", wallet);
        await _http.PostAsJsonAsync("https://psp.example.com/v1/transfers/recipients", wallet);
        await {|FG2004:_http.PostAsJsonAsync("/api/v1/wallets/" + walletId + "/transfers", wallet)|};
        await {|FG2004:_http.PostAsJsonAsync("/api/v1/wallet/payments", wallet)|};
    }
}
""");

    private const string TestCode = """

using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;
public record Payment(long Amount, string Currency);
public class PaymentsControllerChecks
{
    private readonly HttpClient _client = new HttpClient();
    public Task Posts_a_payment() => _client.PostAsJsonAsync("/api/payments", new Payment(1000, "EUR"));
}
""";

    private const string ReportedTestCode = """

using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;
public record Payment(long Amount, string Currency);
public class PaymentsControllerChecks
{
    private readonly HttpClient _client = new HttpClient();
    public Task Posts_a_payment() => {|FG2004:_client.PostAsJsonAsync("/api/payments", new Payment(1000, "EUR"))|};
}
""";

    private static Task VerifyAsync(string path, string source, string? assemblyName = null)
    {
        var test = new CSharpAnalyzerTest<PaymentHttpRequestAnalyzer, DefaultVerifier>
        {
            ReferenceAssemblies = TestReferences.Net80,
            MarkupOptions = MarkupOptions.UseFirstDescriptor,
        };
        test.TestState.Sources.Add((path, source));
        if (assemblyName != null)
        {
            test.SolutionTransforms.Add((solution, projectId) => solution.WithProjectAssemblyName(projectId, assemblyName));
        }

        return test.RunAsync();
    }

    [Theory]
    [InlineData("/repo/Shop.IntegrationTests/Controllers/PaymentsControllerChecks.cs")]
    [InlineData("/repo/tests/Performance/PaymentsControllerChecks.cs")]
    [InlineData("/repo/src/Shop.Api/PaymentsControllerTests.cs")]
    public Task Test_files_post_test_payments(string path) => VerifyAsync(path, TestCode);

    [Fact]
    public Task Test_projects_post_test_payments() => VerifyAsync("/repo/Load/PaymentsControllerChecks.cs", TestCode, "Shop.Tests.Load");

    [Theory]
    [InlineData("/repo/src/Contest/PaymentsControllerChecks.cs", "Contest")]
    [InlineData("/repo/src/Shop.Testimonials/PaymentsControllerChecks.cs", "Shop.Testimonials")]
    public Task Product_code_in_test_like_folders_is_reported(string path, string assemblyName) => VerifyAsync(path, ReportedTestCode, assemblyName);
}
