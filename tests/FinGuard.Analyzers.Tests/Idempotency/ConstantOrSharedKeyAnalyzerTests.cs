using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Idempotency.ConstantOrSharedKeyAnalyzer>;

namespace FinGuard.Analyzers.Tests.Idempotency;

public class ConstantOrSharedKeyAnalyzerTests
{
    [Fact]
    public Task Literal_constant_and_static_keys_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using Stripe;
public class Checkout
{
    private const string Key = "checkout";
    private static readonly string SharedKey = Guid.NewGuid().ToString();
    private static string _lastKey = "";
    public void Pay(long amount)
    {
        var create = new PaymentIntentCreateOptions { Amount = amount };
        var intents = new PaymentIntentService();
        intents.Create(create, new RequestOptions { IdempotencyKey = {|FG2006:"payment-1"|} });
        intents.Create(create, new RequestOptions { IdempotencyKey = {|FG2006:Key|} });
        intents.Create(create, new RequestOptions { IdempotencyKey = {|FG2006:$"{Key}-v2"|} });
        intents.Create(create, new RequestOptions { IdempotencyKey = {|FG2006:SharedKey|} });
        var options = new RequestOptions();
        options.IdempotencyKey = {|FG2006:_lastKey|};
        intents.Create(create, options);
    }
}
""");

    [Fact]
    public Task Idempotency_headers_on_default_request_headers_or_constant_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using System.Net.Http;
public class PayPalClient
{
    private readonly HttpClient _http = new HttpClient();
    public void Configure(string orderId)
    {
        {|FG2006:_http.DefaultRequestHeaders.Add("PayPal-Request-Id", orderId)|};
        {|FG2006:_http.DefaultRequestHeaders.TryAddWithoutValidation("Idempotency-Key", Guid.NewGuid().ToString())|};
        var request = new HttpRequestMessage(HttpMethod.Post, "https://api.example-psp.com/v1/payments");
        request.Headers.Add("Idempotency-Key", {|FG2006:"abc"|});
    }
}
""");

    [Fact]
    public Task Per_operation_keys_and_other_headers_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using System.Net.Http;
using Stripe;
public class Order { public Guid Id { get; set; } }
public class Checkout
{
    private const string Prefix = "order";
    private readonly HttpClient _http = new HttpClient();
    public void Pay(Order order, string key)
    {
        new ChargeService().Create(new ChargeCreateOptions(), new RequestOptions { IdempotencyKey = $"{Prefix}-{order.Id}" });
        new ChargeService().Create(new ChargeCreateOptions(), new RequestOptions { IdempotencyKey = key, StripeAccount = "acct_1" });
        new ChargeService().Create(new ChargeCreateOptions(), new RequestOptions { IdempotencyKey = string.Empty });
        _http.DefaultRequestHeaders.Add("Accept", "application/json");
        _http.DefaultRequestHeaders.Add("X-Api-Version", "2024-06-20");
        var request = new HttpRequestMessage(HttpMethod.Post, "https://api.example-psp.com/v1/payments");
        request.Headers.Add("Idempotency-Key", order.Id.ToString());
        request.Headers.TryAddWithoutValidation("PayPal-Request-Id", key);
    }
}
""");
}
