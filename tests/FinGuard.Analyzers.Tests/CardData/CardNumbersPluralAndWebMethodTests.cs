using PanCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.PanMemberAnalyzer>;
using SadCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.SensitiveAuthenticationDataAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// Issue 18, set 21: a card type's number written in the plural (<c>PaymentCard.Numbers</c> beside its expiry and security
/// code) is the card's number, and its security code is then the card's; and a web service method or controller action
/// whose name reads like a check (<c>ValidateCreditCard</c>) still receives the PAN over the wire, so its card-number
/// parameter is not a checking helper's. Look-alikes: <c>Numbers</c> on a lottery ticket or beside an expiry only, and
/// the same validation method as a plain (non-web) helper.
/// </summary>
public class CardNumbersPluralAndWebMethodTests
{
    [Fact]
    public Task Plural_numbers_on_a_card_type_beside_expiry_and_security_code_is_reported() => PanCS.VerifyAnalyzerAsync("""
using System;
public class PaymentCard
{
    public int Id { get; set; }
    public string Label { get; set; } = "";
    public string {|FG1001:Numbers|} { get; set; } = "";
    public DateTime ExpirationDate { get; set; }
    public short SecurityCode { get; set; }
}
""");

    [Fact]
    public Task Security_code_beside_plural_numbers_on_a_card_type_is_reported() => SadCS.VerifyAnalyzerAsync("""
using System;
public class PaymentCard
{
    public string Numbers { get; set; } = "";
    public DateTime ExpirationDate { get; set; }
    public short {|FG1002:SecurityCode|} { get; set; }
}
""");

    [Fact]
    public Task Plural_numbers_off_a_card_or_without_a_security_code_are_not_reported() => PanCS.VerifyAnalyzerAsync("""
using System;
public class LotteryTicket
{
    public string Numbers { get; set; } = "";
    public DateTime DrawDate { get; set; }
    public DateTime ExpirationDate { get; set; }
}
public class Coupon
{
    public string Numbers { get; set; } = "";
    public DateTime ExpirationDate { get; set; }
}
public class PhoneBook
{
    public string Numbers { get; set; } = "";
    public string Owner { get; set; } = "";
}
""");

    [Fact]
    public Task Card_number_parameter_of_a_web_method_named_like_a_check_is_reported() => PanCS.VerifyAnalyzerAsync("""
public class WebMethodAttribute : System.Attribute { }
public class HttpPostAttribute : System.Attribute { }
public class CardValidationService
{
    [WebMethod]
    public bool ValidateCreditCard(string cardtype, string {|FG1001:cardnumber|}, string month, string year, string cvv)
        => cardnumber.Length > 12 && cvv.Length == 3;
}
public class CardsEndpoint
{
    [HttpPost]
    public bool ValidateCard(string {|FG1001:cardNumber|}) => cardNumber.Length > 12;
}
""");

    [Fact]
    public Task Same_validation_as_a_plain_helper_is_not_reported() => PanCS.VerifyAnalyzerAsync("""
public class CardValidation
{
    public bool ValidateCreditCard(string cardtype, string cardnumber, string month, string year, string cvv)
        => cardnumber.Length > 12 && cvv.Length == 3;
    private static bool IsValidCardNumber(string cardNumber) => cardNumber.Length > 12;
}
""");
}
