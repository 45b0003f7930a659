using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.PanMemberAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// FG1001 and code that keeps nothing of a card number, judged by what it does, not by its name (issue 18, set 17):
/// a parameter only compared (an existence or brand check, misspelled or not), compared and length-checked, only handed
/// to such a method, or never read by a body that does something else; a local only compared with the session's number. Look-alikes: the same methods when they also
/// store, return or send the number, a stub's unread parameter, and a local compared and then kept.
/// </summary>
public class PanMemberComparingMethodsTests
{
    [Fact]
    public Task Parameters_only_compared_checked_or_unread_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Collections.Generic;
using System.Linq;
public class CardBook
{
    private readonly List<string> _numbers = new List<string>();

    public bool CardOnFile(string cardNumber)
    {
        foreach (string stored in _numbers)
        {
            if (stored == cardNumber)
            {
                return true;
            }
        }

        return false;
    }

    public bool AnyMatches(string creditCardNumber) => _numbers.Any(n => n.Equals(creditCardNumber));
    public bool IsPremiumHolder(string creditCardNumber) => creditCardNumber.StartsWith("5") && creditCardNumber.Length == 16;
    public decimal DiscountFor(string creditCardNumber, decimal amount) => IsPremiumHolder(creditCardNumber) ? amount * 0.9m : amount;
    public int ListProducts(string creditCardNumber, int page) => page * 10;
}
""");

    // A controller action's parameter arrived in the request (a route value is in every access log): only comparing it
    // does not make the action a check helper (dev set: GetCard(string creditNumber) looked up by number). Read by
    // attribute and type names, so it holds before restore too; a non-public helper of the controller stays silent.
    [Fact]
    public Task Action_parameters_only_compared_are_still_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Collections.Generic;
using System.Linq;
public class HttpGetAttribute : System.Attribute { public HttpGetAttribute(string template = "") { } }
public class Card { public string {|FG1001:CreditNumber|} { get; set; } = ""; }
public class CardsController
{
    private readonly List<Card> _cards = new List<Card>();

    [HttpGet("{creditNumber}")]
    public Card? GetCard(string {|FG1001:creditNumber|}) => _cards.FirstOrDefault(c => c.CreditNumber == creditNumber);

    public bool Exists(string {|FG1001:cardNumber|}) => _cards.Any(c => c.CreditNumber == cardNumber);

    private bool Matches(string cardNumber, Card card) => card.CreditNumber == cardNumber;
}
""");

    [Fact]
    public Task Parameters_also_kept_returned_or_sent_are_still_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Collections.Generic;
public class CardBook
{
    private readonly List<string> _numbers = new List<string>();

    public bool AddIfMissing(string {|FG1001:cardNumber|})
    {
        if (_numbers.Contains(cardNumber) || cardNumber == "")
        {
            return false;
        }

        _numbers.Add(cardNumber);
        return true;
    }

    public string Normalized(string {|FG1001:creditCardNumber|}) => creditCardNumber.Length == 16 ? creditCardNumber : "";
    public bool Send(string {|FG1001:cardNumber|}) => Gateway.Charge(cardNumber);
    public void Charge(string {|FG1001:cardNumber|}, decimal amount) { }
    public abstract class Gateway { public static bool Charge(string value) => value.Length > 0 && Log(value); static bool Log(string v) { System.Console.WriteLine(v); return true; } }
}
""");

    [Fact]
    public Task Locals_only_compared_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

public static class Session { public static string {|FG1001:CardNumberUser|} = ""; }
public class TransferForm
{
    public string Typed = "";

    public bool Confirm()
    {
        var cardNumberUser = Typed.Replace(" ", "");
        if (Session.CardNumberUser != cardNumberUser)
        {
            return false;
        }

        return true;
    }
}
""");

    [Fact]
    public Task Locals_compared_and_kept_are_still_reported() => VerifyCS.VerifyAnalyzerAsync("""

public static class Session { public static string {|FG1001:CardNumberUser|} = ""; }
public class TransferForm
{
    public string Typed = "";
    public string Last = "";

    public bool Confirm()
    {
        var {|FG1001:cardNumberUser|} = Typed.Replace(" ", "");
        if (Session.CardNumberUser != cardNumberUser)
        {
            return false;
        }

        Last = cardNumberUser;
        return true;
    }
}
""");
}
