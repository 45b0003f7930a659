using FinGuard.Analyzers.Shared;
using FinGuard.CodeFixes.Shared;

namespace FinGuard.Analyzers.Tests.Shared;

public class CardDataNamesTests
{
    [Theory]
    [InlineData("cardNumber", "card number")]
    [InlineData("card_no", "card no")]
    [InlineData("CCNum", "cc num")]
    [InlineData("PANHash", "pan hash")]
    [InlineData("cvv2", "cvv2")]
    [InlineData("CardLast4", "card last 4")]
    [InlineData("PrimaryAccountNumber", "primary account number")]
    [InlineData("_creditCardNumber", "credit card number")]
    public void Split_gives_lower_case_words(string identifier, string words)
        => Assert.Equal(words, string.Join(" ", IdentifierWords.Split(identifier)));

    [Theory]
    [InlineData("CardNumber")]
    [InlineData("cardNo")]
    [InlineData("CC_NUMBER")]
    [InlineData("pan")]
    [InlineData("creditcardnumber")]
    [InlineData("PrimaryAccountNumber")]
    [InlineData("DebitCard")]
    [InlineData("CreditNumber")]
    public void Pan_names_are_recognised(string name)
        => Assert.Equal(CardDataKind.Pan, CardDataNames.Classify(name, null, null, CardDataNameOptions.Empty));

    [Theory]
    [InlineData("ProductCard")]
    [InlineData("GiftCardCode")]
    [InlineData("GiftCardNumber")]
    [InlineData("giftcardnumber")]
    [InlineData("CardType")]
    [InlineData("CardBrand")]
    [InlineData("PageNumber")]
    [InlineData("OrderNumber")]
    [InlineData("PhoneNumber")]
    [InlineData("MaskedPan")]
    [InlineData("CardLast4")]
    [InlineData("CardToken")]
    [InlineData("CardFingerprint")]
    [InlineData("PanHash")]
    [InlineData("Panel")]
    [InlineData("Company")]
    [InlineData("Number")]
    [InlineData("AccountNumber")]
    [InlineData("CreditNoteNumber")]
    [InlineData("CreditLimit")]
    [InlineData("EncryptedCreditNumber")]
    public void Look_alikes_are_not_card_numbers(string name)
        => Assert.Equal(CardDataKind.None, CardDataNames.Classify(name, null, null, CardDataNameOptions.Empty));

    [Theory]
    [InlineData("CardNumber", "CardToken")]
    [InlineData("cardNumber", "cardToken")]
    [InlineData("_creditCardNumber", "_creditCardToken")]
    [InlineData("pan", "cardToken")]
    [InlineData("Pan", "CardToken")]
    [InlineData("card_no", "card_token")]
    [InlineData("CARD_NUMBER", "CARD_TOKEN")]
    [InlineData("CCNum", "CardToken")]
    [InlineData("PrimaryAccountNumber", "CardToken")]
    [InlineData("customerCardNumberValue", "customerCardTokenValue")]
    [InlineData("CreditCard", "CreditCardToken")]
    [InlineData("Number", "Token")]
    public void Token_names_keep_the_identifier_style(string name, string expected)
        => Assert.Equal(expected, TokenMemberNames.Suggest(name));
}
