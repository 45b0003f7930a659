using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Secrets.CommittedSecretAnalyzer>;

namespace FinGuard.Analyzers.Tests.Secrets;

/// <summary>
/// Session 27 (set 22): FG4003 reads the short names of card-payment key management (BDK, IPEK, DK, TMK, ZPK...) in a
/// config's settings as keys when their value is a DES/AES key in hexadecimal, a gateway's short-form sign key
/// (<c>signkey</c>, <c>sign_key</c>) chosen like a password, and a committed HTTP Authorization header value that is a
/// generated token. Look-alikes: ANSI X9.24's published example BDK, a key serial number (KSN), a cleared all-zero
/// key, a country code or a short value under DK, a design key, an Authorization policy name or flag, placeholders.
/// </summary>
public class PaymentKeyAndAuthorizationSettingsTests
{
    private static Task VerifyAsync(string path, string text)
    {
        var test = new VerifyCS.Test { TestCode = "public class Program { }" };
        test.TestState.AdditionalFiles.Add((path, text));
        return test.RunAsync();
    }

    [Fact]
    public Task Payment_keys_sign_keys_and_authorization_tokens_in_web_config_are_reported() => VerifyAsync("/pos/Web.config", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="TerminalBDK" value={|FG4003:"7F31A9C04D2E88B61C5A0E93D47B2F18"|} />
    <add key="IPEK" value={|FG4003:"3E90B7D21A4C6F58E02D9B17C8A34F65"|} />
    <add key="DK2" value={|FG4003:"9B4E17C3A05D82F6E19C7B30D4A28F5E9B4E17C3A05D82F6"|} />
    <add key="DKReaderEmv" value={|FG4003:"58C1E3A7094FD26B8E5A1C07F39D4B62"|} />
    <add key="zpk_host" value={|FG4003:"A1F07C93E2B54D68A1F07C93E2B54D68C3D2E1F0A9B8C7D6E5F4A3B2C1D0E9F8"|} />
    <add key="signkey" value={|FG4003:"qa71TmRx"|} />
    <add key="Md5_Sign_Key" value={|FG4003:"h4Kp09wLz"|} />
    <add key="Authorization" value={|FG4003:"R7tq2LmX9vKw4BzN8cYp3HsD6gFj1QeA5uWo0TiE"|} />
    <add key="GatewayAuthorization" value={|FG4003:"Bearer Zk4m8QwT2xLr7NvB3cHy9PdJ6sGf1AeK"|} />
  </appSettings>
</configuration>
""");

    [Fact]
    public Task Published_test_keys_serial_numbers_and_other_values_are_not_reported() => VerifyAsync("/pos/Web.config", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="BDK" value="0123456789ABCDEFFEDCBA9876543210" />
    <add key="KSN" value="FFFF9876543210E00000" />
    <add key="IPEK" value="00000000000000000000000000000000" />
    <add key="DK" value="true" />
    <add key="Country_DK" value="Denmark" />
    <add key="DKReader" value="1A2B3C4D" />
    <add key="TMK" value="{TerminalMasterKey}" />
    <add key="DesignKey" value="blue7green" />
    <add key="signkey" value="changeme" />
    <add key="Authorization" value="AdminOnly" />
    <add key="RequireAuthorization" value="true" />
    <add key="AuthorizationUrl" value="https://login.bank.example/oauth/authorize" />
    <add key="Authorization" value="Bearer your-token-here" />
  </appSettings>
</configuration>
""");

    [Fact]
    public Task The_same_names_in_appsettings_json_are_read_alike() => VerifyAsync("/pos/appsettings.json", """
{
  "Dukpt": { "Bdk": {|FG4003:"C4E19A7B30D52F86A1E47C93B05D28F6"|}, "Ksn": "FFFF9876543210E00000" },
  "Gateway": { "SignKey": {|FG4003:"Mw8r2Xq5"|}, "Authorization": "Basic {{credentials}}" }
}
""");
}
