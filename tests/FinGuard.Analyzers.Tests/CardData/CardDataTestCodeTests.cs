using VerifyPan = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.PanMemberAnalyzer>;
using VerifySad = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.SensitiveAuthenticationDataAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// FG1001/FG1002 and test code: request models and fixtures in test projects hold fake cards, so members there are not
/// reported (a real PAN literal in a test is still FG1006's). Look-alikes: product code next to a test folder, folders
/// that only contain "test" in another word, test-project folders far above the file.
/// </summary>
public class CardDataTestCodeTests
{
    private const string Model = @"
public class CardModel
{
    public string CardNumber { get; set; } = """";
    public string Cvv { get; set; } = """";
}";

    private const string ReportedModel = @"
public class CardModel
{
    public string {|FG1001:CardNumber|} { get; set; } = """";
    public string Cvv { get; set; } = """";
}";

    private const string ReportedSadModel = @"
public class CardModel
{
    public string CardNumber { get; set; } = """";
    public string {|FG1002:Cvv|} { get; set; } = """";
}";

    private static Task VerifyPanAsync(string path, string source)
    {
        var test = new VerifyPan.Test();
        test.TestState.Sources.Add((path, source));
        return test.RunAsync();
    }

    private static Task VerifySadAsync(string path, string source)
    {
        var test = new VerifySad.Test();
        test.TestState.Sources.Add((path, source));
        return test.RunAsync();
    }

    [Theory]
    [InlineData("/repo/CardApp/UnitTest/CardModel.cs")]
    [InlineData("/repo/src/Shop.Tests/Models/CardModel.cs")]
    [InlineData("/repo/src/Shop.IntegrationTest/CardModel.cs")]
    [InlineData("/repo/src/Shop/CardModelTests.cs")]
    public async Task Members_in_test_code_are_not_reported(string path)
    {
        await VerifyPanAsync(path, Model);
        await VerifySadAsync(path, Model);
    }

    [Theory]
    [InlineData("/repo/src/Shop/Models/CardModel.cs")]
    [InlineData("/repo/src/Shop.Testing.Contracts/CardModel.cs")]
    [InlineData("/repo/src/Attestation/Models/CardModel.cs")]
    [InlineData("/work/Acme.Tests/checkout/src/Shop/Models/CardModel.cs")]
    public async Task Members_in_product_code_are_still_reported(string path)
    {
        await VerifyPanAsync(path, ReportedModel);
        await VerifySadAsync(path, ReportedSadModel);
    }
}
