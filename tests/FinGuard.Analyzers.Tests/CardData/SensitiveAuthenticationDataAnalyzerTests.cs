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
}
