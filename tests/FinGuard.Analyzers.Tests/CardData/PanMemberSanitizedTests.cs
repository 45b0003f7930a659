using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.PanMemberAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>FG1001 with the card-data flow (issue #20): a member whose every assignment is sanitized holds no PAN.</summary>
public class PanMemberSanitizedTests
{
    private const string Helpers = """

namespace FinGuard.Security
{
    internal static class CardMasking { public static string Mask(string? value) => "****"; }
    public interface ICardTokenizer { string Tokenize(string raw); }
}
""";

    [Fact]
    public Task Member_only_ever_assigned_masked_values_is_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using FinGuard.Security;
public class Receipt
{
    public string CardNumber { get; set; } = "";
}
public class ReceiptBuilder
{
    public Receipt Build(string raw) => new Receipt { CardNumber = CardMasking.Mask(raw) };
    public void Update(Receipt receipt, string raw) => receipt.CardNumber = CardMasking.Mask(raw);
}
""" + Helpers);

    [Fact]
    public Task One_raw_assignment_keeps_the_report() => VerifyCS.VerifyAnalyzerAsync("""

using FinGuard.Security;
public class Receipt
{
    public string {|FG1001:CardNumber|} { get; set; } = "";
}
public class ReceiptBuilder
{
    public Receipt Build(string raw) => new Receipt { CardNumber = CardMasking.Mask(raw) };
    public void Copy(Receipt receipt, Receipt other) => receipt.CardNumber = other.CardNumber + " ";
}
""" + Helpers);

    // The assignments of a name are grouped by the member they assign (issue #26): members of the same name on other
    // types, masked or raw, do not decide for each other.
    [Fact]
    public Task Members_of_the_same_name_on_other_types_are_judged_by_their_own_assignments() => VerifyCS.VerifyAnalyzerAsync("""

using FinGuard.Security;
public class Receipt
{
    public string CardNumber { get; set; } = "";
}
public class PaymentForm
{
    public string {|FG1001:CardNumber|} { get; set; } = "";
}
public class StoredCard
{
    public string CardNumber { get; set; } = "";
}
public class Mapper
{
    public Receipt ToReceipt(PaymentForm form) => new Receipt { CardNumber = CardMasking.Mask(form.CardNumber) };
    public void Fill(PaymentForm form, string raw) => form.CardNumber = raw;
    public StoredCard Store(string raw) => new StoredCard { CardNumber = CardMasking.Mask(raw) };
}
""" + Helpers);

    // Calls are grouped the same way by the method they call: an internal factory of one type that is only passed
    // masked values is sanitized (its parameter and the member it fills), whatever the factory of the same name on another
    // type receives.
    [Fact]
    public Task Parameters_are_judged_by_the_calls_of_their_own_method() => VerifyCS.VerifyAnalyzerAsync("""

using FinGuard.Security;
internal sealed class MaskedCopy
{
    public string CardNumber { get; private set; } = "";
    internal static MaskedCopy Make(string cardNumber) => new MaskedCopy { CardNumber = cardNumber };
}
internal sealed class RawCopy
{
    public string {|FG1001:CardNumber|} { get; private set; } = "";
    internal static RawCopy Make(string {|FG1001:cardNumber|}) => new RawCopy { CardNumber = cardNumber };
}
public class Api
{
    public void Post(string input)
    {
        MaskedCopy.Make(CardMasking.Mask(input));
        RawCopy.Make(input);
    }
}
""" + Helpers);

    // Empty initializers are judged from syntax, without binding (issue #26): string.Empty, null!, default! and
    // default(string) hold nothing, like "", so the masked assignments decide.
    [Fact]
    public Task Empty_initializers_of_every_spelling_leave_the_masked_assignments_to_decide() => VerifyCS.VerifyAnalyzerAsync("""

using FinGuard.Security;
public class Receipt
{
    public string CardNumber { get; set; } = string.Empty;
    public string? Pan { get; set; } = null!;
    public string PrimaryAccountNumber { get; set; } = default!;
    public string CardNo { get; set; } = (default(string)!);
}
public class ReceiptBuilder
{
    public Receipt Build(string raw) => new Receipt
    {
        CardNumber = CardMasking.Mask(raw),
        Pan = CardMasking.Mask(raw),
        PrimaryAccountNumber = CardMasking.Mask(raw),
        CardNo = CardMasking.Mask(raw),
    };

    public void Clear(Receipt receipt) => receipt.CardNumber = string.Empty;
}
""" + Helpers);

    // The look-alike: an initializer that is not empty is still bound and judged (a raw value keeps the report), and
    // a string.Empty initializer with no masked assignment anywhere says nothing about masking.
    [Fact]
    public Task Non_empty_initializers_are_still_judged_and_empty_ones_alone_do_not_sanitize() => VerifyCS.VerifyAnalyzerAsync("""

using FinGuard.Security;
public static class Defaults { public static string Raw = "x"; }
public class Receipt
{
    public string {|FG1001:CardNumber|} { get; set; } = Defaults.Raw;
    public string {|FG1001:Pan|} { get; set; } = string.Empty;
}
public class ReceiptBuilder
{
    public Receipt Build(string raw) => new Receipt { CardNumber = CardMasking.Mask(raw) };
}
""" + Helpers);

    [Fact]
    public Task Never_assigned_member_is_still_reported() => VerifyCS.VerifyAnalyzerAsync(@"
public class CheckoutRequest
{
    public string {|FG1001:CardNumber|} { get; set; } = null!;
}");

    [Fact]
    public Task Masked_at_the_edge_and_carried_through_command_and_entity() => VerifyCS.VerifyAnalyzerAsync("""

using FinGuard.Security;
internal sealed class PlaceOrder
{
    internal PlaceOrder(string cardNumber) { CardNumber = cardNumber; }
    public string CardNumber { get; }
}
internal sealed class OrderEntity
{
    public string CardNumber { get; private set; } = "";
    public static OrderEntity From(PlaceOrder command) => new OrderEntity { CardNumber = command.CardNumber };
}
public class Api
{
    private readonly ICardTokenizer _tokenizer = null!;
    public void Post(string input)
    {
        var command = new PlaceOrder(CardMasking.Mask(input));
        var token = new PlaceOrder(_tokenizer.Tokenize(input));
        OrderEntity.From(command);
    }
}
""" + Helpers);

    [Fact]
    public Task Tokenized_and_encrypted_values_are_sanitized() => VerifyCS.VerifyAnalyzerAsync("""

using System.Security.Cryptography;
using System.Text;
public interface IDataProtector { string Protect(string plaintext); }
public class Stored
{
    public string CardNumber { get; set; } = "";
    public byte[] Pan { get; set; } = System.Array.Empty<byte>();
}
public class Store
{
    public void Save(Stored s, IDataProtector protector, string raw, byte[] key)
    {
        s.CardNumber = protector.Protect(raw);
        s.Pan = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(raw));
    }
}
""");

    [Fact]
    public Task Configured_sanitizer_and_last_four() => VerifyCS.VerifyAnalyzerAsync("""

public class Stored
{
    public string CardNumber { get; set; } = "";
    public string PanShown { get; set; } = "";
}
public static class Scrubber { public static string Scrub(string v) => v; }
public class Store
{
    public void Save(Stored s, string raw)
    {
        s.CardNumber = Scrubber.Scrub(raw);
        s.PanShown = raw.Substring(raw.Length - 4);
    }
}
""", "finguard.card_data.sanitizers = Scrubber.Scrub");

    // Set 6: a table DTO filled from Card.MaskedNumber, and the view model copied from the DTO (issue 18). Reading a member
    // named as masked (MaskedNumber, MaskedPan, Last4, CardNumberLastFour) is a sanitized value; a copy of a member whose
    // every assignment is sanitized is too. Look-alike: the same shape filled once from the raw number keeps the report.
    [Fact]
    public Task Members_filled_only_from_masked_members_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Collections.Generic;
public class Card
{
    public string {|FG1001:Number|} { get; set; } = "";
    public string ExpiryDate { get; set; } = "";
    public string MaskedNumber { get; set; } = "";
    public string MaskedPan { get; set; } = "";
    public string Last4 { get; set; } = "";
}
public class Debit { public Card Card { get; set; } = new(); }
public class DebitRequestTableDto { public string CardNumber { get; set; } = ""; public string CardPan { get; set; } = ""; }
public class DebitRequestTableModel { public string CardNumber { get; set; } = ""; }
public class ReceiptDto { public string {|FG1001:CardNumber|} { get; set; } = ""; }
public class DebitService
{
    public List<DebitRequestTableDto> List(IEnumerable<Debit> debits)
    {
        var list = new List<DebitRequestTableDto>();
        foreach (Debit debit in debits)
        {
            list.Add(new DebitRequestTableDto { CardNumber = debit.Card.MaskedNumber, CardPan = debit.Card.Last4 });
        }

        return list;
    }

    public DebitRequestTableModel ToModel(DebitRequestTableDto dto) => new DebitRequestTableModel { CardNumber = dto.CardNumber };
    public DebitRequestTableDto Update(DebitRequestTableDto dto, Card card) { dto.CardPan = card.MaskedPan; return dto; }
    public ReceiptDto Receipt(Debit debit, bool full) => new ReceiptDto { CardNumber = full ? debit.Card.Number : debit.Card.MaskedNumber };
}
""");

    [Fact]
    public Task Not_card_data_attribute_silences_the_member() => VerifyCS.VerifyAnalyzerAsync("""

using System;
[AttributeUsage(AttributeTargets.All)] public sealed class NotCardDataAttribute : Attribute { }
public class GiftVoucher
{
    [NotCardData] public string CardNumber { get; set; } = "";
}
""");

    // Issue 18, session 17 (masked values carried on to storage, sets 10-12): the number's own middle replaced by text
    // (keeping at most the first six and last four), a string.Format around a mask, and a raw value the next statement
    // overwrites with a masked one before anything reads it.
    [Fact]
    public Task Middle_replaced_formatted_masks_and_overwritten_values_are_sanitized() => VerifyCS.VerifyAnalyzerAsync("""

public class WalletCard
{
    public string CardNumber { get; set; } = "";
    public void Shorten() => CardNumber = CardNumber.Replace(CardNumber[4..^4], "....");
}
public class KeptTail
{
    public string CardNumber { get; set; } = "";
    public void Keep(string number) => CardNumber = number.Replace(number[..^4], "");
}
public class Receipt
{
    private string _cardNo = string.Empty;
    private string _line = string.Empty;

    public void Submit(string typed)
    {
        _cardNo = typed.Trim();
        _cardNo = string.Format("************{0}", typed.Trim().Substring(12, 4));
        _line = _cardNo;
    }
}
""");

    [Fact]
    public Task Replacements_that_keep_the_number_and_formats_around_it_stay_reported() => VerifyCS.VerifyAnalyzerAsync("""

public class SpacedCard
{
    // Removes the spaces: the whole number is kept.
    public string {|FG1001:CardNumber|} { get; set; } = "";
    public void Clean() => CardNumber = CardNumber.Replace(" ", "");
}
public class FirstEight
{
    // Keeps eight leading digits: more than the first six.
    public string {|FG1001:CardNumber|} { get; set; } = "";
    public void Shorten() => CardNumber = CardNumber.Replace(CardNumber[8..^4], "****");
}
public class OtherSlice
{
    // The slice of another string is replaced in the number: nothing says what is left.
    public string {|FG1001:CardNumber|} { get; set; } = "";
    public void Copy(string number, string template) => CardNumber = number.Replace(template[4..^4], "****");
}
public class Labelled
{
    public string {|FG1001:CardNumber|} { get; set; } = "";
    public void Show(string number) => CardNumber = string.Format("Card {0}", number);
}
public class ReadBeforeOverwrite
{
    private string {|FG1001:_cardNo|} = string.Empty;
    public void Submit(string typed)
    {
        _cardNo = typed.Trim();
        _cardNo = string.Format("****{0}{1}", _cardNo.Substring(12, 4), typed);
    }
}
public class NotAtOnce
{
    private string {|FG1001:_cardNo|} = string.Empty;
    private string _copy = string.Empty;
    public void Submit(string typed)
    {
        _cardNo = typed.Trim();
        _copy = _cardNo;
        _cardNo = "************" + typed.Substring(typed.Length - 4);
    }
}
""");
}
