using VerifyRequest = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Idempotency.PaymentHttpRequestAnalyzer>;
using VerifyTimeout = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Idempotency.InfinitePaymentTimeoutAnalyzer>;

namespace FinGuard.Analyzers.Tests.Idempotency;

/// <summary>
/// FG2004 and FG2007 on RestSharp requests (held-out sets 12 and 13: Postman-generated RestSharp code posting charges,
/// debits and disbursements with <c>client.Timeout = -1</c> and no idempotency header), before restore: RestSharp is not
/// referenced, so its types are error types and the file's <c>using RestSharp</c> is what identifies them.
/// </summary>
public class RestSharpRequestsTests
{
    [Fact]
    public Task RestSharp_posts_to_payment_endpoints_without_a_key_are_reported() => VerifyRequest.VerifyUnresolvedWithPackagesAsync("""

using System.Threading.Tasks;
using RestSharp;
public class CardGateway
{
    public string ChargeCard(string json)
    {
        var client = new RestClient("https://api.gateway.example/credit_card_charges");
        client.Timeout = -1;
        var request = new RestRequest(Method.POST);
        request.AddHeader("Content-Type", "application/json");
        request.AddHeader("Authorization", "Basic abc");
        request.AddParameter("application/json", json, ParameterType.RequestBody);
        IRestResponse response = {|FG2004:client.Execute(request)|};
        return response.Content;
    }

    public async Task<string> PayOut(string account, decimal amount)
    {
        var options = new RestClientOptions("https://wallet.example.com") { MaxTimeout = 30000 };
        var client = new RestClient(options);
        var request = new RestRequest("/api/v1/payouts", Method.Post);
        request.AddJsonBody(new { account, amount });
        var response = await {|FG2004:client.ExecuteAsync(request)|};
        return response.Content;
    }

    public async Task Refund(string chargeId)
    {
        var client = new RestClient(new System.Uri("https://payments.example.com/"));
        await {|FG2004:client.PostAsync(new RestRequest($"v1/charges/{chargeId}/refunds"))|};
    }

    public void CashOut(string pixKey, decimal amount)
    {
        var client = new RestClient("https://pix.example.com");
        var request = new RestRequest("api/v1/cashout") { Method = Method.POST };
        request.AddJsonBody(new { pixKey, amount });
        {|FG2004:client.Execute(request)|};
    }
}
""");

    [Fact]
    public Task Keyed_reads_tokens_handed_over_local_and_non_payment_RestSharp_requests_are_not_reported() => VerifyRequest.VerifyUnresolvedWithPackagesAsync("""

using System.Threading.Tasks;
using RestSharp;
public class GatewayCalls
{
    public void Calls(string orderId, string json)
    {
        // A key derived from the order, in RestSharp's documented way (a header added with AddHeader).
        var keyedClient = new RestClient("https://api.gateway.example/disbursements");
        var keyed = new RestRequest(Method.POST);
        keyed.AddHeader("X-IDEMPOTENCY-KEY", "order-" + orderId + "-disbursement");
        keyed.AddParameter("application/json", json, ParameterType.RequestBody);
        keyedClient.Execute(keyed);

        // RestSharp's default verb is GET; reads and status checks move no money.
        var readClient = new RestClient("https://api.gateway.example/disbursements/" + orderId);
        readClient.Execute(new RestRequest());
        var statusClient = new RestClient("https://api.gateway.example");
        statusClient.Execute(new RestRequest("v1/payments/" + orderId + "/status", Method.POST));
        var banks = new RestClient("https://api.gateway.example/available_disbursements_banks");
        banks.Execute(new RestRequest(Method.GET));

        // Tokenization stores a card and charges nothing; fees are a quote; a customer is not a payment.
        var tokens = new RestClient("https://api.gateway.example/v1/tokens");
        tokens.Execute(new RestRequest(Method.POST));
        var fees = new RestClient("https://pix.example.com/api/v1/cashout/fees");
        fees.Execute(new RestRequest(Method.POST));
        var customers = new RestClient("https://api.gateway.example/v1/customers");
        customers.Execute(new RestRequest(Method.POST));

        // A request handed to a signer that may add the key; a simulator on the developer's machine.
        var signedClient = new RestClient("https://api.gateway.example/v1/transfers");
        var signed = new RestRequest(Method.POST);
        Sign(signed);
        signedClient.Execute(signed);
        var local = new RestClient("http://localhost:5000/api/payments");
        local.Execute(new RestRequest(Method.POST));

        // Compound words that read a collection rather than create a payment.
        var history = new RestClient("https://bank.example.com/api/GetPayments");
        history.Execute(new RestRequest(Method.POST));
    }

    private static void Sign(RestRequest request) { }
}
""");

    [Fact]
    public Task A_project_class_named_RestClient_is_not_RestSharp() => VerifyRequest.VerifyUnresolvedWithPackagesAsync("""

public enum Method { GET, POST }
public class RestRequest { public RestRequest(Method method) { } }
public class RestClient
{
    public RestClient(string url) { }
    public int Timeout { get; set; }
    public string Execute(RestRequest request) => "";
}
public class Board
{
    public void Post(string note)
    {
        var client = new RestClient("https://intranet.example.com/payments");
        client.Execute(new RestRequest(Method.POST));
    }
}
""");

    [Fact]
    public Task Disabled_RestSharp_timeouts_on_payment_clients_are_reported() => VerifyTimeout.VerifyUnresolvedWithPackagesAsync("""

using System.Threading;
using RestSharp;
public class Disbursements
{
    public string Disburse(string json)
    {
        var client = new RestClient("https://api.gateway.example/disbursements");
        client.Timeout = {|FG2007:-1|};
        var request = new RestRequest(Method.POST);
        request.AddParameter("application/json", json, ParameterType.RequestBody);
        return client.Execute(request).Content;
    }

    public string Charge(string baseUrl, string json)
    {
        var client = new RestClient(baseUrl) { Timeout = {|FG2007:Timeout.Infinite|} };
        var request = new RestRequest("v1/charges", Method.POST);
        return client.Execute(request).Content;
    }
}
""");

    [Fact]
    public Task Finite_timeouts_and_non_payment_RestSharp_clients_are_not_reported() => VerifyTimeout.VerifyUnresolvedWithPackagesAsync("""

using RestSharp;
public class OtherClients
{
    public void Calls(string json)
    {
        // The same generated snippet against a non-payment API (a weather feed, an SMS gateway) legitimately waits.
        var weather = new RestClient("https://api.weather.example/forecast");
        weather.Timeout = -1;
        weather.Execute(new RestRequest(Method.GET));
        var sms = new RestClient("https://sms.example.com/api/messages");
        sms.Timeout = -1;
        sms.Execute(new RestRequest(Method.POST));

        // A status read of a payment hangs without moving money: it can be repeated safely.
        var status = new RestClient("https://api.gateway.example/ewallets/charges/" + json);
        status.Timeout = -1;
        status.Execute(new RestRequest(Method.GET));

        // A finite timeout on a payment client.
        var payments = new RestClient("https://api.gateway.example/v1/payments");
        payments.Timeout = 30000;
        payments.Execute(new RestRequest(Method.POST));
    }
}
""");

    [Fact]
    public Task Plural_and_cash_out_payment_paths_are_payment_endpoints_for_HttpClient_too() => VerifyRequest.VerifyAnalyzerAsync("""

using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;
public class PixGateway
{
    private readonly HttpClient _http = new HttpClient();
    public async Task Calls(object payload)
    {
        await {|FG2004:_http.PostAsJsonAsync("https://pix.example.com/api/v1/cashout", payload)|};
        await {|FG2004:_http.PostAsJsonAsync("https://api.gateway.example/batch_disbursements", payload)|};
        await _http.PostAsJsonAsync("https://api.gateway.example/ListCharges", payload);
        await _http.PostAsJsonAsync("https://pix.example.com/api/v1/cashout/status", payload);
    }
}
""");

    // M-Pesa Express (STK push) prompts the payer's phone on every request: Daraja's request-to-pay. Its status query,
    // and a processrequest path outside the stkpush product, are not payments.
    [Fact]
    public Task Daraja_stk_push_is_a_request_to_pay_and_its_query_is_not() => VerifyRequest.VerifyAnalyzerAsync("""

using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;
public class MpesaExpress
{
    private readonly HttpClient _http = new HttpClient { BaseAddress = new System.Uri("https://sandbox.safaricom.co.ke/") };
    public async Task Calls(object prompt)
    {
        await {|FG2004:_http.PostAsJsonAsync("mpesa/stkpush/v1/processrequest", prompt)|};
        await _http.PostAsJsonAsync("mpesa/stkpushquery/v1/query", prompt);
        await _http.PostAsJsonAsync("api/documents/processrequest", prompt);
    }
}
""");
}
