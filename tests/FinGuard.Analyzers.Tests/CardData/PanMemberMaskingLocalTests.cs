using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.PanMemberAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// FG1001 on locals that exist only to mask (a copy of the PAN cut to its last four digits or removed from a kept
/// request) and on members of a type that files itself as test data (<c>TestCard</c>). Look-alikes: a masking local
/// that is also sent on, a local only cleaned up and never masked, a card member of an ordinary type.
/// </summary>
public class PanMemberMaskingLocalTests
{
    private const string Request = """

using System.Text.RegularExpressions;
public class SaleDetails { public string {|FG1001:CardNumber|} { get; set; } = ""; }
public class Result { public string FullRequest { get; set; } = ""; }
public static class Gateway { public static void Post(string number) { } }
""";

    [Fact]
    public Task Locals_only_used_to_cut_the_pan_out_of_a_kept_request_are_not_reported() => VerifyCS.VerifyAnalyzerAsync(Request + """
public class Keeper
{
    public Result Keep(SaleDetails details, string serialized)
    {
        var result = new Result();
        string cardnumber = details.CardNumber;
        string last4digits = "";
        if (!string.IsNullOrEmpty(cardnumber))
        {
            var digitsOnly = new Regex(@"[^\d]");
            cardnumber = digitsOnly.Replace(cardnumber, string.Empty);
            last4digits = cardnumber.Substring(cardnumber.Length - 4);
        }

        if (cardnumber.Length > 0)
        {
            serialized = serialized.Replace(cardnumber, last4digits);
        }

        result.FullRequest = serialized;
        return result;
    }

    public string Shown(SaleDetails details)
    {
        string cardNumber = details.CardNumber.Trim();
        return "**** " + cardNumber.Substring(cardNumber.Length - 4);
    }
}
""");

    [Fact]
    public Task Locals_that_also_carry_the_pan_on_or_never_mask_it_are_reported() => VerifyCS.VerifyAnalyzerAsync(Request + """
public class Sender
{
    public string Send(SaleDetails details, string serialized)
    {
        string {|FG1001:cardnumber|} = details.CardNumber;
        string last4 = cardnumber.Substring(cardnumber.Length - 4);
        Gateway.Post(cardnumber);
        return serialized.Replace(cardnumber, last4);
    }

    public void Clean(SaleDetails details)
    {
        string {|FG1001:cardNumber|} = details.CardNumber;
        cardNumber = cardNumber.Replace(" ", "");
        if (!string.IsNullOrEmpty(cardNumber)) { details.CardNumber = cardNumber; }
    }

    public string Kept(SaleDetails details, string serialized)
    {
        string {|FG1001:pan|} = details.CardNumber;
        return serialized.Replace("#", pan);
    }
}
""");

    [Fact]
    public Task Members_of_a_test_card_catalogue_type_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

public class TestCard
{
    public TestCard(string note, string number) { Note = note; Number = number; CardNumber = number; }
    public string Note { get; set; }
    public string Number { get; set; }
    public string CardNumber { get; set; }
}
public class SandboxCards { public string CardNumber { get; set; } = ""; }
public class LatestCard { public string {|FG1001:CardNumber|} { get; set; } = ""; }
public class ContestEntry { public string {|FG1001:CardNumber|} { get; set; } = ""; }
""");
}
