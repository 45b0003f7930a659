using PanCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.PanMemberAnalyzer>;
using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.SensitiveAuthenticationDataAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// Issue 18, set 17: a "card code" named as the code of an account or card record (<c>AccountOrCardCode</c>) is a lookup
/// code, not a CVV, while Authorize.Net's <c>CardCode</c> stays one; a national identity card's number (<c>AadhaarCardNo</c>,
/// <c>NicCardNumber</c>, <c>ResidentCardNo</c>) is not a payment card's, while a bank card's stays one; a counter of
/// attempts at a code (<c>attemptsCVV</c>, <c>PinAttempts</c>) is not the code, while the code beside it stays reported.
/// </summary>
public class RecordCodesAndIdentityCardsTests
{
    [Fact]
    public Task Codes_of_an_account_or_card_record_are_not_security_codes() => VerifyCS.VerifyAnalyzerAsync("""

public class LedgerEntry
{
    public decimal Amount { get; set; }
    public string AccountOrCardCode { get; set; } = "";
    public string SourceAccountOrCardCode { get; set; } = "";
}
public class Transfer
{
    public string AccountCardCode { get; set; } = "";
    public string WalletOrCardCode { get; set; } = "";
}
""");

    [Fact]
    public Task Card_codes_of_the_card_itself_stay_security_codes() => VerifyCS.VerifyAnalyzerAsync("""

public class AuthorizeNetPayment
{
    public string CardNumber { get; set; } = "";
    public string {|FG1002:CardCode|} { get; set; } = "";
    public string {|FG1002:CreditCardCode|} { get; set; } = "";
}
public class OrderCardCode
{
    public string {|FG1002:CustomerCardCode|} { get; set; } = "";
}
""");

    [Fact]
    public Task Counters_of_attempts_at_a_code_are_not_codes() => VerifyCS.VerifyAnalyzerAsync("""

public static class DataStorage
{
    public static int attemptsCVV = 3;
    public static int PinAttempts;
    public static int CvvRetries;
    public static int CardPinTries;
    public static string CardNumber = "";
    public static string {|FG1002:Cvv|} = "";
}
""");

    [Fact]
    public Task National_identity_card_numbers_are_not_card_numbers() => PanCS.VerifyAnalyzerAsync("""

public class MemberDocuments
{
    public string AadhaarCardNo { get; set; } = "";
    public string AadharCardNumber { get; set; } = "";
    public string NicCardNumber { get; set; } = "";
    public string ResidentCardNo { get; set; } = "";
    public string CivilCardNumber { get; set; } = "";
    public string IdCardNumber { get; set; } = "";
    public string VoterCardNo { get; set; } = "";
    public string PassportCardNumber { get; set; } = "";
}
""");

    [Fact]
    public Task Payment_card_numbers_beside_identity_documents_stay_reported() => PanCS.VerifyAnalyzerAsync("""

public class MemberProfile
{
    public string AadhaarNo { get; set; } = "";
    public string {|FG1001:BankCardNo|} { get; set; } = "";
    public string {|FG1001:DebitCardNumber|} { get; set; } = "";
    public string {|FG1001:CardNumber|} { get; set; } = "";
}
""");
}
