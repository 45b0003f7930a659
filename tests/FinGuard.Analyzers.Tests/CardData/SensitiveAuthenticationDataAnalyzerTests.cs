using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.SensitiveAuthenticationDataAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

public class SensitiveAuthenticationDataAnalyzerTests
{
    [Fact]
    public Task Security_codes_track_data_and_pins_in_members_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

public class CheckoutRequest
{
    public string CardNumberToken { get; set; } = "";
    public string {|FG1002:Cvv|} { get; set; } = "";
    public int {|FG1002:Cvc2|} { get; set; }
    private string? {|FG1002:_securityCode|};
    public string {|FG1002:card_verification_value|} = "";
    public string {|FG1002:Track2Data|} { get; set; } = "";
    public byte[] {|FG1002:PinBlock|} { get; set; } = new byte[0];
    public string {|FG1002:CardPin|} { get; set; } = "";
    public string {|FG1002:CardCid|} { get; set; } = "";
}
public class PaymentCard
{
    public string {|FG1002:Pin|} { get; set; } = "";
    public int ExpMonth { get; set; }
}
""");

    // CVVnumber beside CardNumber on an EF entity (issue 18, set 7): the glued acronym is the security code; flags,
    // lengths and validation-message keys about it stay silent.
    [Fact]
    public Task Glued_security_code_names_are_reported_and_their_look_alikes_are_not() => VerifyCS.VerifyAnalyzerAsync("""

public class RequestPayments
{
    public int RequestPaymentsId { get; set; }
    public string CardNumberToken { get; set; } = "";
    public string {|FG1002:CVVnumber|} { get; set; } = "";
    public string {|FG1002:CvvNumber|} { get; set; } = "";
    public string {|FG1002:CVVCode|} { get; set; } = "";
    public string {|FG1002:cvv_no|} = "";
}
public class CheckoutSettings
{
    public bool ShowCvv { get; set; }
    public bool CvvRequired { get; set; }
    public int CvvLength { get; set; }
    public int CVVlength { get; set; }
    public const string CVVnumberRequired = "The CVV number is required";
    public string CVVnumberErrorMessage { get; set; } = "Enter the 3-digit code";
}
""");

    [Fact]
    public Task Records_and_static_caches_are_reported() => VerifyCS.VerifyAnalyzerAsync(@"
using System.Collections.Generic;
public record CardPayload(string CardToken, string {|FG1002:Cvc|}, int ExpMonth);
public static class CvvCache
{
    public static readonly Dictionary<string, string> {|FG1002:CvvByCustomer|} = new();
}");

    [Fact]
    public Task Parameters_locals_and_look_alikes_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

public class Lookalikes
{
    public string CvcCheck { get; set; } = "";
    public string CvvResult { get; set; } = "";
    public bool CvcProvided { get; set; }
    public bool RequireCvc { get; set; }
    public string CorrelationCid { get; set; } = "";
    public string Cid { get; set; } = "";
    public string PinCode { get; set; } = "";
    public bool IsPinned { get; set; }
    public string PinnedMessage { get; set; } = "";
    public string GiftCardSecurityCode { get; set; } = "";
    public string WifiSecurityCode { get; set; } = "";
    public string TrackingNumber { get; set; } = "";
    public string TrackName { get; set; } = "";
    public int CvcLength { get; set; }
    public string GiftCardCode { get; set; } = "";
    public System.DateTime PinChangedAt { get; set; }
    public const string CvvFieldName = "cvv";
    public void Authorize(string cvc, string pinBlock) { var cvv = cvc; }
}
""");

    // PCI DSS 3.3.1: a security code is not kept after authorization even if encrypted or hashed; "card code" is
    // the Authorize.Net/PayPal spelling of the CVV.
    [Fact]
    public Task Encrypted_or_hashed_security_codes_and_card_codes_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

public class WalletEntry
{
    public byte[] {|FG1002:EncryptedCVC|} { get; set; } = new byte[0];
    public string {|FG1002:CvvHash|} { get; set; } = "";
    public string {|FG1002:CardCode|} { get; set; } = "";
    public string {|FG1002:CardSecurityNumber|} { get; set; } = "";
    public string EncryptedCardNumber { get; set; } = "";
    public string CardCodeResponse { get; set; } = "";
    public string GiftCardCode { get; set; } = "";
    public int CvcLength { get; set; }
}
""");

    [Fact]
    public Task Editorconfig_safe_names_silence_a_member() => VerifyCS.VerifyAnalyzerAsync("""

public class DoorLock { public string SecurityCode { get; set; } = ""; }
""",
        "finguard.card_data.safe_names = DoorLock, security_code\n");

    // Issue 18, set 4: security codes named in other languages, the CVV result code of a processor's response, and a
    // security code or track hard-coded in a local of product code.
    [Fact]
    public Task Security_codes_named_in_other_languages_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

public class Tarjeta
{
    public string NumeroTarjeta { get; set; } = "";
    public string {|FG1002:CodigoSeguridad|} { get; set; } = "";
    public string {|FG1002:CodigoVerificacion|} { get; set; } = "";
}
public class Zahlung { public string {|FG1002:Sicherheitscode|} { get; set; } = ""; }
public class Usuario
{
    public string CodigoPostal { get; set; } = "";
    public string CodigoDescuento { get; set; } = "";
    public string CodigoVerificacion { get; set; } = "";
    public string CodigoSeguridadEmail { get; set; } = "";
}
""");

    [Fact]
    public Task Security_code_result_codes_of_responses_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

public class ProcessorResponse { public string cvv_code { get; set; } = ""; public string avs_code { get; set; } = ""; }
public class DoDirectPaymentResponseType { public string CVV2Code { get; set; } = ""; }
public class DoDirectPaymentRequestType { public string {|FG1002:CVV2Code|} { get; set; } = ""; }
public class CardResponse { public string {|FG1002:Cvv|} { get; set; } = ""; }
""");

    [Fact]
    public Task Hard_coded_security_codes_and_tracks_in_locals_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

public class Sample
{
    public object Run()
    {
        string {|FG1002:paymentInformationCardSecurityCode|} = "123";
        var {|FG1002:cardCid|} = "1234";
        string {|FG1002:pointOfSaleInformationTrackData|} = "%B38000000000006^TEST/CYBS         ^2012121019761100      00868000000?";
        string {|FG1002:track2|} = ";4111111111111111=25121010000000000?";
        string {|FG1002:codigoSeguridad|} = "321";
        return (paymentInformationCardSecurityCode, cardCid, pointOfSaleInformationTrackData, track2, codigoSeguridad);
    }

    public object LookAlikes(string cvc)
    {
        string cvv = cvc;
        string maskedCvv = "***";
        string securityCode = "";
        string cvvLabel = "123";
        string cvvResult = "M";
        string cvvLength = "3";
        string trackData = "swiped";
        string trackingNumber = "123";
        string postalCode = "1234";
        const string CvvFieldName = "cvv";
        string testCvv = "123";
        return (cvv, maskedCvv, securityCode, cvvLabel, cvvResult, cvvLength, trackData, trackingNumber, postalCode, CvvFieldName, testCvv);
    }
}
""");
}
