using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Secrets.SecretLiteralAnalyzer>;

namespace FinGuard.Analyzers.Tests.Secrets;

/// <summary>
/// Tuning pass on set 20 (issue 18): FG4001 reads a plural <c>secretsKey</c> as a secret key, a numbered bare key beside
/// an app id (ZaloPay's <c>appid</c> and <c>key1</c>) as the merchant's key, and a generated key holding a lone brace or
/// angle bracket as a key. Look-alikes: ZaloPay's published sandbox demo keys, a bare key without an app id, a word under
/// <c>key1</c>, other names beginning with key, templates and placeholders. All values are made up, except ZaloPay's
/// published ones.
/// </summary>
public class NamedKeyLiteralsTests
{
    [Fact]
    public Task A_plural_secrets_key_is_a_secret_key() => VerifyCS.VerifyUnresolvedWithPackagesAsync("""

public class Keys
{
    public static string secretsKey = {|FG4001:"B7D1E09A4C3F8265D0E4A9C17B3F5E82"|};
    public static string SECRETS_KEY = {|FG4001:"Vq3mT8zL1xRk6Wn9Pb4Yc7Hd2Js5Fg0A"|};
    public static string SecretsKeyName = "PaymentsSecret";
    public static string UserSession_Id = "User_Session_ID";
}
""");

    [Fact]
    public Task A_numbered_bare_key_beside_an_app_id_is_the_merchant_key_unless_published_for_the_sandbox() => VerifyCS.VerifyUnresolvedWithPackagesAsync("""

public class WalletOrders
{
    static string appid = "2817";
    static string key1 = {|FG4001:"Hq4nWz8rLk2VmT6xPc9bYd3Js7Ft1GaE"|};
    static string key2 = {|FG4001:"pR5kZ2vQ8mX1wL7cN4tB9yH3dJ6fG0sK"|};
    static string endpoint = "https://sandbox.wallet.example/v1/createorder";
}

public class ZaloSandboxDemo
{
    static string appid = "2553";
    static string key1 = "PcY4iZIKFCIdgZvA6ueMcMHHUbRLYjPL";
    static string key2 = "kLtgPl8HHhfvMuDHPwKfgfsY4Ydm9eIz";
}

public class CacheSlots
{
    static string region = "eu-west";
    static string key1 = "Hq4nWz8rLk2VmT6xPc9bYd3Js7Ft1GaE";
}

public class MenuConfig
{
    static string appid = "2817";
    static string key1 = "orders";
    static string keyboardLayout = "Zx8Qw2Lm5Pn9Rv3Tb6Yc1Hd4Js7Fg0Ak";
}
""");

    [Fact]
    public Task A_generated_key_with_a_lone_brace_is_reported_and_templates_are_not() => VerifyCS.VerifyUnresolvedWithPackagesAsync("""

public class BankClient
{
    public void Configure(System.Net.Http.HttpClient client)
    {
        client.DefaultRequestHeaders.Add("ApiKey", {|FG4001:";.RqkW#.|Z>mhr{?KtzhFyrvD;uWvg6%"|});
        client.DefaultRequestHeaders.Add("X-Api-Key", "{0}-{1}-key-2024-tenant");
        client.DefaultRequestHeaders.Add("X-Api-Key", "<api-key-2024-from-portal>");
    }
}
""");
}
