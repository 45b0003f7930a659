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

    // Non-payment cards named by the member (BusCardNo) or by the type the number belongs to (MemberCard.CardNo).
    [Theory]
    [InlineData("BusCardNo", null)]
    [InlineData("MetroCardNumber", null)]
    [InlineData("CampusCardNo", null)]
    [InlineData("PatientCardNo", null)]
    [InlineData("IdCardNumber", null)]
    [InlineData("idcardno", null)]
    [InlineData("BizCardNo", null)]
    [InlineData("VipCardNo", null)]
    [InlineData("MembershipCardNumber", null)]
    [InlineData("smart_card_number", null)]
    [InlineData("SmartCardNumber", null)]
    [InlineData("smartcardno", null)]
    [InlineData("DecoderCardNo", null)]
    [InlineData("CardNo", "MemberCard")]
    [InlineData("CardNumber", "LoyaltyCardDto")]
    [InlineData("ExternalCardNo", "AlipayMemberCardOpenRequest")]
    [InlineData("TargetCardNo", "MarketingCardConsumeSyncModel")]
    [InlineData("CardNo", "TransitCardTopUpRequest")]
    public void Numbers_of_non_payment_cards_are_not_card_numbers(string name, string? containingType)
        => Assert.Equal(CardDataKind.None, CardDataNames.Classify(name, containingType, null, CardDataNameOptions.Empty));

    [Theory]
    [InlineData("CardNo", null)]
    [InlineData("BankCardNo", null)]
    [InlineData("CreditCardNo", null)]
    [InlineData("CardNo", "BankCardBindRequest")]
    [InlineData("CardNo", "MemberPaymentRequest")]
    [InlineData("CardNumber", "GiftCardPurchaseWithCreditCard")]
    [InlineData("CreditCardNumber", "Member")]
    [InlineData("CardNumber", "PaymentCard")]
    [InlineData("CardNumber", "SmartCheckoutRequest")]
    public void Payment_card_numbers_stay_card_numbers_beside_non_payment_words(string name, string? containingType)
        => Assert.Equal(CardDataKind.Pan, CardDataNames.Classify(name, containingType, null, CardDataNameOptions.Empty));

    // The multilingual vocabulary (CardDataForeignNames): card numbers in es, pt, fr, de, it, and their look-alikes.
    [Theory]
    [InlineData("NumeroTarjeta", null)]
    [InlineData("numeroDeTarjeta", null)]
    [InlineData("NumeroTarjetaCredito", null)]
    [InlineData("numerotarjeta", null)]
    [InlineData("NúmeroCartão", null)]
    [InlineData("NumeroCartao", null)]
    [InlineData("NumeroCarte", null)]
    [InlineData("Kartennummer", null)]
    [InlineData("KreditkartenNummer", null)]
    [InlineData("NumeroCarta", null)]
    [InlineData("Numero", "Tarjeta")]
    public void Card_numbers_named_in_other_languages_are_recognised(string name, string? containingType)
        => Assert.Equal(CardDataKind.Pan, CardDataNames.Classify(name, containingType, containingType == null ? null : new[] { "Numero", "FechaVencimiento", "CodigoSeguridad" }, CardDataNameOptions.Empty));

    [Theory]
    [InlineData("NumeroCuenta", null)]
    [InlineData("NumeroTarjetaRegalo", null)]
    [InlineData("NumeroTarjetaFidelidad", null)]
    [InlineData("TipoDeTarjeta", null)]
    [InlineData("IdTarjeta", null)]
    [InlineData("NumeroTarjetaEnmascarado", null)]
    [InlineData("UltimosDigitosTarjeta", null)]
    [InlineData("NumeroCarteCadeau", null)]
    [InlineData("Geschenkkartennummer", null)]
    [InlineData("NumeroCartaIdentita", null)]
    [InlineData("NumeroCartaPorte", null)]
    [InlineData("NumeroTarjetaDescuento", null)]
    [InlineData("NumeroPedido", null)]
    [InlineData("Numero", "Pedido")]
    [InlineData("Numero", "TarjetaRegalo")]
    public void Foreign_look_alikes_are_not_card_numbers(string name, string? containingType)
        => Assert.Equal(CardDataKind.None, CardDataNames.Classify(name, containingType, containingType == null ? null : new[] { "Numero", "FechaVencimiento" }, CardDataNameOptions.Empty));

    [Theory]
    [InlineData("GetCardTypeFromNumber", true)]
    [InlineData("GetCyberSourceCardType", true)]
    [InlineData("CleanCreditCardNumber", true)]
    [InlineData("NormalizeCardNumber", true)]
    [InlineData("SetType", false)]
    [InlineData("TypePayment", false)]
    [InlineData("SaveCard", false)]
    public void Card_type_detection_and_clean_up_helpers_are_checking_helpers(string method, bool expected)
        => Assert.Equal(expected, CardDataNames.IsCardCheckingHelperName(method));

    [Theory]
    [InlineData("GenerateRandomCardNumber", true)]
    [InlineData("GenerateAccountNumber", true)]
    [InlineData("RandomCardNo", true)]
    [InlineData("SaveCardNumber", false)]
    [InlineData("RegenerateToken", false)]
    public void Number_generators_are_recognised(string method, bool expected)
        => Assert.Equal(expected, CardDataNames.IsNumberGeneratorName(method));

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
