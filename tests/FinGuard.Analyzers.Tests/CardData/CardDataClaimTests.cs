using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.CardDataPersistedAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// FG1004 on claims: <c>new Claim(type, value)</c> with a card number or security code puts it into the cookie or JWT,
/// which any holder can read (issue 18, sets 8 and 13), also when it is read through null-conditional access
/// (<c>user.Card?.Number</c>, <c>card.Cvv?.ToString()</c>). Look-alikes: the last four digits, masked numbers, the card's
/// id or length, a gift card's number, claim types that merely name card data.
/// </summary>
public class CardDataClaimTests
{
    private const string Types = """

public class PaymentCard { public int Id { get; set; } public string CardNumber { get; set; } = ""; public long? Cvv { get; set; } public string Last4 { get; set; } = ""; public string MaskedNumber { get; set; } = ""; }
public class GiftCard { public string CardNumber { get; set; } = ""; }
public class Account { public string Email { get; set; } = ""; public PaymentCard Card { get; set; } public GiftCard Gift { get; set; } }
""";

    [Fact]
    public Task Card_data_put_into_claims_is_reported() => VerifyCS.VerifyAnalyzerAsync("""
using System.Collections.Generic;
using System.Security.Claims;
public class TokenIssuer
{
    public List<Claim> Claims(Account account, PaymentCard card)
    {
        return new List<Claim>
        {
            new Claim("email", account.Email),
            new Claim("pan", {|FG1004:card.CardNumber|}),
            new Claim("cardNumber", account.Card?{|FG1004:.CardNumber|}),
            new Claim("cvv", {|FG1004:account.Card.Cvv|}?.ToString(), ClaimValueTypes.Integer64),
        };
    }
}
""" + Types);

    [Fact]
    public Task Safe_forms_and_non_payment_cards_in_claims_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""
using System.Collections.Generic;
using System.Security.Claims;
public class TokenIssuer
{
    public List<Claim> Claims(Account account)
    {
        return new List<Claim>
        {
            new Claim("cardNumber", account.Card?.Last4),
            new Claim("cardMasked", account.Card?.MaskedNumber),
            new Claim("cardId", account.Card?.Id.ToString()),
            new Claim("cardLength", account.Card?.CardNumber?.Length.ToString()),
            new Claim("giftCard", account.Gift?.CardNumber),
            new Claim("cvv", "checked"),
        };
    }
}
""" + Types);
}
