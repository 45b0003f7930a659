using Microsoft.CodeAnalysis.CSharp;
using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.Tests.Shared;

public class TestProjectsTests
{
    [Theory]
    [InlineData("/repo/src/Shop.Tests/Orders/OrderFlow.cs")]
    [InlineData("/repo/Shop.E2ETests/Infrastructure/Client.cs")]
    [InlineData("/repo/test/Helpers.cs")]
    [InlineData("C:\\repo\\Shop.IntegrationTests\\Api\\Setup.cs")]
    [InlineData("/repo/src/Shop/Checkout/CheckoutTests.cs")]
    [InlineData("/repo/test/Shop.Tests.Integration/Infrastructure/Client.cs")]
    [InlineData("/repo/Shop.Test.Unit/Setup.cs")]
    [InlineData("/repo/ShopAPItest/Api/Setup.cs")]
    [InlineData("/repo/GatewaySdkTest/Charges.cs")]
    [InlineData("/repo/Gateway2Tests/Api/Charges.cs")]
    public void Files_in_test_folders_or_named_like_tests_are_test_code(string path)
        => Assert.True(TestProjects.IsTestFile(CSharpSyntaxTree.ParseText("class C { }", path: path)));

    [Theory]
    [InlineData("/repo/src/Shop/Checkout/CheckoutService.cs")]
    [InlineData("/repo/tests/Shop.Samples/Corpus/Payments/Gateway.cs")]
    [InlineData("/repo/src/Shop/Testing/Latest.cs")]
    [InlineData("/repo/src/Shop.Testimonials/Reviews/Review.cs")]
    [InlineData("/repo/src/Contest/Entries/Entry.cs")]
    [InlineData("/repo/src/LATEST/Entries/Entry.cs")]
    [InlineData("/repo/src/ABTest/Variants/Variant.cs")]
    [InlineData("/repo/src/Shop.Contests/Entries/Entry.cs")]
    [InlineData("")]
    public void Product_files_are_not_test_code(string path)
        => Assert.False(TestProjects.IsTestFile(CSharpSyntaxTree.ParseText("class C { }", path: path)));
}
