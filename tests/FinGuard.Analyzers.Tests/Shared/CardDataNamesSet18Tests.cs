using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.Tests.Shared;

/// <summary>Names from issue 18, set 18: abbreviated and brand-named security codes, a misspelt card number, short prefixes.</summary>
public class CardDataNamesSet18Tests
{
    [Theory]
    [InlineData("CodSeguranca", null)]
    [InlineData("codigoSeg", null)]
    [InlineData("CodSeg", "Tarjeta")]
    [InlineData("SecureCode", "DefaultCardData")]
    [InlineData("SecureCode", "PaymentCard")]
    [InlineData("CardSecureCode", null)]
    public void Abbreviated_and_brand_named_security_codes_are_recognised(string name, string? containingType)
        => Assert.Equal(CardDataKind.SecurityCode, CardDataNames.Classify(name, containingType, null, CardDataNameOptions.Empty));

    [Theory]
    [InlineData("SecureCode", null)]
    [InlineData("SecureCode", "ThreeDsSettings")]
    [InlineData("SecureCodeEnabled", "PaymentCard")]
    [InlineData("CodigoSegmento", null)]
    [InlineData("Seg", "Tarjeta")]
    [InlineData("CodSegmento", null)]
    public void Secure_code_and_segment_look_alikes_are_not_security_codes(string name, string? containingType)
        => Assert.Equal(CardDataKind.None, CardDataNames.Classify(name, containingType, null, CardDataNameOptions.Empty));

    [Fact]
    public void A_cart_number_beside_a_security_code_is_a_card_number()
        => Assert.Equal(CardDataKind.Pan, CardDataNames.Classify("CartNumber", "PaymentDto", new[] { "CartNumber", "Month", "Year", "Cvc", "Value" }, CardDataNameOptions.Empty));

    [Theory]
    [InlineData("CartNumber", "Order", new[] { "CartNumber", "Items", "Total" })]
    [InlineData("CartNo", "ShoppingCart", new[] { "CartNo", "ExpiresAt", "CustomerId" })]
    [InlineData("CartNumber", null, null)]
    public void Shopping_cart_numbers_are_not_card_numbers(string name, string? containingType, string[]? siblings)
        => Assert.Equal(CardDataKind.None, CardDataNames.Classify(name, containingType, siblings, CardDataNameOptions.Empty));

    [Theory]
    [InlineData("First3CardDigits")]
    [InlineData("FirstFourDigits")]
    [InlineData("First8CardDigits")]
    [InlineData("CardFirstThree")]
    public void Issuer_prefixes_shorter_or_longer_than_six_are_not_card_numbers(string name)
        => Assert.Equal(CardDataKind.None, CardDataNames.Classify(name, null, null, CardDataNameOptions.Empty));

    [Theory]
    [InlineData("FirstCardNumber")]
    public void A_first_card_is_still_a_card_number(string name)
        => Assert.Equal(CardDataKind.Pan, CardDataNames.Classify(name, null, null, CardDataNameOptions.Empty));

    // A redirect gateway's callback or a payment's verify reply reports the gateway's masked number.
    [Theory]
    [InlineData("CardHolderPan", "CallBackDataModel")]
    [InlineData("Pan", "SandboxCallbackData")]
    [InlineData("card_pan", "PaymentVerificationResponse")]
    [InlineData("CardNumber", "TransactionVerifyResult")]
    public void Card_numbers_in_a_gateway_callback_or_payment_verify_reply_are_not_reported(string name, string containingType)
        => Assert.Equal(CardDataKind.None, CardDataNames.Classify(name, containingType, null, CardDataNameOptions.Empty));

    [Theory]
    [InlineData("CardNumber", "CardVerificationResult")]
    [InlineData("CardNumber", "PaymentResponse")]
    [InlineData("CardNumber", "VerifyCardRequest")]
    [InlineData("card_pan", "PaymentVerificationRequest")]
    [InlineData("CardNumber", "CallCenterOrder")]
    public void Card_numbers_in_card_verification_replies_requests_and_other_types_stay_card_numbers(string name, string containingType)
        => Assert.Equal(CardDataKind.Pan, CardDataNames.Classify(name, containingType, null, CardDataNameOptions.Empty));
}
