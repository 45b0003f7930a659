using FinGuard.Analyzers.Secrets;
using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Secrets.SecretLiteralAnalyzer>;

namespace FinGuard.Analyzers.Tests.Secrets;

/// <summary>
/// FG4001 (held-out set 18): a processor's token for a stored card or payment method (<c>payment.CardToken</c>,
/// <c>PaymentMethodToken</c>) references the card and authenticates nobody, live or in a commented-out test line.
/// Look-alikes: access and API tokens under the same shape of value and line are still credentials.
/// </summary>
public class StoredCardTokenNameTests
{
    [Theory]
    [InlineData("CardToken")]
    [InlineData("creditCardToken")]
    [InlineData("payment_method_token")]
    [InlineData("InstrumentToken")]
    public void Stored_card_token_names_are_not_token_credentials(string name) => Assert.False(SecretFormats.IsTokenName(name));

    [Theory]
    [InlineData("AccessToken")]
    [InlineData("DevToken")]
    [InlineData("MerchantToken")]
    [InlineData("CardApiToken")]
    public void Other_token_names_still_are(string name) => Assert.True(SecretFormats.IsTokenName(name));

    [Fact]
    public Task Card_tokens_assigned_or_commented_out_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

public class Payment { public string CardToken { get; set; } = ""; public string PaymentMethodToken { get; set; } = ""; }
public class Processor
{
    public void Prepare(Payment payment)
    {
//		payment.CardToken = "Kq3VwP8sZx1LmN6bRt0YcH5dJ2fGu7Ae9iOp4Ws";
        payment.CardToken = "Q8zLr2mP5vXn1TcK7wYb3HdJ9sFg4Ua6";
        payment.PaymentMethodToken = "7d1f0c9a3b8e4f26a5c0d9e8b7a6f5e4";
    }
}
""");

    [Fact]
    public Task Access_tokens_in_the_same_lines_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

public class Gateway { public string AccessToken { get; set; } = ""; }
public class Processor
{
    public void Prepare(Gateway gateway)
    {
//		gateway.AccessToken = {|FG4001:"Kq3VwP8sZx1LmN6bRt0YcH5dJ2fGu7Ae9iOp4Ws"|};
        gateway.AccessToken = {|FG4001:"Q8zLr2mP5vXn1TcK7wYb3HdJ9sFg4Ua6"|};
    }
}
""");
}
