using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.CardNumberLiteralAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// FG1006 and processor test numbers beyond the published list: synthetic numbers (the account digits use at most three
/// distinct digits, as processors' per-card-type and per-decline test numbers do) and numbers the code declares as
/// sandbox or test values are test numbers: silent in test code, Info in product code. Look-alikes: random-looking
/// numbers in test code and product code, names that only contain "test" inside another word.
/// </summary>
public class CardNumberTestValuesTests
{
    private static Task VerifyAsync(string path, string source)
    {
        var test = new VerifyCS.Test();
        test.TestState.Sources.Add((path, source));
        return test.RunAsync();
    }

    [Fact]
    public Task Synthetic_and_declared_test_numbers_are_silent_in_test_folders() => VerifyAsync("/repo/test/Shop.TestUtil/CardNumbers.cs", """
public class CardTypeIndicators
{
    public static readonly string Prepaid = "4111111111111210";
    public static readonly string Business = "4229989800000003";
    public static readonly string Maestro = "5066991111111118";
    public static readonly string ThreeDs = "4000000000001091";
}
public class FailsSandboxVerification
{
    public static readonly string Amex = "378734493671000";
}
public class Fixture
{
    public string Real = {|FG1006:"4539578763621486"|};
    public string RealAmex = {|FG1006:"374245455400126"|};
}
""");

    [Fact]
    public async Task Synthetic_and_declared_test_numbers_are_info_in_product_code()
    {
        var test = new VerifyCS.Test();
        test.TestState.Sources.Add(("/repo/src/Shop/SandboxValues.cs", """
public class SandboxValues
{
    public const string Hipercard = "6062820524845321";
}
public class Checkout
{
    public const string Fallback = "4229989800000003";
    public const string TestCardNumber = "374245455400126";
}
"""));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("FG1006", DiagnosticSeverity.Info).WithSpan("/repo/src/Shop/SandboxValues.cs", 3, 37, 3, 55).WithArguments("************5321", "Maestro test"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("FG1006", DiagnosticSeverity.Info).WithSpan("/repo/src/Shop/SandboxValues.cs", 7, 36, 7, 54).WithArguments("************0003", "Visa test"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("FG1006", DiagnosticSeverity.Info).WithSpan("/repo/src/Shop/SandboxValues.cs", 8, 42, 8, 59).WithArguments("***********0126", "American Express test"));
        await test.RunAsync();
    }

    // Random-looking account digits, names with "test" inside another word ("Latest", "Contest"), product code.
    [Fact]
    public Task Real_looking_numbers_stay_warnings() => VerifyAsync("/repo/src/Shop/Cards.cs", """
public class LatestCards
{
    public const string Contest = {|FG1006:"4539578763621486"|};
    public const string Attested = {|FG1006:"5425233430109903"|};
    public const string Dashed = {|FG1006:"5425-2334-3010-9903"|};
}
""");
}
