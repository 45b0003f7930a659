using PanCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.PanMemberAnalyzer>;
using SadCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.SensitiveAuthenticationDataAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// Issue 18, set 23. Look-alikes: the card number and card code of a loyalty or membership scheme (a loyalty namespace,
/// points/tier/membership siblings and no expiry, CVV or holder beside them), a voucher's security code, the ending digits
/// of a number (<c>CardNumberEnding</c>) and a PAN whose validation pattern asks for letters (India's tax PAN). Twins: the
/// same names beside a payment card's expiry or CVV, in a payment namespace, or with a digits-only pattern; a bare
/// <c>Card</c> text beside the card's own CVV and expiry; <c>CCcvv</c> and a <c>CV</c> number beside the card number.
/// </summary>
public class LoyaltyVoucherAndShortCardNamesTests
{
    [Fact]
    public Task Loyalty_namespace_and_loyalty_siblings_leave_card_number_and_code_alone() => PanCS.VerifyUnresolvedAsync("""
namespace Cafe.LoyaltyEngine.Models
{
    public class MemberProfile
    {
        public string CardNumber { get; set; } = "";
        public string Email { get; set; } = "";
    }
}
namespace Cafe.Members
{
    public class PointsAccount
    {
        public string CardNumber { get; set; } = "";
        public double EarnedPoints { get; set; }
        public long TierId { get; set; }
    }
    public class StoredValueCard
    {
        public string CardNo { get; set; } = "";
        public double LoyaltyValue { get; set; }
    }
    public class MemberCardInfo
    {
        public MemberCardInfo(string tier_id, string card_number, string member_card_code) { }
    }
}
""");

    [Fact]
    public Task Card_number_beside_payment_card_fields_or_outside_a_loyalty_scheme_is_reported() => PanCS.VerifyUnresolvedAsync("""
namespace Cafe.Payments
{
    public class MemberProfile
    {
        public string {|FG1001:CardNumber|} { get; set; } = "";
        public string Email { get; set; } = "";
    }
    public class SavedCard
    {
        public string {|FG1001:CardNumber|} { get; set; } = "";
        public string ExpiryDate { get; set; } = "";
        public int RewardPoints { get; set; }
    }
    public class Checkout
    {
        public Checkout(string {|FG1001:card_number|}, string card_holder, int points) { }
    }
}
namespace Gym
{
    public class Member
    {
        public string MembershipType { get; set; } = "";
        public int LoyaltyPoints { get; set; }
        public string {|FG1001:CreditCardNumber|} { get; set; } = "";
    }
    public class Subscriber
    {
        public string CreditCardType { get; set; } = "";
        public string {|FG1001:CardNumber|} { get; set; } = "";
        public int TierId { get; set; }
    }
}
""");

    [Fact]
    public Task Card_codes_of_loyalty_members_and_voucher_security_codes_are_not_reported() => SadCS.VerifyUnresolvedAsync("""
namespace Rewards.LoyaltyClub
{
    public class Member
    {
        public string CardCode { get; set; } = "";
    }
}
namespace Shop
{
    public class MembershipProfile
    {
        public string CardCode { get; set; } = "";
        public string MembershipNumber { get; set; } = "";
        public double CurrentPoints { get; set; }
    }
    public class GiftVoucherDetails
    {
        public string Code { get; set; } = "";
        public string SecurityCode { get; set; } = "";
        public string ExpiryDate { get; set; } = "";
    }
}
""");

    [Fact]
    public Task Card_codes_beside_a_payment_card_are_reported() => SadCS.VerifyUnresolvedAsync("""
namespace Shop
{
    public class Member
    {
        public string {|FG1002:CardCode|} { get; set; } = "";
    }
    public class MembershipPayment
    {
        public string {|FG1002:CardCode|} { get; set; } = "";
        public string ExpMonth { get; set; } = "";
        public double CurrentPoints { get; set; }
    }
    public class VoucherPurchase
    {
        public string CardNumber { get; set; } = "";
        public string {|FG1002:SecurityCode|} { get; set; } = "";
    }
}
""");

    [Fact]
    public Task Ending_digits_and_letter_patterns_are_not_card_numbers_but_their_twins_are() => PanCS.VerifyUnresolvedAsync("""
using System.ComponentModel.DataAnnotations;

public class RefundNotice
{
    public string CardNumberEnding { get; set; } = "";
    public string {|FG1001:CardNumber|} { get; set; } = "";
}
public class Borrower
{
    [RegularExpression("^[A-Z]{5}[0-9]{4}[A-Z]$")]
    public string Pan { get; set; } = "";
}
public class CardForm
{
    [RegularExpression("^[0-9]{13,19}$")]
    public string {|FG1001:Pan|} { get; set; } = "";
}
""");

    [Fact]
    public Task Bare_card_text_beside_the_cards_code_and_expiry_is_its_number() => PanCS.VerifyUnresolvedAsync("""
public class GatewayChargeRequest
{
    public string {|FG1001:Card|} { get; set; } = "";
    public string CardCvv { get; set; } = "";
    public string CardExpMonth { get; set; } = "";
}
public class CheckoutForm
{
    public string {|FG1001:Card|} { get; set; } = "";
    public string ExpirationYear { get; set; } = "";
    public string Cvv { get; set; } = "";
}
public class DashboardTile
{
    public string Card { get; set; } = "";
    public System.DateTime ExpiresAt { get; set; }
}
public class DeckEntry
{
    public string Card { get; set; } = "";
    public string CardCode { get; set; } = "";
}
""");

    [Fact]
    public Task Glued_cc_cvv_and_a_cv_number_beside_the_card_number_are_reported() => SadCS.VerifyUnresolvedAsync("""
public class CardPayment
{
    public long CCNumber { get; set; }
    public int {|FG1002:CCcvv|} { get; set; }
}
public class Payment
{
    public string _creditCardNum = "";
    private string {|FG1002:_cVNum|} = "";
    public string Describe() => _cVNum;
}
public class Applicant
{
    public string Cv { get; set; } = "";
    public string CvNumber { get; set; } = "";
    public string Name { get; set; } = "";
}
""");
}
