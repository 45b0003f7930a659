using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.PanMemberAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// FG1001 (issue 18, set 21): a helper named "hide" + the card number (<c>hideCardNumber</c>, <c>HidePan</c>) masks by
/// another verb: its parameter and the local it builds the masked text in are not reported. Look-alikes still reported:
/// "hide" that does not lead or a name that does not end with the number (<c>ShouldHideCard</c>, <c>HideCardPanel</c>).
/// </summary>
public class PanMemberHidingHelperTests
{
    [Fact]
    public Task Hiding_helpers_are_not_reported() => VerifyCS.VerifyUnresolvedAsync("""

public static class WalletDisplay
{
    public static string hideCardNumber(string cardNumber)
    {
        if (string.IsNullOrWhiteSpace(cardNumber) || cardNumber.Length < 11)
            return cardNumber;

        string newCardNumber = string.Empty;
        for (int i = 0; i < cardNumber.Length; i++)
        {
            newCardNumber += i < 4 || i > cardNumber.Length - 5 ? cardNumber[i] : '*';
        }

        return newCardNumber;
    }

    public static string HidePan(string pan) => new string('*', pan.Length - 4) + pan.Substring(pan.Length - 4);
}
""");

    [Fact]
    public Task Other_hide_names_are_reported() => VerifyCS.VerifyUnresolvedAsync("""

public class CardScreen
{
    private string _shown = "";

    public bool ShouldHideCard(string {|FG1001:cardNumber|})
    {
        _shown = cardNumber;
        return cardNumber.Length > 0;
    }

    public void HideCardPanel(string {|FG1001:cardNumber|})
    {
        _shown = cardNumber;
    }
}
""");
}
