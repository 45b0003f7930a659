using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<FinGuard.Analyzers.CardData.PanMemberAnalyzer, FinGuard.CodeFixes.CardData.PanMemberFixer>;

namespace FinGuard.Analyzers.Tests.CardData;

public class PanMemberFixerTests
{
    [Fact]
    public Task Property_becomes_a_token_member_and_its_uses_follow() => VerifyCS.VerifyCodeFixAsync("""

public class CheckoutRequest
{
    public string {|FG1001:CardNumber|} { get; set; } = "";
    public long AmountInCents { get; set; }
}
public class CheckoutService
{
    public string Describe(CheckoutRequest request)
    {
        var copy = new CheckoutRequest { CardNumber = request.CardNumber };
        return nameof(CheckoutRequest.CardNumber) + copy.CardNumber;
    }
}
""", """

public class CheckoutRequest
{
    public string CardToken { get; set; } = "";
    public long AmountInCents { get; set; }
}
public class CheckoutService
{
    public string Describe(CheckoutRequest request)
    {
        var copy = new CheckoutRequest { CardToken = request.CardToken };
        return nameof(CheckoutRequest.CardToken) + copy.CardToken;
    }
}
""");

    [Fact]
    public Task Field_parameter_and_record_member_keep_their_naming_style() => VerifyCS.VerifyCodeFixAsync("""

public record PaymentDto(string {|FG1001:CreditCardNumber|}, int ExpMonth);
public class Charger
{
    private string {|FG1001:_cardNumber|} = "";
    public PaymentDto Build(string {|FG1001:pan|}, int month)
    {
        _cardNumber = pan;
        var dto = new PaymentDto(CreditCardNumber: pan, ExpMonth: month);
        return dto with { CreditCardNumber = _cardNumber + dto.CreditCardNumber };
    }
}
""", """

public record PaymentDto(string CreditCardToken, int ExpMonth);
public class Charger
{
    private string _cardToken = "";
    public PaymentDto Build(string cardToken, int month)
    {
        _cardToken = cardToken;
        var dto = new PaymentDto(CreditCardToken: cardToken, ExpMonth: month);
        return dto with { CreditCardToken = _cardToken + dto.CreditCardToken };
    }
}
""");

    [Fact]
    public Task Uses_in_other_documents_are_renamed_too()
    {
        var test = new VerifyCS.Test();
        test.TestState.Sources.Add(("Dto.cs", "public class PayRequest { public string {|FG1001:CardNumber|} { get; set; } = \"\"; }"));
        test.TestState.Sources.Add(("Controller.cs", "public class PayController { public string Get(PayRequest r) => r.CardNumber; }"));
        test.FixedState.Sources.Add(("Dto.cs", "public class PayRequest { public string CardToken { get; set; } = \"\"; }"));
        test.FixedState.Sources.Add(("Controller.cs", "public class PayController { public string Get(PayRequest r) => r.CardToken; }"));
        return test.RunAsync();
    }

    [Fact]
    public Task No_fix_when_the_token_name_is_taken_or_the_type_is_not_a_string()
    {
        const string source = """

public class Wallet
{
    public string {|FG1001:CardNumber|} { get; set; } = "";
    public string CardToken { get; set; } = "";
    public long {|FG1001:Pan|} { get; set; }
}
""";
        var test = new VerifyCS.Test { TestCode = source, FixedCode = source };
        return test.RunAsync();
    }
}
