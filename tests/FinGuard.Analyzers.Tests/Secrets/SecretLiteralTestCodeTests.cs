using FinGuard.Analyzers.Secrets;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Secrets.SecretLiteralAnalyzer>;

namespace FinGuard.Analyzers.Tests.Secrets;

/// <summary>
/// FG4001 in test code and before restore. A processor SDK's own test suite configures its gateway with sandbox
/// placeholders in every fixture, and integration tests hold local database passwords: test code, recognised by the
/// project (assembly name, test framework) or the file's folder, is not reported, except for live Stripe keys.
/// A credential written into a member named like a secret is reported also when the SDK type does not bind.
/// </summary>
public class SecretLiteralTestCodeTests
{
    private static Task VerifyAsync(string path, string source, string? assemblyName = null, bool withSdks = true, bool compilerErrors = false)
    {
        // compilerErrors: code that does not compile (a type that does not bind), compiler diagnostics not verified.
        CSharpAnalyzerTest<SecretLiteralAnalyzer, DefaultVerifier> test = compilerErrors ? new VerifyCS.UnresolvedTest(withPackages: true) : new VerifyCS.Test();
        test.TestState.Sources.Add((path, source));
        if (withSdks)
        {
            test.TestState.Sources.Add(("/repo/src/Sdks.cs", SdkStubs.Source));
        }

        if (assemblyName != null)
        {
            test.SolutionTransforms.Add((solution, projectId) => solution.WithProjectAssemblyName(projectId, assemblyName));
        }

        return test.RunAsync();
    }

    private const string GatewayFixture = """
public class GatewayFixture
{
    public Braintree.BraintreeGateway Create() => new Braintree.BraintreeGateway
    {
        MerchantId = "integration_merchant_id",
        PublicKey = "integration_public_key",
        PrivateKey = "integration_private_key",
    };

    public Braintree.BraintreeGateway Partner() => new Braintree.BraintreeGateway { PrivateKey = "b7c1e9f0a2d4" };

    public string Database = "Server=localhost,1433;Database=PaymentsTest;User Id=sa;Password=Zx8Qp2Lm!v7;";
}
""";

    [Theory]
    [InlineData("/repo/test/Shop.Tests.Integration/GatewayFixture.cs")]
    [InlineData("/repo/tests/Shop.Tests/Fixtures/GatewayFixture.cs")]
    [InlineData("/repo/Shop.Test.Unit/GatewayFixture.cs")]
    [InlineData("/repo/ShopAPItest/Setup/GatewayFixture.cs")]
    public Task Sdk_slots_and_connection_strings_in_test_folders_are_not_reported(string path)
        => VerifyAsync(path, GatewayFixture);

    [Theory]
    [InlineData("Shop.Tests.Integration")]
    [InlineData("AuthorizeNETtest")]
    public Task Sdk_slots_in_test_projects_are_not_reported(string assemblyName)
        => VerifyAsync("/repo/Fixtures/GatewayFixture.cs", GatewayFixture, assemblyName);

    [Fact]
    public Task Live_stripe_keys_are_reported_in_test_code_too() => VerifyAsync("/repo/tests/Shop.Tests/Keys.cs", """
public class Keys
{
    public string Live = {|FG4001:"sk_live_51HqLyjWDarjtT1zdp7dc9QxZ"|};
}
""");

    // Look-alikes of test folders and test assembly names: product code.
    [Theory]
    [InlineData("/repo/src/Shop.Testing/GatewayFixture.cs", null)]
    [InlineData("/repo/src/Latest/GatewayFixture.cs", null)]
    [InlineData("/repo/src/Contest/GatewayFixture.cs", "Contest")]
    [InlineData("/repo/src/Shop/GatewayFixture.cs", "Shop.Testimonials")]
    public Task Sdk_slots_in_product_code_are_reported(string path, string? assemblyName) => VerifyAsync(path, """
public class GatewayFixture
{
    public Braintree.BraintreeGateway Create() => new Braintree.BraintreeGateway
    {
        MerchantId = "integration_merchant_id",
        PrivateKey = {|FG4001:"b7c1e9f0a2d4"|},
    };

    public string Database = {|FG4001:"Server=db;Database=Payments;User Id=app;Password=Zx8Qp2Lm!v7;"|};
}
""", assemblyName);

    // Before restore the SDK type does not bind: the member name still says what the literal is.
    [Fact]
    public Task Credentials_written_into_members_named_like_secrets_are_reported_when_the_type_does_not_bind() => VerifyAsync("/repo/Web/Checkout.aspx.cs", """
public class Checkout
{
    public void Pay()
    {
        var gateway = new BraintreeGateway
        {
            MerchantId = "mjff7p7mgb4qmp77",
            PublicKey = "p78kxf6s7zhb8z8x",
            PrivateKey = {|FG4001:"c747edab3bb504dc5fb9606a1716ccd7"|},
        };
        var settings = new Settings();
        settings.ClientSecret = {|FG4001:"EPWkk1FgRc8poOotONxToq1bVx5avy0p"|};
        settings.TransactionKey = {|FG4001:"4Kq7Wm2Xp5Rv8Tz9"|};
    }
}
public class Settings
{
    public string ClientSecret { get; set; } = "";
    public string TransactionKey { get; set; } = "";
}
""", withSdks: false, compilerErrors: true);

    // Look-alikes: placeholders, public identifiers, non-secret names, key names and test code.
    [Fact]
    public Task Assignments_of_placeholders_and_non_secret_members_are_not_reported() => VerifyAsync("/repo/Web/Checkout.aspx.cs", """
public class Checkout
{
    public void Pay()
    {
        var gateway = new BraintreeGateway
        {
            MerchantId = "mjff7p7mgb4qmp77",
            PublicKey = "p78kxf6s7zhb8z8x",
            PrivateKey = "integration_private_key",
        };
        var settings = new Settings();
        settings.ClientSecret = "YOUR_CLIENT_SECRET";
        settings.ApiKeyHeader = "X-Api-Key-2024";
        settings.SecretKeyName = "Stripe:SecretKey";
        settings.Password = "";
        settings.PasswordHash = "AQAAAAEAACcQAAAAEH9x2k3";
        settings.OrderId = "ord4Kq7Wm2Xp5Rv8";
    }
}
public class Settings
{
    public string ClientSecret { get; set; } = "";
    public string ApiKeyHeader { get; set; } = "";
    public string SecretKeyName { get; set; } = "";
    public string Password { get; set; } = "";
    public string PasswordHash { get; set; } = "";
    public string OrderId { get; set; } = "";
}
""", withSdks: false, compilerErrors: true);
}
