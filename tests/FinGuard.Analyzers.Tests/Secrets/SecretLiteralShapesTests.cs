using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Secrets.SecretLiteralAnalyzer>;

namespace FinGuard.Analyzers.Tests.Secrets;

/// <summary>
/// FG4001/FG4002 beyond the SDK slots: vendor key formats, authorization types that do not bind, fallbacks of
/// configuration and environment reads, and constants named like credentials. Each with look-alikes that stay silent.
/// </summary>
public class SecretLiteralShapesTests
{
    // A processor's sandbox secret key is a test key (FG4002, silent in test code); GitHub and Slack tokens are secrets
    // wherever they are. Placeholders, short or repetitive bodies and publishable keys are not keys.
    [Fact]
    public Task Vendor_keys_are_reported_by_their_format() => VerifyCS.VerifyUnresolvedWithPackagesAsync("""

public class Clients
{
    public object Payments() => new PaymentIntentsClient(new System.Net.Http.HttpClient(), new ApiKeyClientAuthorization({|FG4002:"sk_sandbox_c8oLGaI__msxsXbpBDpdtwJEz_eIhfQoKHmedqgZPCdBx59zpKZLSk8OPLT0cZolbeuYJSBvzDVVsYvtpo5RkQ"|}));
    private const string GitHub = {|FG4001:"ghp_R8kL2mQ9xV4bN7cT1zW5yH3jF6dS0aP2eG8u"|};
    private static readonly string Slack = {|FG4001:"xoxb-2048176934-4817293058162-Rk8Lm2Qz9Xv4Bn7Ct1Wy5Hj3"|};
    public string Publishable = "pk_sandbox_c8oLGaI__msxsXbpBDpdtwJEz_eIhfQoKHmedqgZPCdBx59zpKZLSk8OPLT0cZolbeuYJSBvzDVVsYvtpo5RkQ";
    public string Placeholder = "sk_sandbox_your_sandbox_secret_key_goes_here_0123456789";
    public string Masked = "sk_sandbox_****************************************************";
    public string Docs = "Sandbox keys look like sk_sandbox_... and live keys like ghp_...";
    public string SlackExample = "xoxb-your-bot-token-goes-here-please";
}
""");

    [Fact]
    public Task Sandbox_keys_in_test_code_are_not_reported() => VerifyCS.VerifyUnresolvedWithPackagesAsync("""

public static class Intent
{
    public static object Client() => new ApiKeyClientAuthorization("sk_sandbox_c8oLGaI__msxsXbpBDpdtwJEz_eIhfQoKHmedqgZPCdBx59zpKZLSk8OPLT0cZolbeuYJSBvzDVVsYvtpo5RkQ");
    public static object Token() => new BearerAuthorization({|FG4001:"ghp_R8kL2mQ9xV4bN7cT1zW5yH3jF6dS0aP2eG8u"|});
}
""", "finguard.secrets.is_test_code = true\n");

    // The one argument of an authorization or credential type that does not bind is its key when it looks generated;
    // words, config reads, placeholders, user names and other types' arguments stay silent.
    [Fact]
    public Task Generated_keys_passed_to_unbound_authorization_types_are_reported() => VerifyCS.VerifyUnresolvedWithPackagesAsync("""

public class Clients
{
    private readonly Microsoft.Extensions.Configuration.IConfiguration _config;
    public void Create()
    {
        var a = new ApiKeyClientAuthorization({|FG4001:"Q7xZ2kLm9VbN4cT1wY8rH3jF6dS0aP5e"|});
        var b = new Vendor.BearerCredentials({|FG4001:"b3Jk9QmZ7tVx2LpW4nYc"|});
        var c = new ApiKeyClientAuthorization(_config["Dojo:SecretKey"]);
        var d = new ApiKeyClientAuthorization("YOUR_API_KEY");
        var e = new ApiKeyClientAuthorization("");
        var f = new BasicAuthorization("merchant-user");
        var g = new ApiKeyClientAuthorization(System.Environment.GetEnvironmentVariable("DOJO_KEY"));
        var h = new OrderReference("Q7xZ2kLm9VbN4cT1wY8rH3jF6dS0aP5e");
        var i = new RoleAuthorization("Admin");
        var j = new ApiKeyClientAuthorization("sk_sandbox_...");
    }
}
""");

    // Bound constructors are named by their parameter: a generated value passed to apiKey/secret/token is reported, an
    // id or a name is not.
    [Fact]
    public Task Generated_keys_passed_to_credential_parameters_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

public sealed class KeyAuthorization
{
    public KeyAuthorization(string apiKey) { }
}
public sealed class ShippingClient
{
    public ShippingClient(string shopId, string token) { }
}
public class Setup
{
    public void Create()
    {
        var a = new KeyAuthorization({|FG4001:"Q7xZ2kLm9VbN4cT1wY8rH3jF6dS0aP5e"|});
        var b = new ShippingClient("197002", {|FG4001:"28729d34-5751-11f0-9b81-222185cb68c8"|});
        var c = new ShippingClient("shop-42", "token");
        var d = new KeyAuthorization("your-api-key-here-1");
    }
}
""");

    // A literal that stands in when a configuration or environment read comes back empty is the secret that read names.
    [Fact]
    public Task Fallbacks_of_secret_reads_are_reported() => VerifyCS.VerifyUnresolvedWithPackagesAsync("""

using System;
public class PayPalClient
{
    private readonly Microsoft.Extensions.Configuration.IConfiguration _config;
    private readonly PaymentOptions _options;
    public object Environment()
    {
        var secret = System.Environment.GetEnvironmentVariable("PAYPAL_CLIENT_SECRET") ?? {|FG4001:"EBROKA7H9paW6bJ9CEY3xM0C3bBn1RmjmTutN68fdOa8X2RnyWskM4voyDP7r6bMesbfhjcrcGVCfkd1"|};
        var e = new SandboxEnvironment(
            System.Environment.GetEnvironmentVariable("PAYPAL_CLIENT_ID") != null ?
            System.Environment.GetEnvironmentVariable("PAYPAL_CLIENT_ID") : "AUzXMqocpNRiSklEJVwW2NVAyFJWpM5W6HF3u5ZfE9Q84xWyzXd1trIKX531Z8oyU_62Dg0robvJHi9U",
            System.Environment.GetEnvironmentVariable("PAYPAL_CLIENT_SECRET") != null ?
            System.Environment.GetEnvironmentVariable("PAYPAL_CLIENT_SECRET") : {|FG4001:"EBROKA7H9paW6bJ9CEY3xM0C3bBn1RmjmTutN68fdOa8X2RnyWskM4voyDP7r6bMesbfhjcrcGVCfkd1"|});
        var key = _config["Payments:ApiKey"] ?? {|FG4001:"Q7xZ2kLm9VbN4cT1wY8rH3jF6dS0aP5e"|};
        var webhook = _config.GetSection("Payments:WebhookSecret").Value ?? {|FG4001:"k4Lm8Qz2Rt6Wx1Vb"|};
        var token = _options.AccessToken ?? {|FG4001:"b3Jk9QmZ7tVx2LpW4nYc"|};
        var signing = string.IsNullOrEmpty(_options.SigningSecret) ? {|FG4001:"q8Vn3Lr6Tx1Mz5Kb"|} : _options.SigningSecret;
        return e;
    }
    public void LookAlikes()
    {
        var url = _config["Payments:BaseUrl"] ?? "https://api-m.sandbox.paypal.com";
        var currency = System.Environment.GetEnvironmentVariable("PAYMENTS_CURRENCY") ?? "GBP";
        var keyName = _config["Payments:ApiKeyHeader"] ?? "X-Api-Key-2024-v1";
        var placeholder = System.Environment.GetEnvironmentVariable("STRIPE_SECRET_KEY") ?? "YOUR_SECRET_KEY_HERE_123";
        var empty = System.Environment.GetEnvironmentVariable("STRIPE_SECRET_KEY") ?? "";
        var masked = _options.ApiKey ?? "****************";
        var merchant = _options.MerchantId ?? "M1234567890ABCDEF";
        var giftCard = _options.GiftCardCode ?? "GIFT8K2M4P7Q9X3Z";
    }
}
""");

    [Fact]
    public Task Fallbacks_in_test_code_are_not_reported() => VerifyCS.VerifyUnresolvedWithPackagesAsync("""

public class Fixture
{
    public string Secret = System.Environment.GetEnvironmentVariable("PAYPAL_CLIENT_SECRET") ?? "EBROKA7H9paW6bJ9CEY3xM0C3bBn1RmjmTutN68fdOa8X2RnyWskM4voyDP7r6bMesbfhjcrcGVCfkd1";
}
""", "finguard.secrets.is_test_code = true\n");

    // A const is a literal declared under a name like any field: reported there when its name and value make it a
    // credential, and then not again where it reaches an SDK slot. A const password is reported only in a slot (a
    // passphrase that derives a key is FG3005's, a seeded account's password is not a credential of the app). Other
    // constants stay silent.
    [Fact]
    public Task Constants_named_like_credentials_are_reported_once() => VerifyWithSdksAsync("""

using Stripe;
public class ShippingService
{
    private const string TOKEN = {|FG4001:"28729d34-5751-11f0-9b81-222185cb68c8"|};
    private const string SHOP_ID = "197002";
    private const string BASE_URL = "https://dev-online-gateway.ghn.vn";
    private const string API_KEY_HEADER = "X-Api-Key";
    private const string CsrfToken = "4f0c7d1e-2b6a-4e59-9c3d-8a7b6e5f4d3c";
    private const string PasswordResetTokenPurpose = "ResetPassword-v2";
    private const string StripeSecret = {|FG4001:"k4Lm8Qz2Rt6Wx1Vb9Pq3"|};
    private const string ServiceName = "q8Vn3Lr6Tx1Mz5Kb";
    private const string WsPassword = "Xq7!mZ2pL9vR";
    private const string Passphrase = "Statements2015!";
    public void Configure()
    {
        var client = new StripeClient(StripeSecret);
        var other = new StripeClient({|FG4001:ServiceName|});
        var adyen = new Adyen.Config { Password = {|FG4001:WsPassword|} };
    }
}
""");

    private static Task VerifyWithSdksAsync(string source)
    {
        var test = new VerifyCS.Test { TestCode = source };
        test.TestState.Sources.Add(("Sdks.cs", SdkStubs.Source));
        return test.RunAsync();
    }

    // Tuning pass on set 7: a header's value is a credential only under a credential header's name. Postman's
    // Postman-Token (a per-request id that Postman's code export copies), request ids and cache directives are not.
    [Fact]
    public Task Only_credential_headers_hold_secrets() => VerifyCS.VerifyUnresolvedWithPackagesAsync("""

public class Requests
{
    public void Build(RestRequest request)
    {
        request.AddHeader("Postman-Token", "ba22312c-8463-76ef-1051-9947d743011d");
        request.AddHeader("postman-token", "dd1c125e-c38b-15fe-ff54-66c2b23a5dbb");
        request.AddHeader("Cache-Control", "no-cache");
        request.AddHeader("X-Request-Id", "7f3c2a91-5d4e-4b8a-9c1f-2e6d8b0a4f17");
        request.AddHeader("X-Api-Key", {|FG4001:"Q7xZ2kL9mVb4Nc8Rt1Wy5Hj3"|});
        request.AddHeader("X-Auth-Token", {|FG4001:"e1944c9c4b7d2f8a9e3b6c1d0f5a7e2b"|});
    }
}
""");

    // Tuning pass on set 7: a key's prefix followed only by words is a placeholder; generated bodies stay keys.
    [Fact]
    public Task Key_prefixes_followed_by_words_are_placeholders() => VerifyCS.VerifyUnresolvedWithPackagesAsync("""

public class Webhooks
{
    private const string WebhookSecret = "whsec_test_secret";
    private static readonly string SecretKey = "sk_test_your_key_here";
    private static readonly string OtherKey = "sk_live_mykey";
    private const string RealWebhookSecret = {|FG4001:"whsec_8f3KqP1xZc7VbN2mLr5TgHy6"|};
    private static readonly string RealTestKey = {|FG4002:"sk_test_51NcQz2LkdIwHu7ixTestQ8mWzR"|};
}
""");

    // Tuning pass on set 7: a key in a comment (a commented-out line, a note) is committed as much as one in a literal;
    // placeholders, short bodies and prose that names a prefix stay silent.
    [Fact]
    public Task Keys_in_comments_are_reported() => VerifyCS.VerifyUnresolvedWithPackagesAsync("""

public class WebhookController
{
    // This is your Stripe CLI webhook secret for testing your endpoint locally.
    //const string endpointSecret = "{|FG4001:whsec_910a6037215b9b45b6e222ab692bae8058e9d04132471d858f40889e87da8921|}";
    /* StripeConfiguration.ApiKey = "{|FG4001:sk_live_51HqLyjWDarjtT1zdp7dc9QxZ|}"; */
    // old test key: {|FG4002:sk_test_51NcQz2LkdIwHu7ixTestQ8mWzR|}
    // Keys look like sk_live_... or whsec_test_secret; see sk_test_YOUR_SECRET_KEY_HERE.
    // const string Short = "whsec_abc123";
    private const string Template = "Use your whsec_ value here";
}
""");

    // Tuning pass 4 (set 13): Xendit secret keys by their documented format (live FG4001, development FG4002, also in a
    // comment); its public key and short or placeholder bodies are not keys.
    [Fact]
    public Task Xendit_secret_keys_are_reported_by_format() => VerifyCS.VerifyUnresolvedWithPackagesAsync("""

public class InvoiceClient
{
    // public string key = "{|FG4002:xnd_development_Qm7Zp2Lx9VbT4wKa8RfDn3Hc6Jy5Ue1Ws0GtBvNk4Mq2Pz7Lr|}";
    public string key = {|FG4001:"xnd_production_Zr8Kq3Wm6Tn1Vx4Bc7Lp2Hd9Fs5Gj0Ny3Qa8Ue6Mk1Pt4Rw7"|};
    public string PublicKey = "xnd_public_production_Qm7Zp2Lx9VbT4wKa8RfDn3Hc6Jy5Ue1Ws0GtBvNk4Mq2";
    public string Short = "xnd_production_abc123";
    public string Placeholder = "xnd_production_YOUR_SECRET_KEY_GOES_HERE_FROM_THE_DASHBOARD";
}
""");

    // Tuning pass 4 (set 13): an Authorization header value pasted already encoded hides its user:password pair; decoded,
    // a key by its format or a password after the colon is reported. A user name alone, placeholders and other schemes are not.
    [Fact]
    public Task Encoded_basic_authorization_literals_are_decoded() => VerifyCS.VerifyUnresolvedWithPackagesAsync("""

public class ChargeClient
{
    public void Send(Request request)
    {
        // a live Xendit key as the user name, empty password
        request.AddHeader("Authorization", {|FG4001:"Basic eG5kX3Byb2R1Y3Rpb25fWnI4S3EzV202VG4xVng0QmM3THAySGQ5RnM1R2owTnkzUWE4VWU2TWsxUHQ0Unc3Og=="|});
        // payments-svc:Vq8rTm2Lk7Xz
        request.AddHeader("Authorization", {|FG4001:"Basic cGF5bWVudHMtc3ZjOlZxOHJUbTJMazdYeg=="|});
        // username:password
        request.AddHeader("Authorization", "Basic dXNlcm5hbWU6cGFzc3dvcmQ=");
        // payments-svc: (no password)
        request.AddHeader("Authorization", "Basic cGF5bWVudHMtc3ZjOg==");
        request.AddHeader("Authorization", "Basic <base64 of key:secret>");
        request.AddHeader("Authorization", "Basic ");
        request.AddHeader("Content-Type", "Basic text");
    }
}
""");

    // Tuning pass 4 (sets 6, 11, 13): a commented-out line of code that gave a credential is committed as much as the live
    // line: a secret-named member assigned a literal, and a connection string with a password passed or assigned.
    [Fact]
    public Task Credentials_in_commented_out_code_are_reported() => VerifyCS.VerifyUnresolvedWithPackagesAsync("""

public class GatewaySetup
{
    public void Configure(Headers headers, Builder optionsBuilder)
    {
        //var disbursements = new DisbursementsConfig
        //{
        //    ApiKey = {|FG4001:"7d3f0b9e2a6c41d8b5e09f7a3c2d18e6"|},
        //};
        //headers.Credentials.Password = {|FG4001:"QW7ZP2LK9VBT4RMX"|};
        //optionsBuilder.UseSqlServer({|FG4001:"Server=tcp:ledger.database.windows.net,1433;Initial Catalog=Ledger;User ID=ops;Password=Vq8!rTm2Lk"|});
        //  private string clientSecret = {|FG4001:"c5Yq8Rm2Tz7Lw4Kb9Np3Xv"|};
        //Pay(secretKey: {|FG4001:"Hn4Lq9Zr2Wm7Tc3Vx8Bk"|});
    }
}
""");

    // A last line without a line break (the search must stop at the end of the text), and blank "Basic" values.
    [Fact]
    public Task Comments_on_the_last_line_and_blank_basic_values_do_not_fail() => VerifyCS.VerifyUnresolvedWithPackagesAsync(
        "public class Gateway\n{\n    public string Header = \"Basic                      \";\n    public string Other = \"Basic ====\";\n}\n//    ApiKey = {|FG4001:\"7d3f0b9e2a6c41d8b5e09f7a3c2d18e6\"|},\n// note \"x\"\n//");

    [Fact]
    public Task Commented_out_look_alikes_are_not_reported() => VerifyCS.VerifyUnresolvedWithPackagesAsync("""

public class GatewaySetup
{
    public void Configure(Headers headers, Builder optionsBuilder)
    {
        //    ApiKey = "",
        //    ApiKey = "<your api key>",
        //    UserId = "1bfc600a-a6e1-4c1b-ba66-5fee8038c056",
        //headers.Credentials.Password = "password";
        //if (apiKey == "7d3f0b9e2a6c41d8b5e09f7a3c2d18e6") return;
        //     Connection String:      "Data Source=ledger.database.windows.net;Initial Catalog=Ledger;User ID=ops;password=Vq8!rTm2Lk;"
        //optionsBuilder.UseSqlServer("Server=localhost;Database=Ledger;User Id=sa;Password=sa");
        //optionsBuilder.UseSqlServer("Server=ledger;Database=Ledger;Integrated Security=True");
        // "Password": "Vq8!rTm2Lk"
        //var note = $"ApiKey = {headers}";
        var url = "https://pay.example.com"; // ApiKey = "7d3f0b9e2a6c41d8b5e09f7a3c2d18e6" is read from the vault
        /* ApiKey = "7d3f0b9e2a6c41d8b5e09f7a3c2d18e6" */
    }
}
""");

    [Fact]
    public Task Commented_out_credentials_in_test_code_are_not_reported() => VerifyCS.VerifyUnresolvedWithPackagesAsync("""

public class GatewayTests
{
    //    ApiKey = "7d3f0b9e2a6c41d8b5e09f7a3c2d18e6",
    //optionsBuilder.UseSqlServer("Server=tcp:ledger.database.windows.net,1433;Initial Catalog=Ledger;User ID=ops;Password=Vq8!rTm2Lk");
}
""", "finguard.secrets.is_test_code = true\n");

    [Fact]
    public Task Test_and_webhook_keys_in_comments_of_test_code_are_not_reported() => VerifyCS.VerifyUnresolvedWithPackagesAsync("""

public class WebhookTests
{
    //const string endpointSecret = "whsec_910a6037215b9b45b6e222ab692bae8058e9d04132471d858f40889e87da8921";
    // old test key: sk_test_51NcQz2LkdIwHu7ixTestQ8mWzR
    // live key: {|FG4001:sk_live_51HqLyjWDarjtT1zdp7dc9QxZ|}
}
""", "finguard.secrets.is_test_code = true\n");
}

