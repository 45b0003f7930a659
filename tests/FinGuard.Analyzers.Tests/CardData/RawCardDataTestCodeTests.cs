using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.RawCardDataToProcessorAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// FG1005 and test code: a processor SDK's test suite sends published test cards to the sandbox in every fixture, so
/// test projects and files in test folders are not reported. Look-alikes: product code in folders or projects whose
/// names only contain "test" inside another word, and product code beside a test folder.
/// </summary>
public class RawCardDataTestCodeTests
{
    private const string Fixture = @"
using AuthorizeNet.Api.Contracts.V1;
public class ChargeFixture
{
    public creditCardType Card() => new creditCardType { cardNumber = ""4111111111111111"", expirationDate = ""0645"", cardCode = ""123"" };

    public void Aim(System.Collections.Specialized.NameValueCollection form) => form.Add(""x_card_num"", ""4111111111111111"");
}";

    private const string ReportedFixture = @"
using AuthorizeNet.Api.Contracts.V1;
public class ChargeFixture
{
    public creditCardType Card() => new creditCardType { {|FG1005:cardNumber = ""4111111111111111""|}, expirationDate = ""0645"", {|FG1005:cardCode = ""123""|} };

    public void Aim(System.Collections.Specialized.NameValueCollection form) => {|FG1005:form.Add(""x_card_num"", ""4111111111111111"")|};
}";

    private static Task VerifyAsync(string path, string source, string? assemblyName = null)
    {
        var test = new VerifyCS.UnresolvedTest();
        test.TestState.Sources.Add((path, source));
        if (assemblyName != null)
        {
            test.SolutionTransforms.Add((solution, projectId) => solution.WithProjectAssemblyName(projectId, assemblyName));
        }

        return test.RunAsync();
    }

    [Theory]
    [InlineData("/repo/AuthorizeNETtest/Api/ChargeFixture.cs")]
    [InlineData("/repo/test/Shop.Tests.Integration/ChargeFixture.cs")]
    [InlineData("/repo/src/Shop.IntegrationTests/Fixtures/ChargeFixture.cs")]
    public Task Test_folders_send_test_cards_to_the_sandbox(string path) => VerifyAsync(path, Fixture);

    [Theory]
    [InlineData("AuthorizeNETtest")]
    [InlineData("Shop.Tests.Integration")]
    public Task Test_projects_send_test_cards_to_the_sandbox(string assemblyName) => VerifyAsync("/repo/Fixtures/ChargeFixture.cs", Fixture, assemblyName);

    [Theory]
    [InlineData("/repo/src/Shop.Payments/ChargeFixture.cs", null)]
    [InlineData("/repo/src/Contest/Payments/ChargeFixture.cs", "Contest")]
    [InlineData("/repo/src/Shop.Testimonials/ChargeFixture.cs", "Shop.Testimonials")]
    [InlineData("/repo/tests/Samples/Payments/Checkout/ChargeFixture.cs", null)]
    public Task Product_code_is_reported(string path, string? assemblyName) => VerifyAsync(path, ReportedFixture, assemblyName);
}
