using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.CardDataLoggedAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// FG1003 and the C# range forms of truncation (issue 18, set 15): a message built from <c>pan[^4..]</c>, or from a
/// local named like a PAN that is only ever given the last four digits, carries no PAN. Look-alikes: a range that
/// keeps the rest of the number (<c>pan[4..]</c>) and a PAN-named local also given the whole number.
/// </summary>
public class CardDataLoggedRangeMaskingTests
{
    private const string Types = """

public class PaymentMethod { public string CCNumber { get; set; } = ""; public string Name { get; set; } = ""; }
public interface ICrypto { string Decrypt(string cipher); }
""";

    [Fact]
    public Task Messages_with_only_the_last_four_digits_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using Microsoft.Extensions.Logging;
public class BillingController
{
    private readonly ILogger _logger;
    private readonly ICrypto _crypto;
    public BillingController(ILogger logger, ICrypto crypto) { _logger = logger; _crypto = crypto; }

    public void Failed(PaymentMethod paymentMethod, string account)
    {
        var cardNumberDetails = paymentMethod.Name == "CC" ? "with the card ending " + paymentMethod.CCNumber[^4..] : "";
        var messageError = $"Failed at updating payment method for {account} {cardNumberDetails}.";
        _logger.LogError(messageError);
        _logger.LogWarning($"card {paymentMethod.CCNumber[..6]}");
    }

    public void Declined(string encrypted, bool byCard, string account)
    {
        var cardNumber = string.Empty;
        if (byCard)
        {
            cardNumber = _crypto.Decrypt(encrypted)[^4..];
        }

        var cardNumberDetails = !string.IsNullOrEmpty(cardNumber) ? "with the card ending " + cardNumber : "";
        _logger.LogError($"Declined for {account} {cardNumberDetails}");
    }
}
""" + Types);

    [Fact]
    public Task Messages_with_more_of_the_number_stay_reported() => VerifyCS.VerifyAnalyzerAsync("""

using Microsoft.Extensions.Logging;
public class BillingController
{
    private readonly ILogger _logger;
    public BillingController(ILogger logger) => _logger = logger;

    public void Failed(PaymentMethod paymentMethod, string account, bool full)
    {
        var details = "card " + paymentMethod.CCNumber[4..];
        _logger.LogError({|FG1003:details|});

        var cardNumber = full ? paymentMethod.CCNumber : paymentMethod.CCNumber[^4..];
        _logger.LogError("card " + {|FG1003:cardNumber|});
    }
}
""" + Types);
}
