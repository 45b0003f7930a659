using PanCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.PanMemberAnalyzer>;
using SadCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.SensitiveAuthenticationDataAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// Issue 18, set 24. Look-alikes: the bare card numbers of an application that runs its own VIP or member cards and names
/// no payment card field anywhere; a decimal named for the card tender (an amount); India's tax PAN documents (its photo,
/// copy, application acknowledgement) and a PAN beside them; addresses and dates named after a PAN; a gateway's
/// notification; an account's or a signing <c>SecurityCode</c> on a type with no card. Twins: the same names where the
/// compilation also holds a payment card's CVV or holder, a string named for the card, a payment card's PAN beside its
/// expiry, a <c>SecurityCode</c> beside a card number, and the recall names <c>CreditCartNumber</c>, <c>creditcard</c>,
/// <c>_kK_No</c> and a CVV misspelt <c>CSV</c> on a card type.
/// </summary>
public class MemberCardsTaxPanAndAccountCodesTests
{
    [Fact]
    public Task Bare_card_numbers_of_an_application_running_only_vip_cards_are_left_alone() => PanCS.VerifyUnresolvedAsync("""
namespace Shop.Data
{
    public class VipInfo
    {
        public string Name { get; set; } = "";
        public string Phone { get; set; } = "";
    }
    public class PurchaseLine
    {
        public string Cardnum { get; set; } = "";
        public float Price { get; set; }
    }
    public static class CardDesk
    {
        public static void TopUp(string CardNum, uint amount) { Store.Add(CardNum, amount); }
        public static void ReportLoss(string cardNo, VipInfo vip) { Store.Add(cardNo, 0); }
    }
    public static class Store
    {
        public static readonly System.Collections.Generic.List<string> Items = new System.Collections.Generic.List<string>();
        public static void Add(string key, uint amount) => Items.Add(key);
    }
}
""");

    [Fact]
    public Task Bare_card_numbers_are_reported_where_the_application_also_holds_a_payment_card() => PanCS.VerifyUnresolvedAsync("""
namespace Shop.Data
{
    public class VipInfo
    {
        public string Name { get; set; } = "";
    }
    public class PurchaseLine
    {
        public string {|FG1001:Cardnum|} { get; set; } = "";
        public float Price { get; set; }
    }
    public class Checkout
    {
        public string Cvv { get; set; } = "";
    }
    public static class CardDesk
    {
        public static void TopUp(string {|FG1001:CardNum|}, uint amount) { Store.Add(CardNum, amount); }
    }
    public static class Store
    {
        public static readonly System.Collections.Generic.List<string> Items = new System.Collections.Generic.List<string>();
        public static void Add(string key, uint amount) => Items.Add(key);
    }
}
""");

    [Fact]
    public Task Bare_card_numbers_are_reported_where_no_type_names_vip_or_member_cards() => PanCS.VerifyUnresolvedAsync("""
namespace Atm
{
    public class Account
    {
        public string {|FG1001:CardNum|} { get; set; } = "";
        public decimal Balance { get; set; }
    }
}
""");

    [Fact]
    public Task Decimal_named_for_the_card_tender_is_an_amount_and_a_string_card_is_a_number() => PanCS.VerifyUnresolvedAsync("""
public class CashierReport
{
    public decimal RefundCash;
    public decimal RefundCreditCard;
    public decimal CreditPaymentDebitCard;
}
public class TenderLine
{
    public string {|FG1001:RefundCreditCard|} = "";
    public decimal {|FG1001:CreditCardNumber|};
}
""");

    [Fact]
    public Task Tax_pan_documents_and_addresses_or_dates_named_after_a_pan_are_left_alone() => PanCS.VerifyUnresolvedAsync("""
public class PanProperties
{
    public string PAN { get; set; } = "";
    public string CUST_ID { get; set; } = "";
    public string PAN_COPY { get; set; } = "";
}
public class GetPanRequest
{
    public string panNo { get; set; } = "";
    public string newPan { get; set; } = "";
    public string panPhoto { get; set; } = "";
}
public class Form60Request
{
    public string panApplyDate { get; set; } = "";
    public string panAcknowledgementNo { get; set; } = "";
}
public static class Settings
{
    public static string PANApiUrl = "";
    public static string CardNumberLookupUri = "";
}
""");

    [Fact]
    public Task Card_pans_beside_a_card_or_named_for_a_card_image_are_reported() => PanCS.VerifyUnresolvedAsync("""
public class CardCapture
{
    public string {|FG1001:Pan|} { get; set; } = "";
    public string ExpiryDate { get; set; } = "";
}
public class PaymentInput
{
    public string {|FG1001:PAN|} { get; set; } = "";
    public string Amount { get; set; } = "";
}
""");

    [Fact]
    public Task Gateway_notification_pan_is_left_alone_and_a_card_notification_is_judged_by_its_members() => PanCS.VerifyUnresolvedAsync("""
public class GatewayNotification
{
    public string Pan { get; set; } = "";
    public string ExpDate { get; set; } = "";
    public string Status { get; set; } = "";
}
public class CardIssueNotification
{
    public string {|FG1001:CardNumber|} { get; set; } = "";
}
""");

    [Fact]
    public Task Misspelt_and_glued_card_names_are_reported() => PanCS.VerifyUnresolvedAsync("""
public class CreditCardLogin
{
    public string {|FG1001:CreditCartNumber|} { get; set; } = "";
}
public class ShoppingCart
{
    public string CartNumber { get; set; } = "";
}
public class GatewayRequest
{
    private string _kK_Sahibi = "";
    private string {|FG1001:_kK_No|} = "";
    public void Fill(string holder, string no) { _kK_Sahibi = holder; _kK_No = no; }
    public string Describe() => _kK_Sahibi + _kK_No;
}
public class BookingsController
{
    public string Post(string roomid, string {|FG1001:creditcard|}) => Hotel.Book(roomid, creditcard);
}
public static class Hotel
{
    public static string Book(string room, string card) => room + card;
}
""");

    [Fact]
    public Task National_id_card_numbers_beside_a_national_id_or_declared_nine_long_are_left_alone() => PanCS.VerifyUnresolvedAsync("""
public class KycRequest
{
    public string FirstName { get; set; } = "";
    public string Nin { get; set; } = "";
    public string CardNumber { get; set; } = "";
}
public class IdentityCheck
{
    [System.ComponentModel.DataAnnotations.Length(9, 9)]
    public string CardNumber { get; set; } = "";
}
public class CardOnboarding
{
    public string NationalId { get; set; } = "";
    public string {|FG1001:CardNumber|} { get; set; } = "";
    public string CardExpiry { get; set; } = "";
}
public class Applicant
{
    public string Nin { get; set; } = "";
    public string {|FG1001:CreditCardNumber|} { get; set; } = "";
    [System.ComponentModel.DataAnnotations.Length(12, 19)]
    public string {|FG1001:CardNumber|} { get; set; } = "";
}
""");

    [Fact]
    public Task Account_and_signing_security_codes_on_types_without_a_card_are_left_alone() => SadCS.VerifyUnresolvedAsync("""
public class ClientRegisterResponseDto
{
    public string OtpCode { get; set; } = "";
    public string SecurityCode { get; set; } = "";
    public System.DateTime OTPExpireTime { get; set; }
}
public class ResetPasswordDto
{
    public string Phone { get; set; } = "";
    public string SecurityCode { get; set; } = "";
}
public class Account
{
    public string AccountPassword { get; set; } = "";
    public string AccountSecurityCode { get; set; } = "";
}
public class GatewayClient
{
    private static string _securityCode = "";
    public GatewayClient(string securityCode) { _securityCode = securityCode; }
    public string SignRequest(string body) => body + _securityCode;
}
""");

    [Fact]
    public Task Security_codes_of_a_card_and_a_misspelt_csv_on_a_card_are_reported() => SadCS.VerifyUnresolvedAsync("""
public class CardLoginResponse
{
    public string CardNumber { get; set; } = "";
    public string Token { get; set; } = "";
    public string {|FG1002:SecurityCode|} { get; set; } = "";
}
public class SavedPaymentDto
{
    public string CardToken { get; set; } = "";
    public string {|FG1002:SecurityCode|} { get; set; } = "";
}
public class PaymentForm
{
    public string {|FG1002:SecurityCode|} { get; set; } = "";
    public string Amount { get; set; } = "";
}
public class Card
{
    public string CardNumber { get; set; } = "";
    public int {|FG1002:CSV|} { get; set; }
    public System.DateTime ExpiryDate { get; set; }
}
public class ReportExport
{
    public string CardNumber { get; set; } = "";
    public string CSV { get; set; } = "";
}
public class CustomerPaymentTokenizer
{
    public virtual System.Guid Id { get; set; }
    public virtual string Token { get; set; } = "";
    public virtual string {|FG1002:SecurityCode|} { get; set; } = "";
}
public class FoodPayment
{
    public string CardHolderName { get; set; } = "";
    public string CardNumber { get; set; } = "";
    public string {|FG1002:CardCSVNumber|} { get; set; } = "";
}
public class ExportJob
{
    public string FileName { get; set; } = "";
    public string CardCsvExport { get; set; } = "";
}
""");
}
