using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<FinGuard.Analyzers.CardData.SensitiveAuthenticationDataAnalyzer, FinGuard.CodeFixes.CardData.SensitiveAuthenticationDataFixer>;

namespace FinGuard.Analyzers.Tests.CardData;

public class SensitiveAuthenticationDataFixerTests
{
    [Fact]
    public Task Stored_codes_and_their_writes_are_removed() => VerifyCS.VerifyCodeFixAsync("""

public class SavedCard
{
    public string CardToken { get; set; } = "";
    public string {|FG1002:Cvv|} { get; set; } = "";
    private string? {|FG1002:_pinBlock|};
    public int ExpMonth { get; set; }

    public static SavedCard From(string token, string cvv, int month)
    {
        var card = new SavedCard { CardToken = token, Cvv = cvv, ExpMonth = month };
        card.Cvv = cvv;
        card._pinBlock = null;
        return card;
    }
}
""", """

public class SavedCard
{
    public string CardToken { get; set; } = "";
    public int ExpMonth { get; set; }

    public static SavedCard From(string token, string cvv, int month)
    {
        var card = new SavedCard { CardToken = token, ExpMonth = month };
        return card;
    }
}
""");

    [Fact]
    public Task No_fix_when_the_code_is_read_or_the_write_has_side_effects()
    {
        const string source = """

public class SavedCard
{
    public string {|FG1002:Cvv|} { get; set; } = "";
    public string {|FG1002:Cvc|} { get; set; } = "";
    public bool HasCode() => Cvv.Length > 0;
    public void Set(System.Func<string> read) { Cvc = read(); }
}
public record CardPayload(string CardToken, string {|FG1002:Cvc|});
""";
        return VerifyCS.VerifyCodeFixAsync(source, source);
    }

    // The order-independence dotnet format needs: removing the code first must also drop the forward to Stripe,
    // in another file, or FG1002 would stay unfixable until FG1005's fix had run.
    [Fact]
    public Task A_code_only_forwarded_to_a_processor_is_removed_with_the_forward_in_another_file() => new VerifyCS.Test
    {
        TestState =
        {
            Sources =
            {
                ("CheckoutRequest.cs", """

public sealed class CheckoutRequest
{
    public string PaymentMethodId { get; set; } = "";
    public string {|FG1002:Cvc|} { get; set; } = "";
}
"""),
                ("Payments.cs", @"
using Stripe;
public static class Payments
{
    public static PaymentMethodCardOptions Card(CheckoutRequest request) => new PaymentMethodCardOptions { Token = request.PaymentMethodId, Cvc = request.Cvc };
    public static TokenCvcUpdateOptions Update(CheckoutRequest request)
    {
        var options = new TokenCvcUpdateOptions();
        options.Cvc = request.Cvc;
        return options;
    }
}"),
            },
        },
        FixedState =
        {
            Sources =
            {
                ("CheckoutRequest.cs", """

public sealed class CheckoutRequest
{
    public string PaymentMethodId { get; set; } = "";
}
"""),
                ("Payments.cs", @"
using Stripe;
public static class Payments
{
    public static PaymentMethodCardOptions Card(CheckoutRequest request) => new PaymentMethodCardOptions { Token = request.PaymentMethodId };
    public static TokenCvcUpdateOptions Update(CheckoutRequest request)
    {
        var options = new TokenCvcUpdateOptions();
        return options;
    }
}"),
            },
        },
    }.RunAsync();

    [Fact]
    public Task No_fix_when_the_code_is_forwarded_anywhere_but_a_processor_security_code_member()
    {
        var test = new VerifyCS.Test
        {
            TestState =
            {
                Sources =
                {
                    ("CheckoutRequest.cs", """

public sealed class CheckoutRequest
{
    public string {|FG1002:Cvc|} { get; set; } = "";
}
"""),
                    ("Audit.cs", """

public sealed class AuditEntry { public string Note { get; set; } = ""; }
public static class Audit
{
    public static AuditEntry Entry(CheckoutRequest request) => new AuditEntry { Note = request.Cvc };
}
"""),
                },
            },
        };
        test.FixedState.MarkupHandling = Microsoft.CodeAnalysis.Testing.MarkupMode.Allow;
        test.FixedState.InheritanceMode = Microsoft.CodeAnalysis.Testing.StateInheritanceMode.AutoInheritAll;
        return test.RunAsync();
    }
}
