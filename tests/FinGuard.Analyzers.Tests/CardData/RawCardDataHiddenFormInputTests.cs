using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.RawCardDataToProcessorAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// FG1005 (issue 18, set 24): a raw card value the server writes into a hidden input of a form it builds (a 3-D Secure
/// form that submits itself to the bank) is sent on to the processor, even from a class that makes no HTTP call.
/// Look-alikes: masked and non-card values in hidden inputs, card values in visible inputs or page text, test folders.
/// </summary>
public class RawCardDataHiddenFormInputTests
{
    private static Task VerifyAsync(string source, string path = "/repo/src/Payments/ThreeDForm.cs")
    {
        var test = new VerifyCS.UnresolvedTest();
        test.TestState.Sources.Add((path, source));
        return test.RunAsync();
    }

    private const string Form = """
using System.Text;
public class SaleRequest { public string cardnumber = ""; public string cvv2 = ""; public string maskedpan = ""; public string orderid = ""; }
public static class ThreeDForm
{
    public static string Create(SaleRequest request, string url)
    {
        var builder = new StringBuilder();
        builder.Append("<form action=\"" + url + "\" method=\"POST\" id=\"three_d_form\">");
        builder.Append("<input type=\"hidden\" name=\"cardnumber\" value=\"" + CARD + "\"/>");
        builder.Append($"<input type='hidden' name='cardcvv2' value='{CVV}'/>");
        builder.Append("<input type=\"hidden\" name=\"orderid\" value=\"" + request.orderid + "\"/>");
        builder.Append("<input type=\"hidden\" name=\"pan\" value=\"" + request.maskedpan + "\"/>");
        builder.Append("<input type=\"text\" name=\"shown\" value=\"" + request.cardnumber + "\"/>");
        builder.Append("<span>" + request.cardnumber + "</span>");
        builder.Append("</form><script>document.getElementById('three_d_form').submit();</script>");
        return builder.ToString();
    }
}
""";

    [Fact]
    public Task Raw_card_values_in_hidden_inputs_of_a_built_form_are_reported() => VerifyAsync(
        Form.Replace("CARD", "{|FG1005:request.cardnumber|}").Replace("{CVV}", "{|FG1005:{request.cvv2}|}"));

    [Fact]
    public Task The_same_form_in_a_test_folder_is_not_reported() => VerifyAsync(
        Form.Replace("CARD", "request.cardnumber").Replace("{CVV}", "{request.cvv2}"), "/repo/tests/Payments.Tests/ThreeDForm.cs");
}
