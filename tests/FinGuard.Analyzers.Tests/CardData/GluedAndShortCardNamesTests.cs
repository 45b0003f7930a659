using PanCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.PanMemberAnalyzer>;
using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.SensitiveAuthenticationDataAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// Issue 18, set 17 (missed names): "credit card" written as one word before the number word (<c>CreditcardNumber</c>),
/// <c>NumberOnCard</c>, the NestPay <c>CV2</c> on a card type, track 3 (<c>Track3Data</c>), a bare <c>Code</c> on a card
/// type beside the card's number and validity, and the card field of a card-number value object (<c>CardNumberVO</c>).
/// Look-alikes: a curriculum vitae's <c>CV2</c>, a voucher's <c>Code</c> beside its number, a <c>Code</c> on a card type with
/// no card number, a count of cards, a <c>Card</c> member of a type that is not a card-number value object.
/// </summary>
public class GluedAndShortCardNamesTests
{
    [Fact]
    public Task Glued_credit_card_and_number_on_card_are_card_numbers() => PanCS.VerifyAnalyzerAsync("""

public class CreditcardTransaction
{
    public string {|FG1001:CreditcardNumber|} { get; set; } = "";
    public decimal Amount { get; set; }
}
public class AddCardViewModel
{
    public string {|FG1001:NumberOnCard|} { get; set; } = "";
    public string {|FG1001:DebitcardNo|} { get; set; } = "";
}
""");

    [Fact]
    public Task Glued_card_look_alikes_are_not_card_numbers() => PanCS.VerifyAnalyzerAsync("""

public class Wallet
{
    public int CreditcardCount { get; set; }
    public string GiftcardNumber { get; set; } = "";
    public string NameOnCard { get; set; } = "";
    public int NumberOfCards { get; set; }
    public string CreditcardType { get; set; } = "";
}
""");

    [Fact]
    public Task Cv2_track3_and_a_code_beside_the_card_number_are_sensitive() => VerifyCS.VerifyAnalyzerAsync("""

using System;
public class CreditCardModel
{
    public string CardNumber { get; set; } = "";
    public string {|FG1002:CV2|} { get; set; } = "";
}
public class SwipeResult
{
    public string {|FG1002:Track3Data|} { get; set; } = "";
    public string {|FG1002:Track3|} { get; set; } = "";
}
public class Card
{
    public int Id { get; set; }
    public string CardNumber { get; set; } = "";
    public int {|FG1002:Code|} { get; set; }
    public DateTime Validity { get; set; }
}
""");

    [Fact]
    public Task Cv2_and_code_look_alikes_are_not_sensitive() => VerifyCS.VerifyAnalyzerAsync("""

using System;
public class Applicant
{
    public string Name { get; set; } = "";
    public string CV2 { get; set; } = "";
}
public class Voucher
{
    public string VoucherNumber { get; set; } = "";
    public string Code { get; set; } = "";
    public DateTime ExpiryDate { get; set; }
}
public class CardTemplate
{
    public string Code { get; set; } = "";
    public DateTime ValidUntil { get; set; }
}
public class CardResult
{
    public string CardNumber { get; set; } = "";
    public string Code { get; set; } = "";
}
""");

    [Fact]
    public Task The_card_field_of_a_card_number_value_object_is_a_card_number() => PanCS.VerifyAnalyzerAsync("""

public class CardNumberVO
{
    private string {|FG1001:_bankCard|} = "";
    public CardNumberVO(string bankCard) { _bankCard = bankCard; }
    public override string ToString() => _bankCard;
}
""");

    [Fact]
    public Task Card_fields_of_other_types_are_not_card_numbers() => PanCS.VerifyAnalyzerAsync("""

public class CardNumberValidator
{
    private string _bankCard = "";
    public void Set(string bankCard) { _bankCard = bankCard; }
    public override string ToString() => _bankCard;
}
public class Customer
{
    private string _bankCard = "";
    public void Set(string bankCard) { _bankCard = bankCard; }
    public override string ToString() => _bankCard;
}
public class LoyaltyCardNumberVO
{
    private string _card = "";
    public override string ToString() => _card;
}
""");
}
