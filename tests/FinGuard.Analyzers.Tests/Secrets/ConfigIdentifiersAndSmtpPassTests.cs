using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Secrets.CommittedSecretAnalyzer>;
using VerifyLiteral = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Secrets.SecretLiteralAnalyzer>;

namespace FinGuard.Analyzers.Tests.Secrets;

/// <summary>
/// Session 19 (set 14, recurring in sets 7-14): FG4003 reads an SMTP section's bare <c>Pass</c> as its password and a
/// generated token of letters and digits with few digits as a credential; it leaves alone a Firebase or Maps browser key
/// (<c>AIza…</c>), the file name of a key (<c>private_key.pem</c>) and a signing-key "value" that is a sentence addressed to
/// the reader. A signing key chosen from words of a Latin-script language (a few accented letters) stays a key, in
/// settings and in code. Look-alikes: the same key format under an AI or server section, a server key, key material
/// under a key-file name, flags and placeholders under <c>Pass</c>, camel-case words under a token name, instruction text
/// in another script.
/// </summary>
public class ConfigIdentifiersAndSmtpPassTests
{
    private static Task VerifyAsync(string path, string text)
    {
        var test = new VerifyCS.Test { TestCode = "public class Program { }" };
        test.TestState.AdditionalFiles.Add((path, text));
        return test.RunAsync();
    }

    [Fact]
    public Task Smtp_pass_and_generated_tokens_are_reported() => VerifyAsync("/shop/appsettings.json", """
{
  "Smtp": { "Host": "smtp.mailhost.example", "User": "receipts@shop.example", "Pass": {|FG4003:"Harbour77!mail"|}, "Port": 587 },
  "Email": { "Username": "orders@shop.example", "pass": {|FG4003:"lanternquay2031"|} },
  "Telemetry": { "IngestToken": {|FG4003:"Tw9XMqLbRZKdPvYh3sNc"|} },
  "Seq": { "Token": {|FG4003:"bQ7ZxWnRtKLmYpVc2dHf"|} },
  "Jwt": { "Key": {|FG4003:"orman_deniz_kalem_güneş_masa_kapı_bulut_yaprak"|} }
}
""");

    [Fact]
    public Task Flags_placeholders_and_camel_case_words_are_not_reported() => VerifyAsync("/shop/appsettings.Production.json", """
{
  "Smtp": { "Pass": "your-app-password-here", "Bypass": "Lantern2031!", "EnableSsl": "true" },
  "Checks": { "Pass": "true", "PassThrough": "always" },
  "Telemetry": { "IngestToken": "RememberToSetThisTokenInProd1", "CsrfToken": "V3BankTransactionCodeHeader", "HeaderToken": "X-Telemetry-Access-Token" },
  "Jwt": { "Key": "This is a secret that you will use to sign and verify tokens" },
  "WeChat": { "SigningKey": "商户平台-->账户设置-->API安全-->密钥设置" }
}
""");

    [Fact]
    public Task Browser_api_keys_and_key_file_names_are_not_reported() => VerifyAsync("/shop/appsettings.json", """
{
  "Firebase": { "ApiKey": "AIzaSyQ3vT8mLp2Kd9XwRb7Nc4Hf6Zj1Gs0Ye5U", "AuthDomain": "shop-web.firebaseapp.com", "ProjectId": "shop-web" },
  "GoogleMaps": { "ApiKey": "AIzaSyR4wU9nMq3Le0YxSc8Od5Ig7Ak2Ht1Zf6V" },
  "Jwt": { "PrivateKey": "private_key.pem", "PublicKey": "public_key.pem" },
  "Signing": { "SecretKey": "./certs/token-signing.pfx" },
  "Apple": { "PrivateKey": "AuthKey_7QX2M9LK4T.p8" }
}
""");

    [Fact]
    public Task The_same_key_format_elsewhere_and_key_material_are_reported() => VerifyAsync("/shop/appsettings.json", """
{
  "Gemini": { "ApiKey": {|FG4003:"AIzaSyT5xV0oNr4Mf1ZyTd9Pe6Jh8Bl3Iu2Ag7W"|} },
  "Firebase": { "ServerKey": {|FG4003:"AIzaSyU6yW1pOs5Ng2AzUe0Qf7Ki9Cm4Jv3Bh8X"|} },
  "Jwt": { "PrivateKey": {|FG4003:"Zq8Lr3Vt7Wm2Kx9Pb4Nc6Hd1Fs5Jg0Ye"|} }
}
""");

    [Fact]
    public Task A_word_list_signing_key_in_a_string_local_is_reported_in_code_and_other_locals_are_not() => new VerifyLiteral.Test
    {
        TestCode = """
using System.Text;
using Microsoft.IdentityModel.Tokens;

public class TokenSetup
{
    public object Key()
    {
        string signing = {|FG4001:"orman_deniz_kalem_güneş_masa_kapı_bulut_yaprak"|};
        return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signing));
    }

    public object NotKeys()
    {
        string greeting = "orman_deniz_kalem_güneş_masa_kapı_bulut_yaprak";
        string hint = "Enter the signing key from the vault here";
        System.Console.WriteLine(Encoding.UTF8.GetBytes(greeting).Length);
        return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(hint));
    }
}

namespace Microsoft.IdentityModel.Tokens
{
    public class SymmetricSecurityKey
    {
        public SymmetricSecurityKey(byte[] key) { }
    }
}
""",
    }.RunAsync();
}
