using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Secrets.CommittedSecretAnalyzer>;

namespace FinGuard.Analyzers.Tests.Secrets;

/// <summary>
/// FG4003 (held-out set 23): a value that spells its setting's own name among lower-case words ("mono-secret-key" under
/// SecretKey) describes what belongs there; base64 padding after a length no base64 text has ("2E56uS1k+==") is a key cut
/// down before committing; a SQL Server on a machine with the name Windows setup gives (WIN- and 11 characters) is the
/// developer's own. Generated keys, token signing keys chosen as words, valid base64 and named servers stay reported.
/// </summary>
public class ConfigStandInsAndServerWorkstationTests
{
    private static Task VerifyAsync(params (string Path, string Text)[] files)
    {
        var test = new VerifyCS.Test { TestCode = "public class Program { }" };
        foreach (var file in files)
        {
            test.TestState.AdditionalFiles.Add(file);
        }

        return test.RunAsync();
    }

    [Fact]
    public Task Values_that_describe_their_setting_are_not_reported() => VerifyAsync(("/api/appsettings.json", """
{
  "Paystack": { "SecretKey": "paystack-secret-key", "WebhookSecret": "your_webhook_secret_from_dashboard" },
  "Flutterwave": { "SecretKey": "32char_secret_key_for_aes_ecb", "ClientSecret": "sandbox-client-secret-value" },
  "Sms": { "ApiKey": "sms-gateway-api-key" }
}
"""));

    [Fact]
    public Task Generated_keys_and_chosen_signing_keys_beside_stand_ins_are_reported() => VerifyAsync(("/api/appsettings.json", """
{
  "Paystack": { "SecretKey": {|FG4003:"sk9Tq2vLm7Wx4Rb8Zc1Nd6Hf"|} },
  "Jwt": { "SecretKey": {|FG4003:"kestrel-orders-secret-key-2024-signing"|} },
  "Billing": { "SecretKey": {|FG4003:"Billing-Secret-Key-7Qx9vLm2Tz"|}, "ClientSecret": {|FG4003:"q7x-client-secret-v9Lm2TzR4w"|} },
  "Crypto": { "EncryptionKey": {|FG4003:"orders-encryption-key-7f3a9c2e1b"|} }
}
"""));

    [Fact]
    public Task Cut_base64_stubs_are_not_reported() => VerifyAsync(("/api/appsettings.json", """
{
  "JwtSecurityToken": { "Key": "7Hq2xLp9+==", "Issuer": "Shop" },
  "Partner": { "SecretKey": "Qm4Tz8vW1==" }
}
"""));

    [Fact]
    public Task Valid_base64_and_longer_keys_with_padding_are_reported() => VerifyAsync(("/api/appsettings.json", """
{
  "JwtSecurityToken": { "Key": {|FG4003:"q3Zt8VbN1xLr5Pc9WmK2yTj6HdFs0GaE4uQi7ROo+Yw="|} },
  "Partner": { "SecretKey": {|FG4003:"Qm4Tz8vW1x=="|}, "ApiSecret": {|FG4003:"Zr8pLq2Vn5Tx7Kc3Wm9Bd4Hj6=="|} }
}
"""));

    [Fact]
    public Task Trivial_passwords_on_a_server_setup_named_machine_are_not_reported() => VerifyAsync(("/api/appsettings.json", """
{
  "ConnectionStrings": {
    "Default": "Server=WIN-7QK2M4RBX1T\\SQLEXPRESS;Database=Shop;User Id=sa;Password=1;TrustServerCertificate=True;",
    "Reports": "Data Source=win-h3p8zq2lm4k;Initial Catalog=Reports;User ID=sa;Password=123"
  }
}
"""));

    [Fact]
    public Task Chosen_passwords_and_look_alike_machine_names_are_reported() => VerifyAsync(("/api/appsettings.json", """
{
  "ConnectionStrings": {
    "Chosen": {|FG4003:"Server=WIN-7QK2M4RBX1T\\SQLEXPRESS;Database=Shop;User Id=sa;Password=marlow8841x;"|},
    "ShortSuffix": {|FG4003:"Server=WIN-7QK2M4\\SQLEXPRESS;Database=Shop;User Id=sa;Password=1;"|},
    "Domain": {|FG4003:"Server=WIN-7QK2M4RBX1T.corp.shopnet.io;Database=Shop;User Id=sa;Password=1;"|},
    "Windows": {|FG4003:"Server=WINSQL-7QK2M4RBX1T\\MAIN;Database=Shop;User Id=sa;Password=1234;"|}
  }
}
"""));

    // A WIN-… name is also what a cloud server keeps (an EC2 instance): a commented-out connection to it is not dropped as
    // a connection to this machine, as one to localhost is.
    [Fact]
    public Task Commented_out_connections_to_a_server_setup_named_machine_are_reported() => VerifyAsync(("/web/Web.config", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <!--<add name="Cloud" connectionString={|FG4003:"Data Source=WIN-F7QK2M4RBX1;Initial Catalog=Shop;User Id=shop;Password=Kv7rtz31;"|} />-->
    <!--<add name="Local" connectionString="Data Source=.\SQLEXPRESS;Initial Catalog=Shop;User Id=shop;Password=Kv7rtz31;" />-->
    <add name="Live" connectionString="Data Source=WIN-F7QK2M4RBX1\SQLEXPRESS;Initial Catalog=Shop;User Id=sa;Password=sa;" />
  </connectionStrings>
</configuration>
"""));
}
