using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.PanMemberAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// FG1001 and the C# index and range forms of truncation (issue 18, set 15): <c>pan[^4..]</c> (last four),
/// <c>pan[..6]</c> and <c>pan[0..6]</c> (first six), <c>pan.AsSpan(^4)</c> count as masking wherever
/// <c>Substring(pan.Length - 4)</c> does: members only ever given such a slice, locals that only slice the number or
/// hold only its slice (directly, in text, or through another such local), helper parameters only ever sliced, and
/// locals only passed to such a helper. Look-alikes: slices that keep more (<c>[4..]</c>, <c>[..^4]</c>,
/// <c>[..8]</c>, <c>[4..^4]</c>), a sliced local that is also sent whole, a helper that also stores its parameter.
/// </summary>
public class PanMemberRangeMaskingTests
{
    private const string Types = """

public class StoredCard { public string EncryptedNumber { get; set; } = ""; }
public interface ICrypto { string Decrypt(string cipher); }
public static class Gateway { public static void Post(string number) { } }
""";

    [Fact]
    public Task Members_only_given_a_short_slice_are_not_reported() => VerifyCS.VerifyAnalyzerAsync(Types + """
public class SapBilling
{
    public string CardNumber { get; set; } = "";
    public string CardBin { get; set; } = "";
}
public class ReceiptLine
{
    public string CardNumber { get; set; } = "";
}
public static class Mapper
{
    public static SapBilling ToSap(string number, string other) => new SapBilling
    {
        CardNumber = !string.IsNullOrEmpty(number) ? number[^4..] : string.Empty,
    };

    public static ReceiptLine ToLine(string number) => new ReceiptLine { CardNumber = "**** " + number[12..16] };
    public static ReceiptLine ToFirstSix(string number) => new ReceiptLine { CardNumber = number[..6] };
}
""");

    [Fact]
    public Task Members_given_a_longer_slice_stay_reported() => VerifyCS.VerifyAnalyzerAsync(Types + """
public class AllButLast { public string {|FG1001:CardNumber|} { get; set; } = ""; }
public class FromFifth { public string {|FG1001:CardNumber|} { get; set; } = ""; }
public class FirstEight { public string {|FG1001:CardNumber|} { get; set; } = ""; }
public class Middle { public string {|FG1001:CardNumber|} { get; set; } = ""; }
public static class Mapper
{
    public static AllButLast A(string number) => new AllButLast { CardNumber = number[..^4] };
    public static FromFifth B(string number) => new FromFifth { CardNumber = number[4..] };
    public static FirstEight C(string number) => new FirstEight { CardNumber = number[..8] };
    public static Middle D(string number) => new Middle { CardNumber = number[4..^4] };
}
""");

    [Fact]
    public Task Locals_that_only_slice_or_hold_a_slice_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("using System;" + Types + """
public class BillingController
{
    private readonly ICrypto _crypto;
    public BillingController(ICrypto crypto) => _crypto = crypto;

    public bool SameCard(StoredCard stored, string otherFirst6, string otherLast4)
    {
        var creditCardNumber = _crypto.Decrypt(stored.EncryptedNumber);
        var first6 = creditCardNumber[0..6];
        var last4 = creditCardNumber[^4..];
        return first6 == otherFirst6 && last4 == otherLast4;
    }

    public string Failure(StoredCard stored, bool byCard, string account)
    {
        var cardNumber = string.Empty;
        if (byCard)
        {
            cardNumber = byCard ? _crypto.Decrypt(stored.EncryptedNumber)[^4..] : "";
        }

        var cardNumberDetails = !string.IsNullOrEmpty(cardNumber) ? "with the card ending " + cardNumber : "";
        return $"Failed for {account} {cardNumberDetails}.";
    }

    public string Spanned(StoredCard stored)
    {
        string cardNumber = _crypto.Decrypt(stored.EncryptedNumber);
        return "ending " + cardNumber.AsSpan(^4).ToString();
    }
}
""");

    [Fact]
    public Task Locals_that_also_carry_the_number_or_keep_more_stay_reported() => VerifyCS.VerifyAnalyzerAsync(Types + """
public class BillingController
{
    private readonly ICrypto _crypto;
    public BillingController(ICrypto crypto) => _crypto = crypto;

    public string SlicedAndSent(StoredCard stored)
    {
        var {|FG1001:cardNumber|} = _crypto.Decrypt(stored.EncryptedNumber);
        Gateway.Post(cardNumber);
        return cardNumber[^4..];
    }

    public string KeepsTheRest(StoredCard stored)
    {
        var {|FG1001:cardNumber|} = _crypto.Decrypt(stored.EncryptedNumber)[..^4];
        return cardNumber;
    }

    public string TextAroundTheWholeNumber(StoredCard stored)
    {
        var cardNumber = _crypto.Decrypt(stored.EncryptedNumber);
        var {|FG1001:cardNumberDetails|} = "card " + _crypto.Decrypt(stored.EncryptedNumber);
        Gateway.Post(cardNumberDetails);
        return cardNumber[..6];
    }
}
""");

    [Fact]
    public Task Helper_parameters_only_sliced_and_locals_passed_to_them_are_not_reported() => VerifyCS.VerifyAnalyzerAsync(Types + """
public class SapLine { public string CardLast4 { get; set; } = ""; }
public static class BillingHelper
{
    public static SapLine MapToSap(string cardNumber, string holder)
        => new SapLine { CardLast4 = !string.IsNullOrEmpty(cardNumber) ? cardNumber[^4..] : string.Empty };

    public static string Describe(string creditCardNumber) => "BIN " + creditCardNumber[..6] + ", length " + creditCardNumber.Length;
}
public class Billing
{
    private readonly ICrypto _crypto;
    public Billing(ICrypto crypto) => _crypto = crypto;

    public SapLine Send(StoredCard stored, bool byCard)
    {
        var cardNumber = byCard ? _crypto.Decrypt(stored.EncryptedNumber) : "";
        return BillingHelper.MapToSap(cardNumber, "holder");
    }
}
""");

    [Fact]
    public Task Helper_parameters_also_kept_whole_stay_reported() => VerifyCS.VerifyAnalyzerAsync(Types + """
public class SapLine { public string CardLast4 { get; set; } = ""; public string Full { get; set; } = ""; }
public static class BillingHelper
{
    public static SapLine MapToSap(string {|FG1001:cardNumber|})
        => new SapLine { CardLast4 = cardNumber[^4..], Full = cardNumber };

    public static void Forward(string {|FG1001:cardNumber|}) => Gateway.Post(cardNumber[4..]);
}
public class Billing
{
    private readonly ICrypto _crypto;
    public Billing(ICrypto crypto) => _crypto = crypto;

    public SapLine Send(StoredCard stored)
    {
        var {|FG1001:cardNumber|} = _crypto.Decrypt(stored.EncryptedNumber);
        return BillingHelper.MapToSap(cardNumber);
    }
}
""");
}
