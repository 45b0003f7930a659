using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Secrets.SecretLiteralAnalyzer>;
using VerifyConfig = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Secrets.CommittedSecretAnalyzer>;

namespace FinGuard.Analyzers.Tests.Secrets;

/// <summary>
/// FG4001 on private keys in code by their format (a PEM private key block, an RSA key in .NET's XML form with its
/// private exponent), whatever the literal is named or returned from; FG4003 on merchant keys in configuration.
/// Look-alikes: public keys (PEM or XML with modulus and exponent only), certificates, truncated examples, test code,
/// and key names that only name a merchant.
/// </summary>
public class PrivateKeyLiteralTests
{
    private static Task VerifyAsync(string path, string source)
    {
        var test = new VerifyCS.Test();
        test.TestState.Sources.Add((path, source));
        return test.RunAsync();
    }

    [Fact]
    public Task Private_keys_in_code_are_reported() => VerifyAsync("/repo/src/Shop/Keys.cs", """
public static class KeyStore
{
    public static string Get(string name)
    {
        switch (name)
        {
            case "signing":
                return {|FG4001:"<RSAKeyValue><Modulus>q6tP3Fndiq5x7g1t3TomKBYwJKjJEb658NmHFkDok7m7ng4m2IwWZvMW60buxRdXxAoC10YOygbch</Modulus><Exponent>AQAB</Exponent><P>7pQ2dL1mX9vK4rT8yW3zN6bH5cJ0aS2eF7gU1iO4pM8</P><Q>xR3tY6uI9oP2aS5dF8gH1jK4lZ7xC0vB3nM6qW9eR2t</Q><D>Zk8Lm2Qp5Rt8Wv1Xy4Za7Bc0De3Fg6Hi9Jk2Lm5No8Pq1Rs4Tu7Vw0Xy3Za6Bc9De</D></RSAKeyValue>"|};
            default:
                return "";
        }
    }

    public const string Pem = {|FG4001:"-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEAq6tP3Fndiq5x7g1t3TomKBYwJKjJEb658NmHFkDok7m7ng4m\n2IwWZvMW60buxRdXxAoC10YOygbch+kIpqYDyozs2eUNccuQQq4XJnU9xPe5KXZp\n-----END RSA PRIVATE KEY-----"|};
}
""");

    [Fact]
    public Task Public_keys_certificates_examples_and_test_code_are_not_reported() => VerifyAsync("/repo/src/Shop/Keys.cs", """
public static class KeyStore
{
    public const string ApiPublicKey = "<RSAKeyValue><Modulus>q6tP3Fndiq5x7g1t3TomKBYwJKjJEb658NmHFkDok7m7ng4m2IwWZvMW60buxRdXxAoC10YOygbch</Modulus><Exponent>AQAB</Exponent></RSAKeyValue>";
    public const string PublicPem = "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAq6tP3Fndiq5x7g1t3TomKBYw\n-----END PUBLIC KEY-----";
    public const string Certificate = "-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJ\n-----END CERTIFICATE-----";
    public const string Example = "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----";
    public const string Header = "-----BEGIN PRIVATE KEY-----";
}
""");

    [Fact]
    public Task Private_keys_in_test_fixtures_are_not_reported() => VerifyAsync("/repo/tests/Shop.Tests/Keys.cs", """
public static class TestKeys
{
    public const string Pem = "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEAq6tP3Fndiq5x7g1t3TomKBYwJKjJEb658NmHFkDok7m7ng4m\n2IwWZvMW60buxRdXxAoC10YOygbch+kIpqYDyozs2eUNccuQQq4XJnU9xPe5KXZp\n-----END RSA PRIVATE KEY-----";
}
""");

    [Fact]
    public Task Merchant_keys_in_configuration_are_reported()
    {
        var test = new VerifyConfig.Test { TestCode = "public class Program { }" };
        test.TestState.AdditionalFiles.Add(("/app/Web.config", """
<configuration>
  <appSettings>
    <add key="GoogleMerchantID" value="161916588320663" />
    <add key="GoogleMerchantKey" value={|FG4003:"opqwMzfVUH4MFkdGyMNC1w"|} />
    <add key="MerchantKeyId" value="mk_4Kq7Wm2Xp5Rv8" />
    <add key="MerchantKey" value="YOUR_MERCHANT_KEY" />
  </appSettings>
</configuration>
"""));
        return test.RunAsync();
    }
}
