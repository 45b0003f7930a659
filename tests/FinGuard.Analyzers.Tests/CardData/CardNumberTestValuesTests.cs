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

    // Issue 18, set 17: the PayTR/Paynet (Asseco EST) and Flutterwave published test cards; a Luhn-valid number one
    // account digit away from each is still reported.
    [Fact]
    public Task Published_turkish_pos_and_flutterwave_test_cards_are_silent_in_test_folders() => VerifyAsync("/repo/tests/Pos.Tests/ZiraatTests.cs", """
public class ZiraatTests
{
    public string EstVisa = "4355084355084358";
    public string EstMaster = "5406675406675403";
    public string RaveMaster = "5438898014560229";
    public string RaveVisa = "4187427415564246";
    public string NearEst = {|FG1006:"4355084355081271"|};
    public string NearRave = {|FG1006:"5438898014561003"|};
}
""");

    // Issue 18, set 25: iyzico's and Mercado Pago's published test cards; a Luhn-valid number one account digit away
    // from one is still reported.
    [Fact]
    public Task Published_iyzico_and_mercado_pago_test_cards_are_silent_in_test_folders() => VerifyAsync("/repo/MercadoPago.CheckoutAPI.Tests/TestData.cs", """
public class TestData
{
    public string IyzicoHalkbank = "5528790000000008";
    public string IyzicoAkbankDebit = "5890040000000016";
    public string MercadoPagoMaster = "5031755734530604";
    public string MercadoPagoAmex = "371180303257522";
    public string MercadoPagoVisaDebit = "4002768694395619";
    public string NearMercadoPago = {|FG1006:"5031755734530620"|};
}
""");

    // Issue 18, set 25: a number typed as runs of counting digits in a unit test.
    [Fact]
    public Task Counting_digit_runs_are_silent_in_test_folders() => VerifyAsync("/repo/src/Cards.UnitTest/Mappers/ProfileTest.cs", """
public class ProfileTest
{
    public string Number = "2345-3456-4567-5678";
    public string Real = {|FG1006:"4539578763621486"|};
}
""");

    // Issue 18, set 18: Fondy's published cards in an SDK's test project named "...SdkTest" (no dot before "Test").
    [Fact]
    public Task Fondy_test_cards_are_silent_in_a_pascal_case_test_project_folder() => VerifyAsync("/repo/GatewaySdkTest/Pcidss.cs", """
public class Pcidss
{
    public string card_number = "4444555511116666";
    public string card_number_3ds = "4444555566661111";
    public string declined = "4444111166665555";
    public string Real = {|FG1006:"4539578763621486"|};
}
""");

    [Fact]
    public Task A_real_number_is_reported_in_a_product_folder_that_only_ends_in_test_letters() => VerifyAsync("/repo/Contest/Pcidss.cs", """
public class Pcidss
{
    public string card_number = {|FG1006:"4539578763621486"|};
}
""");

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

    // Issue 18, heldout: a processor SDK vendored as source ships its own sandbox catalogue (Braintree's SandboxValues
    // under the SDK's root namespace). The processor wrote those numbers for its sandbox, whatever their digits.
    [Fact]
    public Task Sandbox_catalogue_in_a_processor_sdk_namespace_is_silent() => VerifyAsync("/repo/src/Braintree/SandboxValues.cs", """
namespace Braintree
{
    public class SandboxValues
    {
        public class CreditCardNumber
        {
            public const string VISA = "4111111111111111";
            public const string HIPERCARD = "6062820524845321";
            public class AmexPayWithPoints { public const string SUCCESS = "371260714673002"; }
        }
        public class Dispute { public const string CHARGEBACK = "4023898493988028"; }
    }
}
""");

    // Look-alikes: a number the SDK does not declare as a sandbox or test value, and an application's own sandbox
    // catalogue in a namespace that only contains the processor's name.
    [Fact]
    public async Task Undeclared_sdk_numbers_and_an_apps_own_sandbox_catalogue_stay_reported()
    {
        var test = new VerifyCS.Test();
        test.TestState.Sources.Add(("/repo/src/Braintree/Defaults.cs", """
namespace Braintree
{
    public class Defaults
    {
        public const string FallbackCard = {|FG1006:"4539578763621486"|};
    }
}
namespace Shop.Braintree
{
    public class SandboxValues
    {
        public const string Hipercard = "6062820524845321";
    }
}
"""));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("FG1006", DiagnosticSeverity.Info).WithSpan("/repo/src/Braintree/Defaults.cs", 12, 41, 12, 59).WithArguments("************5321", "Maestro test"));
        await test.RunAsync();
    }

    // Issue 18, set 18: a branch taken only in a test or sandbox mode (the condition names it, or a comment right after
    // the condition says so) fills a form or a sample request with a published or synthetic test number.
    [Fact]
    public Task Test_numbers_in_a_test_mode_branch_are_silent_in_product_code() => VerifyAsync("/repo/src/Shop/Checkout.cs", """
public enum Mode { Live, Test }
public class Checkout
{
    public bool UseSandbox;
    public Mode Mode;
    public string Number = "";
    public string Body = "";
    public void Prefill(int page)
    {
        if (UseSandbox)
        {
            Number = "4242424242424242";
        }
        if (Mode == Mode.Test)
            Body = "{ \"number\": \"4111111111111111\" }";
        if (page > 180) // Testing
        {
            Number = "4901888877776666";
        }
    }
}
""");

    // Look-alikes: the else branch of a test-mode condition, a condition that names no test mode, and a real-looking
    // number in a test branch (a developer's own card pasted there is what PCI DSS 6.5.6 is about) stay at Info.
    [Fact]
    public async Task Else_branches_other_conditions_and_real_looking_numbers_in_test_branches_stay_info()
    {
        var test = new VerifyCS.Test();
        test.TestState.Sources.Add(("/repo/src/Shop/Prefill.cs", """
public class Prefill
{
    public bool UseSandbox;
    public bool IsLatest;
    public string Number = "";
    public void Fill(int page)
    {
        if (UseSandbox) { } else { Number = "4242424242424242"; }
        if (IsLatest) { Number = "4111111111111111"; }
        if (page > 180) // latest layout
        {
            Number = "4901888877776666";
        }
        if (UseSandbox) { Number = "4539578763621486"; }
    }
}
"""));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("FG1006", DiagnosticSeverity.Info).WithSpan("/repo/src/Shop/Prefill.cs", 8, 45, 8, 63).WithArguments("************4242", "Visa test"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("FG1006", DiagnosticSeverity.Info).WithSpan("/repo/src/Shop/Prefill.cs", 9, 34, 9, 52).WithArguments("************1111", "Visa test"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("FG1006", DiagnosticSeverity.Info).WithSpan("/repo/src/Shop/Prefill.cs", 12, 22, 12, 40).WithArguments("************6666", "Visa test"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("FG1006", DiagnosticSeverity.Info).WithSpan("/repo/src/Shop/Prefill.cs", 14, 36, 14, 54).WithArguments("************1486", "Visa test"));
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

    // A gateway's test-card catalogue and its self-test in product code: the number is a published or synthetic test
    // number AND the code files it as a test value (method, object creation, named argument, local function).
    [Fact]
    public Task Test_numbers_filed_as_test_values_are_silent_in_product_code() => VerifyAsync("/repo/src/Gateways/StripeGateway.cs", """
public record TestCard(bool Success, string Note, string Number);
public record Capabilities(bool Refund, TestCard[] TestCards);
public record SaleDetails(string CardNumber, string Cvv);
public class StripeGateway
{
    public Capabilities Describe() => new Capabilities(Refund: true, TestCards: new[]
    {
        new TestCard(true, "Visa Success", "4242424242424242"),
        new TestCard(false, "Visa processor declined", "4000111111111115"),
    });

    public object[] Catalogue() => new object[] { Card(testCards: "5555555555554444") };

    private static object Card(string testCards) => testCards;

    public void RunTests()
    {
        var visaSuccess = new SaleDetails("4111 1111 1111 1111", "123");
        var masterDeclined = new SaleDetails("5404000000000001", "123");
        string SelfTestAmex() => "378282246310005";
    }
}
""");

    // Look-alikes: a real-looking number in a self-test is still reported (at Info), a test number outside any
    // test-named place is still reported at Info, and names that only contain the letters ("Attest", "Contest") do not count.
    [Fact]
    public async Task Real_looking_numbers_in_self_tests_and_test_numbers_elsewhere_stay_info()
    {
        var test = new VerifyCS.Test();
        test.TestState.Sources.Add(("/repo/src/Gateways/PayGateway.cs", """
public record SaleDetails(string CardNumber);
public record ContestEntry(string CardNumber);
public class PayGateway
{
    public void RunTests() { var sale = new SaleDetails("5471196125289392"); }
    public void Attest() { var sale = new SaleDetails("4242424242424242"); }
    public object Enter() => new ContestEntry("4111111111111111");
}
"""));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("FG1006", DiagnosticSeverity.Info).WithSpan("/repo/src/Gateways/PayGateway.cs", 5, 57, 5, 75).WithArguments("************9392", "Mastercard test"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("FG1006", DiagnosticSeverity.Info).WithSpan("/repo/src/Gateways/PayGateway.cs", 6, 55, 6, 73).WithArguments("************4242", "Visa test"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("FG1006", DiagnosticSeverity.Info).WithSpan("/repo/src/Gateways/PayGateway.cs", 7, 47, 7, 65).WithArguments("************1111", "Visa test"));
        await test.RunAsync();
    }

    // Issue 18, set 16: in test code every class and method is named for tests, so a test name is no signal there. A
    // random-looking, brand-prefixed Luhn-valid number in 'class CardNumberTests' or 'const string TestVisa' may be a live
    // card (PCI DSS 6.5.5/6.5.6) and is reported as in product code; published and synthetic numbers stay silent.
    [Fact]
    public Task Real_looking_numbers_declared_as_test_values_are_reported_in_test_code() => VerifyAsync("/repo/tests/Shop.Domain.UnitTests/CardNumberTests.cs", """
public record CardNumber(string Value);
public class CardNumberTests
{
    private const string TestVisa = {|FG1006:"4916385027182633"|};
    public void Accepts_grouped_number() { var card = new CardNumber({|FG1006:"4916 3850 2718 2633"|}); }
    public void Accepts_stripe_number() { var card = new CardNumber("4242424242424242"); }
    public void Accepts_synthetic_number() { var card = new CardNumber("4000111111111115"); }
    public void Accepts_paypal_amex() { var card = new CardNumber("378734493671000"); }
}
public class SandboxFixtures
{
    public static readonly string TestCardNumber = {|FG1006:"5425233430109903"|};
    public static readonly string Prepaid = "4111111111111210";
}
""");

    // The same numbers in a test project recognised by its assembly name: the test-named type does not silence the
    // random-looking one, the published one stays silent.
    [Fact]
    public async Task Real_looking_numbers_in_test_named_types_are_reported_in_test_projects()
    {
        var test = new VerifyCS.Test { TestCode = """
public class PaymentTests
{
    public string Stripe = "4242424242424242";
    public string Random = {|FG1006:"4916385027182633"|};
}
""" };
        test.SolutionTransforms.Add((solution, projectId) => solution.WithProjectAssemblyName(projectId, "Payments.Tests"));
        await test.RunAsync();
    }

    // Product code keeps its test-card catalogues: a real-looking number declared as a test value there stays at Info.
    [Fact]
    public async Task Real_looking_numbers_declared_as_test_values_stay_info_in_product_code()
    {
        var test = new VerifyCS.Test();
        test.TestState.Sources.Add(("/repo/src/Shop/TestCards.cs", """
public class TestCards
{
    public const string Visa = "4916385027182633";
}
"""));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("FG1006", DiagnosticSeverity.Info).WithSpan("/repo/src/Shop/TestCards.cs", 3, 32, 3, 50).WithArguments("************2633", "Visa test"));
        await test.RunAsync();
    }

    // Issue 18, set 12: a 13-digit number whose six account digits use at most two distinct digits is a generated or
    // synthetic number (a card-number builder's first output for a BIN), silent in test code; a random six-digit
    // account part is not.
    [Fact]
    public Task Short_synthetic_numbers_are_silent_in_test_code() => VerifyAsync("/repo/tests/Bank.UnitTests/CardNumberBuilderTests.cs", """
public class CardNumberBuilderTests
{
    public string First = "4532010000006";
    public string Second = "4532010000105";
    public string Random = {|FG1006:"4532017381524"|};
}
""");

    // DateTime ticks (an order or payee reference from DateTime.Now.Ticks) have 18 digits starting 63 and may pass Luhn;
    // they are timestamps, not Maestro numbers. An 18-digit number outside the ticks of 2000-2040 is still judged.
    [Fact]
    public Task Date_time_ticks_are_not_card_numbers() => VerifyAsync("/repo/tests/Shop.Tests/OrderJsonTests.cs", """
public class OrderJsonTests
{
    public string Json = "{ \"orderReference\": \"639012345678901232\", \"created\": \"638999999999999991\" }";
    public string Random = {|FG1006:"676770123456789010"|};
}
""");
}
