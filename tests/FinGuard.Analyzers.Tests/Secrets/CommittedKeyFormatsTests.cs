using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Secrets.SecretLiteralAnalyzer>;
using VerifyConfig = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Secrets.CommittedSecretAnalyzer>;

namespace FinGuard.Analyzers.Tests.Secrets;

/// <summary>
/// FG4003 (and FG4001 in code) on keys recognised by their format whatever their setting is named: private keys stored
/// as base64 (a base64-encoded PEM block, or the DER key itself), Flutterwave secret keys, SendGrid API keys, an SMTP
/// account's app password under a <c>*Pass</c> name and a generated merchant key of letters only. Look-alikes: public
/// keys and certificates in the same encodings, Flutterwave's public key, words and identifiers of letters, and short
/// or placeholder bodies.
/// </summary>
public class CommittedKeyFormatsTests
{
    private const string Base64PemPrivateKey = "LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0tCnBVM0tHQ1V3dXgxdEV5emUxaU43THRrZVAzSWZ5eGx4RjBTVTFrazhuVncwWUw0eElCNXAvdHFnN3VpNW1YOWNmQ21aL2EvbGt5VTgxbFN2VGZyWEZDZWdyclArNlNNdml2SWhINTdra2NXeEMreTFWanY4SG0rVFFuN0x5UDRwVmVYTmprYmNqdFMzd25aTktscE5kbmNHK0YyR2tBSksxcjJqUUJ2";
    private const string Base64PemPublicKey = "LS0tLS1CRUdJTiBQVUJMSUMgS0VZLS0tLS0KcFUzS0dDVXd1eDF0RXl6ZTFpTjdMdGtlUDNJZnl4bHhGMFNVMWtrOG5WdzBZTDR4SUI1cC90cWc3dWk1bVg5Y2ZDbVovYS9sa3lVODFsU3ZUZnJYRkNlZ3JyUCs2U012aXZJaEg1N2trY1d4Qyt5MVZqdjhIbStUUW43THlQNHBWZVhOamtiY2p0UzN3blpOS2xwTmRuY0crRjJHa0FKSzFyMmpRQnZw";
    private const string DerPrivateKey = "MIICXAIBAAKBgQAlbJs+T7tJgUbvcDDL+VNyUtzOrddktqMvuwmt6uEJxKmXIDl1NSuHixRcikLYhM9M/actjh1d2SWJCC2FKnEihz7oBa3ViUIWejhShhlcZ5+caZTkW4qxCYASBwlh833kNt39yZ1uda9lR8+xG0IHJILcUxwrw5B8lhfrXlCJ5AGGuqilfRGeb7ZdAKvDKvOOZn8CLoc=";
    private const string DerPublicKey = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8ALUnMFckLmZt3K0/Hpv1MkUoW20cIdSsPFUS4NcDnGQl9+ocB6SMvIfKBJod4aXbr/MMn9ZMXZSdLqYKbRAb2H/iJMm/6lJLt7u48Zp8r8giU6ifmicZrayYuSIa4Q485unb++MkMUQH75s+aSNWwwKE9qQCmrcs9ZAaUgb4hyccnuA==";

    private static Task VerifyConfigAsync(string path, string text)
    {
        var test = new VerifyConfig.Test { TestCode = "public class Program { }" };
        test.TestState.AdditionalFiles.Add((path, text));
        return test.RunAsync();
    }

    [Fact]
    public Task Keys_by_their_format_are_reported_in_configuration() => VerifyConfigAsync("/app/appsettings.json", $$"""
{
  "Keys": [
    { "Identifier": "Server", "Information": { "PrivateKeyBase64": {|FG4003:"{{Base64PemPrivateKey}}"|}, "PublicKeyBase64": "{{Base64PemPublicKey}}" } }
  ],
  "JwtSettings": { "PrivateKey": {|FG4003:"{{DerPrivateKey}}"|}, "PublicKey": "{{DerPublicKey}}" },
  "Flutterwave": {
    "test_secret_keys": {|FG4003:"FLWSECK_TEST-79fc35526f7eaed46725a2a7b860dcd6-X"|},
    "live_secret_keys": {|FG4003:"FLWSECK-79fc35526f7eaed46725a2a7b860dcd6-X"|},
    "AccessCode": {|FG4003:"FLWSECK_TEST-79fc35526f7eaed46725a2a7b860dcd6-X"|},
    "PublicKey": "FLWPUBK-79fc35526f7eaed46725a2a7b860dcd6-X"
  },
  "Mail": { "sendGridbearerToken": {|FG4003:"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"|} },
  "Smtp": { "SmtpUser": "orders.shop@gmail.com", "SmtpPass": {|FG4003:"pbrefpnkjjixxuim"|} },
  "Cielo": { "MerchantId": "c03d5f2c-b4d7-402f-8c64-e7a3402e8a04", "MerchantKey": {|FG4003:"NYIBIDBVJUEHINQKGYLZNAZYUMRRGXCBXNOTYEUJ"|} },
  "Bank": { "ClientId": "b1c9e0d2", "AESKey": {|FG4003:"QWPXBNM4820CZRTY"|}, "AesKeySize": "256", "AesMode": "GCM" }
}
""");

    [Fact]
    public Task Public_keys_examples_and_words_are_not_reported_in_configuration() => VerifyConfigAsync("/app/appsettings.json", $$"""
{
  "Keys": { "PublicKeyBase64": "{{Base64PemPublicKey}}", "Certificate": "MIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJRTESMBAGA1UEChMJQmFsdGltb3JlMRMwEQYDVQQLEwpDeWJlclRydXN0MSIwIAYDVQQDExlCYWx0aW1vcmUgQ3liZXJUcnVzdCBSb290" },
  "Flutterwave": { "SecretKey": "FLWSECK_TEST-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-X", "Prefix": "FLWSECK-", "PublicKey": "FLWPUBK_TEST-79fc35526f7eaed46725a2a7b860dcd6-X" },
  "SendGrid": { "ApiKey": "SG.your-sendgrid-api-key", "Template": "SG.template.welcome" },
  "Smtp": { "SmtpPass": "mysecretpassword", "HostName": "mailserverprimary" },
  "Cielo": { "Environment": "SANDBOX", "Mode": "AUTHORIZATIONANDCAPTUREFLOW" }
}
""");

    // An API key beside a reported secret in the same section is the pair's public half (iyzico, Binance, Cloudinary:
    // the secret signs, the key names the account); an API key alone in its section, or beside a secret that is a
    // placeholder, is still the credential, and a key recognised by its format is reported whatever sits beside it.
    [Fact]
    public Task Api_keys_paired_with_a_secret_are_not_reported_and_lone_api_keys_are() => VerifyConfigAsync("/app/appsettings.json", """
{
  "IyzicoOptions": { "ApiKey": "sandbox-Qm4tLp8Wz2Xv7RbKc3Nd9Hf", "SecretKey": {|FG4003:"sandbox-Zr8Wk2Lp5Tq9Xm3Vb7Nc1Hd"|}, "BaseUrl": "https://sandbox-api.iyzipay.com" },
  "Exchange": { "api_key": "Jx7Kq2Lm9Pz4Rt8Wv3Nb6Hc1Df5Gs0Ay", "api_secret": {|FG4003:"Vb7Nc1Hd4Qm8tLp2Wz6Xr9Kc3Tq5Jf0S"|} },
  "SendGrid": { "ApiKey": {|FG4003:"Kd8Lq2Wm7Xz4Rt9Pv3Nb6Hc1Jf5Gs0Ay"|}, "FromEmail": "noreply@example.org" },
  "Weather": { "ApiKey": {|FG4003:"0e6c3a2f8b9d4e1f7a5c6b3d2e9f8a1c"|}, "SecretKey": "${WEATHER_SECRET}" },
  "Stripe": { "ApiKey": {|FG4003:"sk_live_51HqLyjWDarjtT1zdp7dc9QxZ"|}, "Secret": {|FG4003:"Zr8Wk2Lp5Tq9Xm3Vb7Nc1Hd"|} }
}
""");

    // A payment page's merchant salt (PayTR, PayU) and VNPay's hash secret are the shared secrets its requests are signed
    // with; a password hashing salt, a stored hash and a hashed secret are not credentials.
    [Fact]
    public Task Merchant_salts_and_hash_secrets_are_reported_and_salts_and_hashes_are_not()
    {
        var test = new VerifyCS.Test();
        test.TestState.Sources.Add(("/repo/src/Shop/Checkout.cs", """
public class Checkout
{
    private string merchant_key = {|FG4001:"t7RbWq2LmZ9xKc4V"|};
    private string merchant_salt = {|FG4001:"9pLkTq3XvBn7RwZc"|};
    private string vnp_HashSecret = {|FG4001:"Q8ZK2WM4T9XR7PLB3VCN6YDH5JFG1SAE"|};
    private string passwordSalt = "9pLkTq3XvBn7RwZc";
    private string passwordHash = "9pLkTq3XvBn7RwZcW4mN8sQe";
    private string HashedSecret = "9pLkTq3XvBn7RwZcW4mN8sQe";
    private string MerchantSaltHeader = "X-Merchant-Salt";

    public string Sign(string data) => data + merchant_key + merchant_salt + vnp_HashSecret + passwordSalt + passwordHash + HashedSecret + MerchantSaltHeader;
}
"""));
        return test.RunAsync();
    }

    [Fact]
    public Task Base64_private_keys_and_processor_keys_in_code_are_reported()
    {
        var test = new VerifyCS.Test();
        test.TestState.Sources.Add(("/repo/src/Shop/Keys.cs", $$"""
public static class Keys
{
    public static readonly string Server = {|FG4001:"{{Base64PemPrivateKey}}"|};
    public static readonly string Der = {|FG4001:"{{DerPrivateKey}}"|};
    public static readonly string Public = "{{DerPublicKey}}";
    public static readonly string Flutterwave = {|FG4001:"FLWSECK-79fc35526f7eaed46725a2a7b860dcd6-X"|};
    public static readonly string FlutterwaveTest = {|FG4002:"FLWSECK_TEST-79fc35526f7eaed46725a2a7b860dcd6-X"|};
    public static readonly string SendGrid = {|FG4001:"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"|};
    public static string Strip(string key) => key.Replace("FLWSECK-", string.Empty);
}
"""));
        return test.RunAsync();
    }
}
