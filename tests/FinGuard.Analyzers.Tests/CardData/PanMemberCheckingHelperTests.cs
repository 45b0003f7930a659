using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.PanMemberAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// FG1001 and card-checking helpers: a Luhn check, a format validation, brand detection, masking or encryption must see
/// the PAN it works on and keeps nothing, so its parameter is not reported. Methods that keep or send the PAN, and
/// names that only look like checking (Checkout), are still reported.
/// </summary>
public class PanMemberCheckingHelperTests
{
    [Fact]
    public Task Validation_masking_and_brand_helpers_are_not_reported() => VerifyCS.VerifyAnalyzerAsync(@"
using System.Linq;
using System.Text.RegularExpressions;
public interface IPaymentService
{
    string GetMaskedCreditCardNumber(string creditCardNumber);
}

public static class CardChecks
{
    public static bool IsValidCreditCardNumber(string creditCardNo) => Regex.IsMatch(creditCardNo, @""^\d{13,19}$"");
    public static bool LuhnCheck(string cardNumber) => cardNumber.All(char.IsDigit);
    public static bool PassesLuhn(string pan) => pan.Length > 12;
    public static string DetectBrand(string cardNumber) => cardNumber.StartsWith(""4"") ? ""visa"" : ""other"";
    public static string MaskCardNumber(string cardNumber) => ""****"" + cardNumber.Substring(cardNumber.Length - 4);
    public static byte[] EncryptCardNumber(string cardNumber) => System.Text.Encoding.UTF8.GetBytes(cardNumber);
    public static string[] ValidateCard(string cardNumber, string cvv) => new string[0];
}");

    [Fact]
    public Task Display_formatters_of_the_card_number_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""
using System.Linq;
public static class CardText
{
    public static string ToCreditCardFormat(this string cardNumber)
        => string.Join(" ", Enumerable.Range(0, cardNumber.Length / 4).Select(i => cardNumber.Substring(i * 4, 4)));

    public static string formatCreditCardNumber(string creditCardNumber)
        => creditCardNumber.Substring(0, 6) + "******" + creditCardNumber.Substring(creditCardNumber.Length - 4);
}
public class CardView
{
    private string FormatCardNumber(string cardNumber)
        => cardNumber.Length != 16 ? cardNumber : $"{cardNumber.Substring(0, 4)} {cardNumber.Substring(4, 4)} {cardNumber.Substring(8, 4)} {cardNumber.Substring(12, 4)}";
}
""");

    [Fact]
    public Task Formatters_of_a_message_or_request_around_the_card_number_stay_reported() => VerifyCS.VerifyAnalyzerAsync("""
using System.Collections.Generic;
public class GatewayText
{
    private readonly List<string> _outbox = new List<string>();

    public string FormatPaymentRequest(string {|FG1001:cardNumber|}, decimal amount) => $"<pan>{cardNumber}</pan><amt>{amount}</amt>";
    public void FormatCardAndQueue(string {|FG1001:cardNumber|}) => _outbox.Add(cardNumber);
    public string PrintCardNumber(string {|FG1001:cardNumber|}) => string.Join(" ", cardNumber.ToCharArray());
}
""");

    [Fact]
    public Task Methods_that_keep_or_send_the_pan_are_still_reported() => VerifyCS.VerifyAnalyzerAsync(@"
using System.Collections.Generic;
public class CardStore
{
    private readonly List<string> _rows = new List<string>();

    public void AddCard(string {|FG1001:cardNumber|}, string holder) => _rows.Add(cardNumber + holder);
    public void Checkout(string {|FG1001:creditCardNumber|}, decimal total) => _rows.Add(creditCardNumber);
    public void SaveValidatedCard(string {|FG1001:pan|}) => _rows.Add(pan);
}");

    // IsBankDataValid(HttpRequest request) { var cardNumber = request.Query["cardNumber"]... } (issue 18, set 20): a card
    // number in the URL is in the access logs whatever the check does with it; the same check of a form field stays silent.
    [Fact]
    public Task Card_number_read_from_the_query_string_in_a_checking_helper_is_reported() => VerifyCS.VerifyAnalyzerAsync("""
using System.Collections.Generic;
public class QueryValues { public string this[string key] => ""; }
public class FormValues { public string this[string key] => ""; }
public class IncomingRequest { public QueryValues Query { get; } = new(); public QueryValues QueryString { get; } = new(); public FormValues Form { get; } = new(); }
public class BankValidation
{
    public bool IsBankDataValid(IncomingRequest request)
    {
        var {|FG1001:cardNumber|} = request.Query["cardNumber"].ToString();
        string {|FG1001:pan|} = (request.QueryString["pan"]).Trim();
        return !string.IsNullOrEmpty(cardNumber) && pan.Length > 12;
    }

    public bool IsFormCardValid(IncomingRequest request)
    {
        var cardNumber = request.Form["cardNumber"].ToString();
        return !string.IsNullOrEmpty(cardNumber);
    }
}
""");
}
