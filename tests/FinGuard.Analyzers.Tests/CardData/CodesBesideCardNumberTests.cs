using PanCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.PanMemberAnalyzer>;
using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.SensitiveAuthenticationDataAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// Names that are card data only beside the card (issue 18, sets 9-12, several repositories): the <c>Ccv</c> misspelling of
/// the CVV, <c>SecurityNumber</c> and a bare <c>Pin</c> next to a full card number; <c>VerificationCode</c> on a card type;
/// a bare <c>Number</c> on a card type beside a verification code, a validity date or the parts of the number (check digit,
/// major industry identifier). Look-alikes: the same names with no card number beside them, on request/login types (PINs),
/// a <c>PinCode</c> beside address members, masked or tokenized card numbers as the only sibling, codes sent to verify a card.
/// </summary>
public class CodesBesideCardNumberTests
{
    [Fact]
    public Task Ccv_security_number_and_pin_beside_a_card_number_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

public class BillingDetails
{
    public int Id { get; set; }
    public string CreditCardNumber { get; set; } = "";
    public int {|FG1002:CCV|} { get; set; }
    public string BillingZip { get; set; } = "";
}
public class CheckoutInfo
{
    public string CcNumber { get; set; } = "";
    public string {|FG1002:CcvCode|} { get; set; } = "";
}
public class OrderPayment
{
    public string CardUserName { get; set; } = "";
    public string {|FG1002:SecurityNumber|} { get; set; } = "";
    public string CardNumber { get; set; } = "";
}
public class Holder
{
    public int Id { get; set; }
    public string CardNumber { get; set; } = "";
    public string {|FG1002:Pin|} { get; set; } = "";
    public decimal Balance { get; set; }
}
public class ChargeModel
{
    public string cardno { get; set; } = "";
    public string {|FG1002:pin|} { get; set; } = "";
    public string amount { get; set; } = "";
}
public class WalletCard
{
    public string {|FG1002:Ccv|} { get; set; } = "";
}
public class CreditCard
{
    public string Number { get; set; } = "";
    public string {|FG1002:VerificationCode|} { get; set; } = "";
}
""");

    // A vault's or wallet's card type keeps the card's number as a bare Number (encrypted or not): a security number or PIN
    // beside it is the card's code.
    [Fact]
    public Task Security_number_and_pin_beside_a_bare_number_on_a_card_type_are_reported() => VerifyCS.VerifyAnalyzerAsync("""
using System;

public sealed class StoredCard
{
    public string Number { get; set; } = "";
    public DateTime Due { get; set; }
    public short {|FG1002:SecurityNumber|} { get; set; }
}
public class DebitCard
{
    public string Number { get; set; } = "";
    public string {|FG1002:Pin|} { get; set; } = "";
}
""");

    // A bare Number is the card's only on a payment-card type: a ticket's, a gift card's or a SIM card's PIN stays silent,
    // and so does a security number on a card type with no number.
    [Fact]
    public Task Bare_number_on_other_types_does_not_make_a_code_card_data() => VerifyCS.VerifyAnalyzerAsync("""

public class Ticket
{
    public string Number { get; set; } = "";
    public string Pin { get; set; } = "";
    public string SecurityNumber { get; set; } = "";
}
public class GiftCard
{
    public string Number { get; set; } = "";
    public string Pin { get; set; } = "";
}
public class SimCard
{
    public string Number { get; set; } = "";
    public string PinCode { get; set; } = "";
}
public class Card
{
    public string Name { get; set; } = "";
    public string SecurityNumber { get; set; } = "";
}
""");

    [Fact]
    public Task Same_names_without_a_card_number_or_as_other_things_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

public class Culture
{
    public double Ccv { get; set; }
    public string SecurityNumber { get; set; } = "";
}
public class Employee
{
    public string SocialSecurityNumber { get; set; } = "";
    public string CardNumber { get; set; } = "";
}
public class AppUser
{
    public string Email { get; set; } = "";
    public string Pin { get; set; } = "";
}
public class AtmLoginRequest
{
    public string CardNumber { get; set; } = "";
    public string Pin { get; set; } = "";
}
public class SignInDto
{
    public string CardNumber { get; set; } = "";
    public string PinNumber { get; set; } = "";
}
public class Customer
{
    public string CardNumber { get; set; } = "";
    public string City { get; set; } = "";
    public string PinCode { get; set; } = "";
}
public class SavedPayment
{
    public string MaskedCardNumber { get; set; } = "";
    public string CardToken { get; set; } = "";
    public string Pin { get; set; } = "";
    public string Ccv { get; set; } = "";
}
public class PinSettings
{
    public string CardNumber { get; set; } = "";
    public bool IsPinSet { get; set; }
    public int PinLength { get; set; }
    public string PinHash { get; set; } = "";
}
public class CardVerificationRequest
{
    public string VerificationCode { get; set; } = "";
}
public class Account
{
    public string VerificationCode { get; set; } = "";
}
""");

    [Fact]
    public Task Bare_number_on_a_card_type_with_card_siblings_is_reported() => PanCS.VerifyAnalyzerAsync("""

using System;
public class CreditCard
{
    public string OwnerName { get; set; } = "";
    public string {|FG1001:Number|} { get; set; } = "";
    public DateTime Validity { get; set; }
}
public class PaymentCard
{
    public int Id { get; set; }
    public byte MajorIndustryIdentifier { get; set; }
    public byte CheckDigit { get; set; }
    public string {|FG1001:Number|} { get; set; } = "";
}
""");

    [Fact]
    public Task Bare_number_on_other_cards_or_without_card_siblings_is_not_reported() => PanCS.VerifyAnalyzerAsync("""

using System;
public class GiftCard
{
    public string Number { get; set; } = "";
    public DateTime ValidUntil { get; set; }
    public byte CheckDigit { get; set; }
}
public class PaymentCard
{
    public int Id { get; set; }
    public string Number { get; set; } = "";
    public string Nickname { get; set; } = "";
}
public class Ticket
{
    public string Number { get; set; } = "";
    public DateTime ValidUntil { get; set; }
}
public class Card
{
    public string Number { get; set; } = "";
    public bool ValidateIntegrity() => Number.Length > 0;
    public static bool ValidNumber(string value) => value.Length > 0;
}
""");

    [Fact]
    public Task A_three_digit_code_beside_a_card_number_is_reported_and_alone_is_not() => VerifyCS.VerifyAnalyzerAsync("""

public class Guest
{
    public string CardHolderName { get; set; } = "";
    public string CreditCardNumber { get; set; } = "";
    public int {|FG1002:ThreeDigit|} { get; set; }
}
public class Booking
{
    public string CardNo { get; set; } = "";
    public string {|FG1002:ThreeDigits|} { get; set; } = "";
    public string {|FG1002:ThreeDigitCode|} { get; set; } = "";
}
public class AreaCode
{
    public string PhoneNumber { get; set; } = "";
    public string ThreeDigit { get; set; } = "";
}
public class Account
{
    public string CardNumber { get; set; } = "";
    public string ThreeDigitPrefix { get; set; } = "";
}
""");

    [Fact]
    public Task Pin_data_beside_a_swiped_cards_account_number_is_reported() => VerifyCS.VerifyAnalyzerAsync("""

public class PinEntered
{
    public string AccountNumber { get; set; } = "";
    public string ExpirationDate { get; set; } = "";
    public string ServiceCode { get; set; } = "";
    public string {|FG1002:PinData|} { get; set; } = "";
}
public class CheckoutCard
{
    public string CardNumber { get; set; } = "";
    public string {|FG1002:PinData|} { get; set; } = "";
}
public class TransferConfirmation
{
    public string AccountNumber { get; set; } = "";
    public string ServiceCode { get; set; } = "";
    public string PinData { get; set; } = "";
}
public class DevicePinSettings
{
    public string PinData { get; set; } = "";
}
""");
}
