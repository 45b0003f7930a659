using VerifyConfig = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Secrets.CommittedSecretAnalyzer>;
using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Secrets.SecretLiteralAnalyzer>;

namespace FinGuard.Analyzers.Tests.Secrets;

/// <summary>
/// Tuning pass on set 20 (issue 18): FG4003 and FG4001 leave Safaricom's published M-Pesa Daraja sandbox values alone,
/// FG4003 a processor's public object code (Paystack's <c>PLN_…</c>) and a password that only names its product
/// (<c>rabbit_password</c>), and FG4003 reads a setting whose last word is Pass (<c>secure_pass</c>) as a password.
/// Look-alikes: another passkey, chosen passwords, codes with a password's make-up, other words ending in pass, flags.
/// All values are made up, except Safaricom's published ones.
/// </summary>
public class SandboxCredentialsAndConfigNamesTests
{
    private static Task VerifyConfigAsync(string text)
    {
        var test = new VerifyConfig.Test { TestCode = "public class Program { }" };
        test.TestState.AdditionalFiles.Add(("/api/appsettings.json", text));
        return test.RunAsync();
    }

    [Fact]
    public Task Published_daraja_sandbox_passkey_is_not_reported_and_another_passkey_is() => VerifyConfigAsync("""
{
  "Mpesa": { "ShortCode": "174379", "PassKey": "bfb279f9aa9bdbcf158e97dd71a467cd2e0c893059b10f78e6b72ada1ed2c919" },
  "MpesaLive": { "ShortCode": "4120931", "PassKey": {|FG4003:"7c2e91ab04f5d8e3a6b1c9f07d4e2a8b5f3c6d9e1a0b7c4f2e8d5a3b6c9f1e04"|} }
}
""");

    [Fact]
    public Task Daraja_sandbox_initiator_passwords_are_not_reported_in_code() => VerifyCS.VerifyUnresolvedWithPackagesAsync("""

public class BalanceRequest
{
    public string Initiator { get; set; }
    public string Password { get; set; }
}

public class Samples
{
    public BalanceRequest Old() => new BalanceRequest { Initiator = "testapi", Password = "Safaricom214!" };
    public BalanceRequest Current() => new BalanceRequest { Initiator = "testapi", Password = "Safaricom999!*!" };
    public BalanceRequest Chosen() => new BalanceRequest { Initiator = "payouts", Password = {|FG4001:"Safaricom2024!"|} };
    public BalanceRequest Other() => new BalanceRequest { Initiator = "payouts", Password = {|FG4001:"Nairobi418!"|} };
}
""");

    [Fact]
    public Task Processor_object_codes_are_not_reported() => VerifyConfigAsync("""
{
  "Paystack": {
    "StarterPlanCode": "PLN_q7ztw2mvk9xhb3a",
    "TeamPlanCode": "PLN_h4rk8swq1ctz6ye",
    "DefaultCustomerCode": "CUS_m3x9wq7tkz2vb8p",
    "AccessCode": {|FG4003:"Kq7_mZ2pL9v!"|},
    "SettlementCode": {|FG4003:"ACCT_Lk29xQz7Wm"|}
  }
}
""");

    [Fact]
    public Task A_setting_named_with_a_last_word_pass_holds_a_password() => VerifyConfigAsync("""
{
  "Gateway": { "merchant_id": "40217", "secure_pass": {|FG4003:"9c41e07d3b5a2f68"|} },
  "Mail": { "SmtpUser": "receipts@shop.example", "SmtpPass": {|FG4003:"harbour2031"|} },
  "Map": { "Compass": "N45E12", "Bypass": "Lantern2031", "SkipPass": "true", "BoardingPass": "BP2024X9", "SecondPass": "enabled" }
}
""");

    [Fact]
    public Task A_password_that_names_its_product_is_a_stand_in() => VerifyConfigAsync("""
{
  "RabbitMQ": { "Host": "localhost", "Username": "shop_rabbit", "Password": "rabbit_password" },
  "Redis": { "Password": "redis_password1" },
  "Postgres": { "Password": "PostgresPassword" },
  "Broker": { "Host": "broker.shop.example", "Password": {|FG4003:"rabbit_Kq7mZ2"|} },
  "Cache": { "Password": {|FG4003:"redis4Lantern!"|} }
}
""");
}
