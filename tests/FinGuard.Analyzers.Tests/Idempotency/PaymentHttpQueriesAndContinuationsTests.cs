using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Idempotency.PaymentHttpRequestAnalyzer>;

namespace FinGuard.Analyzers.Tests.Idempotency;

/// <summary>
/// FG2004 on set 15: RPC-style APIs that keep every action under one payment prefix (<c>/pay/orderquery</c>,
/// <c>/pay/closeorder</c>, <c>/pay/downloadbill</c>, <c>/secapi/pay/reverse</c>), continuation steps of a charge or
/// payout already created (<c>/charge/submit_pin</c>, <c>/transfer/finalize_transfer</c>) and SDK helpers that post the
/// caller's request object serialized whole (<c>inputObj.ToXml()</c>). Look-alikes: the money actions under the same
/// prefix, a submit step that names money, and a body the helper builds itself.
/// </summary>
public class PaymentHttpQueriesAndContinuationsTests
{
    [Fact]
    public Task Queries_downloads_closes_and_reversals_under_a_pay_prefix_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Net.Http;
using System.Threading.Tasks;
public class WalletPayClient
{
    private readonly HttpClient _http = new HttpClient();
    public async Task Calls(string xml)
    {
        await _http.PostAsync("https://api.pay.example.cn/pay/orderquery", new StringContent(xml));
        await _http.PostAsync("https://api.pay.example.cn/pay/refundquery", new StringContent(xml));
        await _http.PostAsync("https://api.pay.example.cn/pay/downloadbill", new StringContent(xml));
        await _http.PostAsync("https://api.pay.example.cn/pay/closeorder", new StringContent(xml));
        await _http.PostAsync("https://api.pay.example.cn/secapi/pay/reverse", new StringContent(xml));
        await _http.PostAsync("https://api.example.com/v1/payments/cancel", new StringContent(xml));
    }
}
""", null);

    [Fact]
    public Task Money_actions_under_a_pay_prefix_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Net.Http;
using System.Threading.Tasks;
public class WalletPayClient
{
    private readonly HttpClient _http = new HttpClient();
    public async Task Calls(string xml)
    {
        await {|FG2004:_http.PostAsync("https://api.pay.example.cn/pay/micropay", new StringContent(xml))|};
        await {|FG2004:_http.PostAsync("https://api.pay.example.cn/secapi/pay/refund", new StringContent(xml))|};
        await {|FG2004:_http.PostAsync("https://api.pay.example.cn/pay/queryandpay", new StringContent(xml))|};
    }
}
""", null);

    [Fact]
    public Task Continuation_steps_of_an_existing_charge_or_payout_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Net.Http;
using System.Threading.Tasks;
public class CardChargeClient
{
    private readonly HttpClient _http = new HttpClient();
    public async Task Steps(string body)
    {
        await _http.PostAsync("https://api.gateway.example/charge/submit_pin", new StringContent(body));
        await _http.PostAsync("https://api.gateway.example/charge/submit_otp", new StringContent(body));
        await _http.PostAsync("https://api.gateway.example/charge/submit_phone", new StringContent(body));
        await _http.PostAsync("https://api.gateway.example/charge/submit_birthday", new StringContent(body));
        await _http.PostAsync("https://api.gateway.example/transfer/finalize_transfer", new StringContent(body));
    }

    public async Task NewMoney(string body)
    {
        await {|FG2004:_http.PostAsync("https://api.gateway.example/charge/submit_payment", new StringContent(body))|};
        await {|FG2004:_http.PostAsync("https://api.gateway.example/api/Wallet/SubmitTransfer", new StringContent(body))|};
        await {|FG2004:_http.PostAsync("https://api.gateway.example/charge", new StringContent(body))|};
    }
}
""", null);

    private const string Helper = """

using System;
using System.Collections.Generic;
using System.Net.Http;
public static class XmlHttp
{
    public static string Post(string xml, string url, bool useCert, int timeout)
    {
        using var client = new HttpClient();
        return client.PostAsync(url, new StringContent(xml)).Result.Content.ReadAsStringAsync().Result;
    }
}
public class PayData
{
    private readonly SortedDictionary<string, string> _values = new SortedDictionary<string, string>();
    public void SetValue(string key, string value) => _values[key] = value;
    public bool IsSet(string key) => _values.ContainsKey(key);
    public string ToXml() => string.Join("", _values);
    public override string ToString() => ToXml();
}
""";

    // The SDK helper posts the caller's data whole (its out_trade_no is the processor's duplicate guard, set by the caller).
    [Fact]
    public Task Helpers_posting_the_callers_serialized_request_are_not_reported() => VerifyCS.VerifyAnalyzerAsync(Helper + """
public static class PayApi
{
    public static string Micropay(PayData input, int timeout = 10)
    {
        if (!input.IsSet("out_trade_no")) throw new ArgumentException("out_trade_no");
        input.SetValue("nonce_str", Guid.NewGuid().ToString("N"));
        string xml = input.ToXml();
        return XmlHttp.Post(xml, "https://api.pay.example.cn/pay/micropay", false, timeout);
    }

    public static string Refund(PayData input, int timeout = 10)
        => XmlHttp.Post(input.ToXml(), "https://api.pay.example.cn/secapi/pay/refund", true, timeout);
}
""", null);

    [Fact]
    public Task Helpers_posting_a_body_they_build_or_an_id_text_are_reported() => VerifyCS.VerifyAnalyzerAsync(Helper + """
public static class PayApi
{
    public static string Micropay(string authCode, int totalFee)
    {
        var data = new PayData();
        data.SetValue("auth_code", authCode);
        data.SetValue("out_trade_no", Guid.NewGuid().ToString("N"));
        string xml = data.ToXml();
        return {|FG2004:XmlHttp.Post(xml, "https://api.pay.example.cn/pay/micropay", false, 10)|};
    }

    public static string RefundText(PayData input)
        => {|FG2004:XmlHttp.Post(input.ToString(), "https://api.pay.example.cn/secapi/pay/refund", true, 10)|};
}
""", null);
}
