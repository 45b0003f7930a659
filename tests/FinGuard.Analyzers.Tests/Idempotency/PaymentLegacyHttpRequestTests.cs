using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Idempotency.PaymentHttpRequestAnalyzer>;

namespace FinGuard.Analyzers.Tests.Idempotency;

/// <summary>FG2004 on the pre-HttpClient APIs (held-out set 5): HttpWebRequest POSTs and WebClient uploads to payment endpoints.</summary>
public class PaymentLegacyHttpRequestTests
{
    [Fact]
    public Task Web_request_posts_and_web_client_uploads_to_payment_endpoints_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

#pragma warning disable SYSLIB0014
using System.Collections.Specialized;
using System.Net;
public class LegacyPayments
{
    private readonly string _orderUrl = "";
    public void Capture(string orderId)
    {
        HttpWebRequest request = (HttpWebRequest){|FG2004:WebRequest.Create(_orderUrl + "/" + orderId + "/capture")|};
        request.Method = "POST";
        request.ContentType = "application/json";
        request.GetResponse();
    }
    public void CreateOrder(string body)
    {
        var request = {|FG2004:WebRequest.CreateHttp("https://api-m.paypal.com/v2/checkout/orders")|};
        request.Method = "post";
        request.GetRequestStream().Write(new byte[0], 0, 0);
    }
    public byte[] Charge(NameValueCollection form)
    {
        using var client = new WebClient();
        client.Headers.Add("Authorization", "Bearer sk");
        return {|FG2004:client.UploadValues("https://api.stripe.com/v1/charges", "POST", form)|};
    }
    public string Refund(WebClient client, string json)
        => {|FG2004:client.UploadString("https://payments.example.com/v1/refunds", json)|};
}
""");

    [Fact]
    public Task Reads_tokens_webhook_checks_keyed_and_non_payment_requests_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

#pragma warning disable SYSLIB0014
using System.Collections.Specialized;
using System.Net;
public class LegacyCalls
{
    public void Calls(string orderId, string key, NameValueCollection form)
    {
        var read = (HttpWebRequest)WebRequest.Create("https://api-m.paypal.com/v2/checkout/orders/" + orderId);
        read.Method = "GET";
        read.GetResponse();

        var noMethod = WebRequest.Create("https://api.stripe.com/v1/charges/" + orderId);
        noMethod.GetResponse();

        var token = (HttpWebRequest)WebRequest.Create("https://api-m.paypal.com/v1/oauth2/token");
        token.Method = "POST";
        token.GetResponse();

        var verify = (HttpWebRequest)WebRequest.Create("https://api-m.paypal.com/v1/notifications/verify-webhook-signature");
        verify.Method = "POST";
        verify.GetResponse();

        var keyed = (HttpWebRequest)WebRequest.Create("https://api-m.paypal.com/v2/checkout/orders/" + orderId + "/capture");
        keyed.Method = "POST";
        keyed.Headers.Add("PayPal-Request-Id", key);
        keyed.GetResponse();

        var indexed = (HttpWebRequest)WebRequest.Create("https://api.stripe.com/v1/refunds");
        indexed.Method = "POST";
        indexed.Headers["Idempotency-Key"] = key;
        indexed.GetResponse();

        var signed = (HttpWebRequest)WebRequest.Create("https://api.stripe.com/v1/payouts");
        signed.Method = "POST";
        Sign(signed);
        signed.GetResponse();

        var shop = (HttpWebRequest)WebRequest.Create("https://shop.example.com/api/orders");
        shop.Method = "POST";
        shop.GetResponse();

        using var client = new WebClient();
        client.UploadValues("https://api.shipping.example.com/v1/labels", form);
        client.UploadString("https://api.stripe.com/v1/charges", "GET", "");
        client.Headers["Idempotency-Key"] = key;
        client.UploadValues("https://api.stripe.com/v1/charges", form);
    }
    private static void Sign(WebRequest request) { }
}
""");
}
