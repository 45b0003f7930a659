using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.PanMemberAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// FG1001 on positional records: a primary-constructor parameter declares the record's property, so it is judged as a
/// property is, with the record's name and members. A bare <c>Number</c> is a PAN on a card-named record that carries the
/// expiry or CVC (the request record of a card form posted to the server, issue 18 sets 9 and 13). Look-alikes: records not
/// named for a payment card, gift and loyalty cards, a card record without expiry or CVC, masked numbers, parameters of
/// ordinary constructors and of a record's explicit constructor.
/// </summary>
public class PanMemberPositionalRecordTests
{
    [Fact]
    public Task Bare_number_of_a_card_record_with_expiry_or_cvc_is_reported() => VerifyCS.VerifyAnalyzerAsync("""
public record CreateCardRequestBody(string Holder, string {|FG1001:Number|}, int ExpMonth, int ExpYear, string Cvc);
public record struct CardInput(string {|FG1001:Number|}, string Expiry);
public record class CreditCardForm(string NameOnCard, string {|FG1001:Number|}, string SecurityCode);
""");

    [Fact]
    public Task Bare_number_of_other_records_and_constructors_is_not_reported() => VerifyCS.VerifyAnalyzerAsync("""
using System;
public record InvoiceLine(string Number, DateTime ExpiresAt, decimal Amount);
public record ProductCard(string Number, string Title, decimal Price);
public record GiftCardResource(string Number, string ExpiryDate, string Pin);
public record LoyaltyCardInput(string Number, DateTime Expiry);
public record CardSection(string Title, string Number);
public record CardView(string Holder, string MaskedNumber, string Expiry);
public class CardRow
{
    public CardRow(string number, string expiry) { }
}
public record SavedCard
{
    public SavedCard(string number, string expiry) { }
}
""");
}
