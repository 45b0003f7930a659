using FinGuard.Analyzers.CardData;
using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.Tests.Shared;

public class SensitiveAuthenticationDataNamesTests
{
    [Theory]
    [InlineData("Cvv", null, "SecurityCode")]
    [InlineData("cvc2", null, "SecurityCode")]
    [InlineData("CVV2", null, "SecurityCode")]
    [InlineData("securityCode", null, "SecurityCode")]
    [InlineData("card_security_code", null, "SecurityCode")]
    [InlineData("CardVerificationValue", null, "SecurityCode")]
    [InlineData("CardCid", null, "SecurityCode")]
    [InlineData("Cid", "CreditCard", "SecurityCode")]
    [InlineData("Track2", null, "TrackData")]
    [InlineData("track1", null, "TrackData")]
    [InlineData("TrackData", null, "TrackData")]
    [InlineData("MagStripe", null, "TrackData")]
    [InlineData("PinBlock", null, "Pin")]
    [InlineData("pinblock", null, "Pin")]
    [InlineData("CardPin", null, "Pin")]
    [InlineData("Pin", "PaymentCard", "Pin")]
    [InlineData("EncryptedCvc", null, "SecurityCode")]
    [InlineData("CvvHash", null, "SecurityCode")]
    [InlineData("CardCode", null, "SecurityCode")]
    [InlineData("CreditCardCode", null, "SecurityCode")]
    [InlineData("CardSecurityNumber", null, "SecurityCode")]
    [InlineData("CardVerificationNumber", null, "SecurityCode")]
    public void Sensitive_authentication_data_is_recognised(string name, string? containingType, string expected)
        => Assert.Equal(expected, CardDataNames.Classify(name, containingType, null, CardDataNameOptions.Empty).ToString());

    [Theory]
    [InlineData("CvcCheck", null)]
    [InlineData("CvvResult", null)]
    [InlineData("CvcProvided", null)]
    [InlineData("RequireCvc", null)]
    [InlineData("CvcLength", null)]
    [InlineData("CvcLengthEncrypted", null)]
    [InlineData("GiftCardCode", null)]
    [InlineData("CardCodeResponse", null)]
    [InlineData("CardTypeCode", null)]
    [InlineData("DiscountCode", null)]
    [InlineData("Cid", null)]
    [InlineData("CorrelationCid", "Request")]
    [InlineData("Pin", "User")]
    [InlineData("PinCode", "Address")]
    [InlineData("IsPinned", null)]
    [InlineData("TrackingNumber", null)]
    [InlineData("TrackName", null)]
    [InlineData("GiftCardSecurityCode", null)]
    [InlineData("WifiSecurityCode", null)]
    [InlineData("GiftCardCvv", null)]
    public void Look_alikes_are_not_sensitive_authentication_data(string name, string? containingType)
        => Assert.Equal(CardDataKind.None, CardDataNames.Classify(name, containingType, null, CardDataNameOptions.Empty));

    // An upper-case security-code acronym glued to a lower-case word (issue 18, set 7: CVVnumber on EF entities): the
    // acronym stays whole instead of being cut as "cv" + "vnumber"; CVVCode, CvvNumber, cvv_no split as before.
    [Theory]
    [InlineData("CVVnumber", "cvv number")]
    [InlineData("CVCcode", "cvc code")]
    [InlineData("cardCVVnumber", "card cvv number")]
    [InlineData("CVVCode", "cvv code")]
    [InlineData("CvvNumber", "cvv number")]
    [InlineData("cvv_no", "cvv no")]
    [InlineData("CCNum", "cc num")]
    [InlineData("PANHash", "pan hash")]
    [InlineData("CVVs", "cvv s")]
    [InlineData("CVV", "cvv")]
    [InlineData("CVDescription", "cv description")]
    [InlineData("CVCategory", "cv category")]
    [InlineData("CVNumber", "cv number")]
    public void Glued_security_code_acronyms_split_whole(string identifier, string words)
        => Assert.Equal(words, string.Join(" ", IdentifierWords.Split(identifier)));

    [Theory]
    [InlineData("CVVnumber")]
    [InlineData("CvvNumber")]
    [InlineData("CVVCode")]
    [InlineData("cvv_no")]
    [InlineData("CVCnumber")]
    [InlineData("txtCardCVVnumber")]
    public void Glued_and_suffixed_security_code_names_are_recognised(string name)
        => Assert.Equal(CardDataKind.SecurityCode, CardDataNames.Classify(name, null, null, CardDataNameOptions.Empty));

    [Theory]
    [InlineData("CVVrequired")]
    [InlineData("CVVlength")]
    [InlineData("CvvRequired")]
    [InlineData("CvvLength")]
    [InlineData("CVVnumberRequired")]
    [InlineData("CVVnumberErrorMessage")]
    [InlineData("CVVnumberLabel")]
    [InlineData("CVDescription")]
    [InlineData("CVCategory")]
    [InlineData("ApplicantCVDownloadUrl")]
    public void Glued_security_code_look_alikes_are_not_security_codes(string name)
        => Assert.Equal(CardDataKind.None, CardDataNames.Classify(name, null, null, CardDataNameOptions.Empty));

    // Security codes named in es, pt, fr, de, it (CardDataForeignNames); a verification code only next to a card.
    [Theory]
    [InlineData("CodigoSeguridad", null)]
    [InlineData("codigoDeSeguridad", null)]
    [InlineData("CodigoSeguridadTarjeta", null)]
    [InlineData("CodigoSegurança", null)]
    [InlineData("CodigoSeguranca", null)]
    [InlineData("CodeSecurite", null)]
    [InlineData("CryptogrammeVisuel", null)]
    [InlineData("Sicherheitscode", null)]
    [InlineData("Kartenpruefnummer", null)]
    [InlineData("CodiceSicurezza", null)]
    [InlineData("CodigoVerificacionTarjeta", null)]
    [InlineData("CodigoVerificacion", "Tarjeta")]
    public void Security_codes_named_in_other_languages_are_recognised(string name, string? containingType)
        => Assert.Equal(CardDataKind.SecurityCode, CardDataNames.Classify(name, containingType, null, CardDataNameOptions.Empty));

    [Theory]
    [InlineData("CodigoPostal", null)]
    [InlineData("CodigoDescuento", null)]
    [InlineData("CodigoVerificacion", null)]
    [InlineData("CodigoVerificacion", "Usuario")]
    [InlineData("CodigoSeguridadEmail", null)]
    [InlineData("CodigoSeguridadTarjetaRegalo", null)]
    [InlineData("CodigoSeguridadCuenta", null)]
    [InlineData("CodigoPais", "Tarjeta")]
    [InlineData("Cryptogramme", null)]
    [InlineData("CodiceFiscale", null)]
    [InlineData("ResultadoCodigoSeguridad", null)]
    public void Foreign_look_alikes_are_not_security_codes(string name, string? containingType)
        => Assert.Equal(CardDataKind.None, CardDataNames.Classify(name, containingType, null, CardDataNameOptions.Empty));

    // ProcessorResponse.cvv_code, DoDirectPaymentResponseType.CVV2Code: the processor's CVV check result in a response.
    [Theory]
    [InlineData("cvv_code", "ProcessorResponse", "None")]
    [InlineData("CVV2Code", "DoDirectPaymentResponseType", "None")]
    [InlineData("CvvCode", "AuthorizationResult", "None")]
    [InlineData("CVV2Code", "DoDirectPaymentRequestType", "SecurityCode")]
    [InlineData("CvvCode", null, "SecurityCode")]
    [InlineData("Cvv", "PaymentResponse", "SecurityCode")]
    [InlineData("CvvCode", "Responsibility", "SecurityCode")]
    public void Security_code_result_codes_of_responses_are_not_security_codes(string name, string? containingType, string expected)
        => Assert.Equal(expected, CardDataNames.Classify(name, containingType, null, CardDataNameOptions.Empty).ToString());

    [Theory]
    [InlineData("123", true)]
    [InlineData("1234", true)]
    [InlineData("12", false)]
    [InlineData("12345", false)]
    [InlineData("***", false)]
    [InlineData("", false)]
    public void Security_code_shapes(string text, bool expected) => Assert.Equal(expected, CardNumbers.HasSecurityCodeShape(text));

    [Theory]
    [InlineData("%B4111111111111111^DOE/JOHN^2512101000000000000?", true)]
    [InlineData("B38000000000006^TEST/CYBS ^2012121019761100", true)]
    [InlineData(";4111111111111111=25121010000000000?", true)]
    [InlineData("4111111111111111=2512101", true)]
    [InlineData("swiped", false)]
    [InlineData("4111111111111111", false)]
    [InlineData("%B4111^DOE", false)]
    [InlineData("123456=1", false)]
    public void Track_data_shapes(string text, bool expected) => Assert.Equal(expected, CardNumbers.HasTrackDataShape(text));

    [Theory]
    [InlineData("4242424242424242", "Visa")]
    [InlineData("5555555555554444", "Mastercard")]
    [InlineData("2223003122003222", "Mastercard")]
    [InlineData("378282246310005", "American Express")]
    [InlineData("6011111111111117", "Discover")]
    [InlineData("3566002020360505", "JCB")]
    [InlineData("36227206271667", "Diners Club")]
    public void Brands_are_recognised(string digits, string brand) => Assert.Equal(brand, CardNumbers.Brand(digits));

    [Theory]
    [InlineData("4242424242424241")] // fails Luhn
    [InlineData("1700000000000")] // timestamp, no brand
    [InlineData("0000000000000000")] // one repeated digit
    [InlineData("42424242424242424")] // Visa with 17 digits
    [InlineData("378282246310005000")] // Amex with 18 digits
    public void Non_card_digit_runs_have_no_brand(string digits) => Assert.Null(CardNumbers.Brand(digits));

    [Theory]
    [InlineData("card 4242 4242 4242 4242 declined", "4242424242424242")]
    [InlineData("4242-4242-4242-4242", "4242424242424242")]
    [InlineData("ORD-4242424242424242", null)]
    [InlineData("4242 4242-4242 4242", null)]
    [InlineData("v4242424242424242", null)]
    [InlineData("4242424242424242.5", null)]
    public void Card_numbers_are_found_in_text(string text, string? expected) => Assert.Equal(expected, CardNumbers.FindInText(text));

    [Fact]
    public void Message_template_placeholders_are_parsed_in_order()
        => Assert.Equal(new[] { "Card", "@Amount", "Order" }, LogSinks.ParsePlaceholders("Charging {Card} for {@Amount:C} {{literal}} {Order}"));
}
