using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Secrets.SecretLiteralAnalyzer>;

namespace FinGuard.Analyzers.Tests.Secrets;

/// <summary>
/// FG4001 on set 21: a property getter that returns a literal (the fallback of an unset setting) holds it under the
/// property's name, misspellings of "secret" included ("Seceret"). Look-alikes: a getter returning a placeholder or a
/// non-secret name, an API key returned beside a property for its paired secret (the public half), and a method's return.
/// </summary>
public class GetterFallbackSecretTests
{
    [Fact]
    public Task A_secret_returned_by_a_property_getter_is_reported() => VerifyCS.VerifyAnalyzerAsync("""

public static class ExchangeSettings
{
    public static string LedgerSeceretKey
    {
        get
        {
            string configured = System.Environment.GetEnvironmentVariable("LEDGER_SECRET");
            if (string.IsNullOrEmpty(configured))
            {
                return {|FG4001:"9c1e7a4b-52fd0e83-a6b9c2d1-7f403"|};
            }

            return configured;
        }
    }

    public static string BrokerSecretKey => {|FG4001:"Qm7vT2xK9pL4wR8nZ3cF6hJ1bD5gS0aE"|};
}
""", null);

    [Fact]
    public Task Placeholders_plain_names_paired_api_keys_and_method_returns_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

public static class ExchangeSettings
{
    public static string LedgerSecretKey
    {
        get { return "your-secret-key-here"; }
    }

    public static string LedgerRegion
    {
        get { return "Qm7vT2xK9pL4wR8nZ3cF6hJ1bD5gS0aE"; }
    }

    public static string BrokerApiKey
    {
        get { return "b7d41e0c-93aa-4f2e-8c61-2d05f9e7a318"; }
    }

    public static string BrokerSecretKey => System.Environment.GetEnvironmentVariable("BROKER_SECRET");

    public static string DescribeSecretKey() { return "Qm7vT2xK9pL4wR8nZ3cF6hJ1bD5gS0aE"; }
}
""", null);
}
