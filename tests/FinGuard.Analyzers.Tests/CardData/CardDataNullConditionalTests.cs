using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.CardDataLoggedAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// Null-conditional access (<c>order.Card?.CardNumber</c>, <c>card.Cvc?.Trim()</c>) yields the accessed value or null, so
/// card data read through it reaches a log as read through '.' does (FG1003; FG1004's claims in <see cref="CardDataClaimTests"/>).
/// Look-alikes: the last four digits, the number's length, a gift card's number, all read through '?.'.
/// </summary>
public class CardDataNullConditionalTests
{
    private const string Types = """

public class PaymentCard { public string CardNumber { get; set; } = ""; public string Cvc { get; set; } = ""; public string Last4 { get; set; } = ""; }
public class GiftCard { public string CardNumber { get; set; } = ""; }
public class Order { public PaymentCard Card { get; set; } public GiftCard Gift { get; set; } }
""";

    [Fact]
    public Task Card_data_read_through_null_conditional_access_is_reported() => VerifyCS.VerifyAnalyzerAsync("""
using Microsoft.Extensions.Logging;
public class Checkout
{
    public void Log(ILogger logger, Order order)
    {
        logger.LogInformation("Card {Card}", order.Card?{|FG1003:.CardNumber|});
        logger.LogInformation("Code {Code}", order.Card?{|FG1003:.Cvc|}.Trim());
    }
}
""" + Types);

    [Fact]
    public Task Safe_values_read_through_null_conditional_access_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""
using Microsoft.Extensions.Logging;
public class Checkout
{
    public void Log(ILogger logger, Order order)
    {
        logger.LogInformation("Card {Last4}", order.Card?.Last4);
        logger.LogInformation("Length {Length}", order.Card?.CardNumber?.Length);
        logger.LogInformation("Gift {Gift}", order.Gift?.CardNumber);
    }
}
""" + Types);
}
