using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.CardNumberLiteralAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

public class CardNumberLiteralAnalyzerTests
{
    [Fact]
    public Task Luhn_valid_card_numbers_in_literals_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

public class Fixtures
{
    public const string Visa = {|FG1006:"4539578763621486"|};
    public string Spaced = {|FG1006:"4539 5787 6362 1486"|};
    public string Dashed = {|FG1006:"5425-2334-3010-9903"|};
    public string Amex = {|FG1006:"374245455400126"|};
    public long Numeric = {|FG1006:4539578763621486L|};
    public string Sentence = {|FG1006:"charge card 4539578763621486 failed"|};
    public string Interpolated(int id) => $"{id}{|FG1006: card 4539578763621486|}";
}
""");

    [Fact]
    public async Task Known_test_numbers_are_reported_at_info()
    {
        var test = new VerifyCS.Test
        {
            TestCode = """public class Fixtures { public string Stripe = "4242424242424242"; }""",
        };
        test.ExpectedDiagnostics.Add(new DiagnosticResult("FG1006", DiagnosticSeverity.Info).WithSpan(1, 48, 1, 66).WithArguments("************4242", "Visa test"));
        await test.RunAsync();
    }

    [Fact]
    public Task Look_alike_digit_runs_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

public class Lookalikes
{
    public string Timestamp = "1700000000000";
    public long TimestampMs = 1732540800123L;
    public string Version = "4.539578763621486";
    public string Failing = "4539578763621487";
    public string TooShort = "453957876362";
    public string TooLong = "45395787636214861234";
    public string Zeros = "0000000000000000";
    public string Guid = "550e8400-e29b-41d4-a716-446655440000";
    public string OrderNumber = "ORD-4539578763621486";
    public string Hex = "ab4539578763621486";
    public string Phone = "+1 415 555 0100";
    public string Iban = "DE89370400440532013000";
    public string Masked = "453957******1486";
    public string Mixed = "4539 5787-6362 1486";
    public string NoBrand = "1234567812345670";
    public int Small = 424242;
}
""");

    [Fact]
    public async Task Test_numbers_are_allowed_in_test_projects()
    {
        var test = new VerifyCS.Test { TestCode = """public class Fixtures { public string Stripe = "4242424242424242"; public string Real = {|FG1006:"4539578763621486"|}; }""" };
        test.SolutionTransforms.Add((solution, projectId) => solution.WithProjectAssemblyName(projectId, "Payments.Tests"));
        await test.RunAsync();
    }

    // Issue 18, set 4: a wallet's device PAN or a network token has a card number's shape and Luhn digit by design; the
    // name it is given directly says so. A literal passed to a tokenizer is the PAN being tokenized.
    [Fact]
    public Task Network_tokens_and_device_pans_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

public class WalletSample
{
    public string NetworkToken { get; set; } = "4539578763621486";
    public string DevicePan = "4539578763621486";

    public object Run(WalletSample other)
    {
        string paymentInformationTokenizedCardNumber = "4539578763621486";
        other.DevicePan = "4539578763621486";
        var request = Build(tokenizedCardNumber: "4539578763621486");
        var token = Tokenize({|FG1006:"4539578763621486"|});
        string cardNumber = {|FG1006:"4539578763621486"|};
        return (paymentInformationTokenizedCardNumber, request, token, cardNumber);
    }

    private static object Build(string tokenizedCardNumber) => tokenizedCardNumber;
    private static string Tokenize(string pan) => pan;
}
""");
}
