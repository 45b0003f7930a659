using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.PanMemberAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// FG1001 (issue 18, set 16): the numbers of access-control cards (MIFARE, RFID, NFC, proximity, door, room cards) are not
/// PANs; a partial number, a member of a type named for a masked card and a member of a query's parameters type are not
/// either. Recall: a bare <c>Number</c> beside both a security code and an expiry on any type, and the <c>Number</c> of a
/// value object named as the card number. Look-alikes keep <c>CreditCardNumber</c>, <c>DebitCardNo</c> and a card
/// number on a payment or query result type reported.
/// </summary>
public class PanMemberAccessCardsAndMaskedFormsTests
{
    [Fact]
    public Task Access_card_numbers_are_not_reported_beside_payment_cards_that_are() => VerifyCS.VerifyAnalyzerAsync("""

public class Tenant
{
    public string MifareCardNumber { get; set; } = "";
    public string RfidCardNo { get; set; } = "";
    public string NfcCardNumber { get; set; } = "";
    public string ProximityCardNumber { get; set; } = "";
    public string DoorCardNumber { get; set; } = "";
    public string RoomCardNo { get; set; } = "";
    public string StaffCardNumber { get; set; } = "";
    public string VisitorCardNo { get; set; } = "";
    public string {|FG1001:CreditCardNumber|} { get; set; } = "";
    public string {|FG1001:DebitCardNo|} { get; set; } = "";
    public string {|FG1001:PaymentGateCardNumber|} { get; set; } = "";
    public string {|FG1001:ManualEntryCardNumber|} { get; set; } = "";
}
""");

    [Fact]
    public Task Partial_numbers_and_members_of_masked_card_types_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

public class PaymentRecord
{
    public string PartialCardNumber { get; set; } = "";
    public string PartialPan { get; set; } = "";
    public string {|FG1001:CardNumber|} { get; set; } = "";
}
public class MaskedCardJsonView
{
    public string Number { get; set; } = "";
    public string Cvc { get; set; } = "";
    public int ExpiryMonth { get; set; }
    public string HolderName { get; set; } = "";
}
public class TruncatedCardDto
{
    public string CardNumber { get; set; } = "";
}
public class CardView
{
    public string {|FG1001:Number|} { get; set; } = "";
    public int ExpiryMonth { get; set; }
    public string HolderName { get; set; } = "";
}
public class MaskingSettings
{
    public string {|FG1001:CardNumber|} { get; set; } = "";
}
public class PartialCardView
{
    public string CardNumber { get; set; } = "";
}
public class PartialRefundRequest
{
    public string {|FG1001:CardNumber|} { get; set; } = "";
}
""");

    [Fact]
    public Task Members_of_query_and_search_parameter_types_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

public class CardTransactionQueryParameters
{
    public string? CardNumber { get; set; }
    public int PageNumber { get; set; }
}
public class PaymentSearchParams
{
    public string? CardNo { get; set; }
}
public class LedgerSearchCriteria
{
    public string? CardNumber { get; set; }
}
public class CardQueryResult
{
    public string {|FG1001:CardNumber|} { get; set; } = "";
}
public class CardSearchResponse
{
    public string {|FG1001:CardNumber|} { get; set; } = "";
}
""");

    [Fact]
    public Task A_bare_number_beside_a_security_code_and_an_expiry_is_reported_whatever_the_type_name() => VerifyCS.VerifyAnalyzerAsync("""

public class CheckoutInputModel
{
    public string? Name { get; set; }
    public string? {|FG1001:Number|} { get; set; }
    public string? Exp { get; set; }
    public string? Cvc { get; set; }
}
public class Invoice
{
    public string Number { get; set; } = "";
    public string ExpiryDate { get; set; } = "";
}
public class Voucher
{
    public string Number { get; set; } = "";
    public string SecurityCode { get; set; } = "";
}
""");

    [Fact]
    public Task The_number_of_a_card_number_value_object_is_reported() => VerifyCS.VerifyAnalyzerAsync("""

public sealed record CardNumber
{
    public const int MinimumDigits = 14;
    public string {|FG1001:Number|} { get; init; } = "";
}
public sealed record CreditCardNo(string Value)
{
    public string {|FG1001:Number|} => Value;
}
public sealed record CardNumberValidator
{
    public string Number { get; init; } = "";
}
public sealed record MaskedCardNumber
{
    public string Number { get; init; } = "";
}
public sealed record PhoneNumber
{
    public string Number { get; init; } = "";
}
""");

    [Fact]
    public Task A_response_member_assigned_only_a_local_holding_a_masked_value_is_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

public sealed class HistoryEntry
{
    public string card_number { get; set; } = "";
}
public sealed class StatementLine
{
    public string {|FG1001:CardNumber|} { get; set; } = "";
}
public sealed class StoredCard { public string {|FG1001:Pan|} { get; set; } = ""; }
public sealed class History
{
    public HistoryEntry Entry(StoredCard card)
    {
        var shown = MaskCardNumber(card);
        return new HistoryEntry { card_number = shown };
    }
    public StatementLine Line(StoredCard card)
    {
        var shown = MaskCardNumber(card);
        shown = card.Pan;
        var line = new StatementLine { CardNumber = shown };
        return line;
    }
    private static string MaskCardNumber(StoredCard card)
    {
        var cardNumberArray = card.Pan.ToCharArray();
        for (int i = 0; i < cardNumberArray.Length - 4; i++) cardNumberArray[i] = '*';
        return string.Join("", cardNumberArray);
    }
    private static string Copy(StoredCard card)
    {
        var {|FG1001:cardNumber|} = card.Pan;
        return cardNumber.Trim();
    }
}
""");

    [Fact]
    public Task A_card_readers_account_number_beside_expiry_and_service_code_is_the_pan() => VerifyCS.VerifyAnalyzerAsync("""

public class SwipedCard
{
    public string {|FG1001:AccountNumber|} { get; set; } = "";
    public string Name { get; set; } = "";
    public string ExpirationDate { get; set; } = "";
    public string ServiceCode { get; set; } = "";
}
public class ReaderTracks
{
    public string {|FG1001:AcctNo|} { get; set; } = "";
    public string ExpiryDate { get; set; } = "";
    public string Track2 { get; set; } = "";
}
public class BillPayment
{
    public string AccountNumber { get; set; } = "";
    public string ServiceCode { get; set; } = "";
    public decimal Amount { get; set; }
}
public class LinkedDebitCard
{
    public string AccountNumber { get; set; } = "";
    public string {|FG1001:CardNumber|} { get; set; } = "";
    public string ExpiryDate { get; set; } = "";
    public string ServiceCode { get; set; } = "";
}
public class TermDeposit
{
    public string AccountNumber { get; set; } = "";
    public string ExpiryDate { get; set; } = "";
}
""");
}
