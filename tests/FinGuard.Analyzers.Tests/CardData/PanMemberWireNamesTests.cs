using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.PanMemberAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData
{
    /// <summary>
    /// FG1001 on processor wire names (issue 18, set 8): a Resp_ prefix is the processor's (masked) echo, Enc an encrypted
    /// value, a list query's filter and sort fields name what to search by; a request model is filled by binding, so a
    /// masked value written into it elsewhere does not clear it; static message and error-code fields hold text.
    /// </summary>
    public class PanMemberWireNamesTests
    {
        [Fact]
        public Task Response_echoes_encrypted_values_filters_and_message_fields_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

public class SaleResult
{
    public string Resp_CardNum;
    public string RespCardNumber = "";
    public string EncCardNumber = "";
    public string enc_pan = "";
}
public class TransactionFilter
{
    public string CardNumber { get; set; } = "";
}
public class TokenSort
{
    public string card_number { get; set; } = "asc";
}
public static class CardRules
{
    public static string CardNumberMustBeNumeric16Digits = "CardNumberMustBeNumeric16Digits";
}
""");

        // Issue 18, set 6: CyberSource Secure Acceptance echoes the request with req_ names; its req_card_number is masked.
        [Fact]
        public Task Secure_acceptance_req_card_number_echo_is_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

public class SecureAcceptanceReply
{
    public string Decision { get; set; } = "";
    public string ReqCardNumber { get; set; } = "";
    public string ReqCardType { get; set; } = "";
    public decimal ReqAmount { get; set; }
}
public class SecureAcceptancePost
{
    public string decision { get; set; } = "";
    public string req_card_number { get; set; } = "";
    public string req_card_expiry_date { get; set; } = "";
}
""");

        // Look-alikes: a ReqCardNumber without the echo's other req_ fields (RequestId is no echo field), and other names
        // that only start with a request word.
        [Fact]
        public Task Req_card_number_without_echo_siblings_and_request_names_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

public class PayCommand
{
    public string RequestId { get; set; } = "";
    public string {|FG1001:ReqCardNumber|} { get; set; } = "";
}
public class SecureAcceptanceDraft
{
    public string ReqCardType { get; set; } = "";
    public string {|FG1001:RequestCardNumber|} { get; set; } = "";
    public string {|FG1001:ReqPan|} { get; set; } = "";
}
""");

        [Fact]
        public Task Look_alike_prefixes_filled_statics_and_bound_request_models_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

namespace Shop.RequestModels
{
    public class CardInfo
    {
        public string {|FG1001:Number|} { get; set; } = "";
        public int ExpirationMonth { get; set; }
        public int Cvv { get; set; }
    }
}
namespace Shop
{
    public class SaleRequest
    {
        public string {|FG1001:Req_CardNum|};
        public string {|FG1001:EndCardNumber|} = "";
    }
    public class FilterState
    {
        public string Value { get; set; } = "";
    }
    public class CardWallet
    {
        public string {|FG1001:CardNumber|} { get; set; } = "";
    }
    public static class Session
    {
        public static string {|FG1001:CardNumber|} = "";
        public static void Remember(string number) => CardNumber = number;
    }
    public class DetailMapper
    {
        public RequestModels.CardInfo Map(string number) => new RequestModels.CardInfo { Number = FinGuard.Security.CardMasking.Mask(number) };
    }
}
namespace FinGuard.Security { internal static class CardMasking { public static string Mask(string? pan) => ""; } }
""");

        [Fact]
        public Task Format_checks_and_truncating_locals_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

public class CardForm
{
    public bool ValidateCardNumber(string value)
    {
        string creditCardNumber = value;
        return !string.IsNullOrEmpty(creditCardNumber) && creditCardNumber.Length == 16;
    }

    public string Describe(string stored)
    {
        string _cardNumber = "";
        if (stored.Length > 4)
        {
            _cardNumber = stored.Substring(stored.Length - 4, 4);
        }

        return "Card ending " + _cardNumber;
    }

    private bool AreAllNumbers(string cardNumber)
    {
        foreach (char c in cardNumber)
        {
            if (c < '0' || c > '9') return false;
        }

        return true;
    }

    public bool Check(string input) => AreAllNumbers(input);
}
""");

        [Fact]
        public Task Locals_that_keep_or_pass_on_the_number_are_still_reported() => VerifyCS.VerifyAnalyzerAsync("""

public class CardForm
{
    public string Pay(string value)
    {
        string {|FG1001:creditCardNumber|} = value;
        if (creditCardNumber.Length != 16) return "";
        return Send(creditCardNumber);
    }

    public string Describe(string stored)
    {
        string {|FG1001:_cardNumber|} = "";
        _cardNumber = stored.Substring(1);
        return _cardNumber;
    }

    public string Parsed(string stored)
    {
        string {|FG1001:cardNumber|} = "";
        cardNumber = stored.Substring(stored.Length - 4);
        Read(stored, out cardNumber);
        return cardNumber;
    }

    private static void Read(string text, out string value) => value = text;

    private string Send(string {|FG1001:cardNumber|}) => cardNumber;

    private bool AreAllShown(string {|FG1001:cardNumber|}) => cardNumber.Length > 0;

    public bool Check(string input) => AreAllShown(input) && Pay(input) != "";
}
""");
    }
}
