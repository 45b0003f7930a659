using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.SensitiveAuthenticationDataAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// FG1002 (issue 18, set 15): a processor's reply that carries check results (AVS, response codes) and no card field
/// echoes the CVV2 match result under the code's name (<c>TransactionResult.CVV2</c>, <c>FdCreditCardResp.cvv2</c>), and
/// a CVD presence indicator says whether a code was sent; neither is the code. <c>CCVerification</c> and
/// <c>CardVerification</c> name the card verification value. Look-alikes: an API response that returns the stored card
/// with its CVV, a request's CVV2, an e-mail verification and a lone verification code.
/// </summary>
public class SensitiveAuthenticationDataReplyAndVerificationTests
{
    [Fact]
    public Task Processor_check_results_and_presence_indicators_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

public class TransactionResult
{
    public string AVS { get; set; } = "";
    public string Bank_Resp_Code { get; set; } = "";
    public string CVV2 { get; set; } = "";
}
public class FdCreditCardResp
{
    public string avs { get; set; } = "";
    public string cvv2 { get; set; } = "";
}
public class Transaction
{
    public string CVD_Presence_Ind { get; set; } = "";
    public string CvvIndicator { get; set; } = "";
}
""");

    [Fact]
    public Task Codes_on_requests_and_on_responses_returning_the_card_stay_reported() => VerifyCS.VerifyAnalyzerAsync("""

public class PaymentResponse
{
    public string CardNumber { get; set; } = "";
    public string {|FG1002:Cvv|} { get; set; } = "";
    public string AvsResult { get; set; } = "";
}
public class TransactionRequest
{
    public string AVS { get; set; } = "";
    public string {|FG1002:CVV2|} { get; set; } = "";
}
public class CardResult { public string {|FG1002:Cvv|} { get; set; } = ""; }
""");

    [Fact]
    public Task Check_results_on_authorization_outcome_records_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

public class CardCharge
{
    public string status { get; set; } = "";
    public string masked_card_number { get; set; } = "";
    public string card_brand { get; set; } = "";
    public string authorization_id { get; set; } = "";
    public string cvn_code { get; set; } = "";
    public string approval_code { get; set; } = "";
}
public class ChargeRecord
{
    public string AuthCode { get; set; } = "";
    public string GatewayMessage { get; set; } = "";
    private string _cvv2Code = "";
    public string Cvv2Code { get => _cvv2Code; set => _cvv2Code = value; }
}
public class SalePaymentMethod
{
    public string avs { get; set; } = "";
    public string cvv { get; set; } = "";
    public int? first_six_digits { get; set; }
    public int? last_two_digits { get; set; }
}
""");

    [Fact]
    public Task Codes_beside_an_authorization_code_with_the_card_or_on_a_request_stay_reported() => VerifyCS.VerifyAnalyzerAsync("""

public class StoredOrderPayment
{
    public string CardNumber { get; set; } = "";
    public string AuthorizationCode { get; set; } = "";
    public string {|FG1002:CardCvv2|} { get; set; } = "";
}
public class CaptureCommand
{
    public string ApprovalCode { get; set; } = "";
    public string {|FG1002:Cvv|} { get; set; } = "";
}
public class SavedCardInfo
{
    public string Avs { get; set; } = "";
    public string Token { get; set; } = "";
    public string {|FG1002:Cvv|} { get; set; } = "";
}
public class CardFormModel
{
    public string ExpiryMonth { get; set; } = "";
    public string AuthCode { get; set; } = "";
    public string {|FG1002:SecurityCode|} { get; set; } = "";
}
""");

    [Fact]
    public Task Card_verification_names_are_security_codes_other_verifications_are_not() => VerifyCS.VerifyAnalyzerAsync("""

public class PaymentMethod
{
    public string CCNumber { get; set; } = "";
    public string {|FG1002:CCVerification|} { get; set; } = "";
}
public class CardForm { public string {|FG1002:CardVerification|} { get; set; } = ""; }
public class Signup
{
    public string EmailVerification { get; set; } = "";
    public string VerificationCode { get; set; } = "";
    public string GiftCardVerification { get; set; } = "";
}
""");

    [Fact]
    public Task Verification_codes_only_given_an_obfuscated_value_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

public static class CardHelper { public static string ObfuscateVerificationCode(string code) => "***"; }
public interface ICrypto { string Decrypt(string cipher); }
public class PaymentMethodResult
{
    public string CCNumber { get; set; } = "";
    public string CCVerification { get; set; } = "";
}
public class Stored
{
    public string CCNumber { get; set; } = "";
    public string {|FG1002:CCVerification|} { get; set; } = "";
}
public class Reader
{
    public PaymentMethodResult Shown(ICrypto crypto, string cipher)
    {
        var result = new PaymentMethodResult();
        result.CCVerification = !string.IsNullOrEmpty(cipher) ? CardHelper.ObfuscateVerificationCode(crypto.Decrypt(cipher)) : string.Empty;
        return result;
    }

    public Stored Kept(ICrypto crypto, string cipher) => new Stored { CCVerification = crypto.Decrypt(cipher) };
}
""");
}
